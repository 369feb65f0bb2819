// Raw request bytes through Beast's request_parser<string_body> with the server's limits (1 MiB
// body, 16 KiB header), then through what the server does next: the Request conversion, the
// error answers, routing and the Response conversion.
#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/write.hpp>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "core/text/utf8.h"
#include "fuzz_check.h"
#include "web/http/beast_message.h"
#include "web/http/router.h"
#include "web/http/server_responses.h"

using namespace refuge;
namespace http = boost::beast::http;

namespace {

const web::Router& router() {
  static const web::Router r = [] {
    web::Router r;
    r.get("/journal/{id}",
          [](web::Request& q) { return web::Response::text(200, std::string(q.param("id"))); });
    r.post("/api/v1/journal", [](web::Request& q) { return web::Response::text(201, q.body); });
    return r;
  }();
  return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  http::request_parser<http::string_body> parser;
  parser.header_limit(16 * 1024);
  parser.body_limit(1024 * 1024);
  parser.eager(true);
  boost::beast::error_code ec;
  std::size_t used = 0;
  while (used < size && !parser.is_done()) {
    const std::size_t n = parser.put(boost::asio::buffer(data + used, size - used), ec);
    used += n;
    if (ec || n == 0) break;
  }
  if (ec == http::error::need_more || (!ec && !parser.is_done())) {
    ec = {};
    parser.put_eof(ec);  // the peer went away here
  }

  web::Request request;
  if (ec) {
    // As the server does: answer from whatever the parser kept.
    const int status = web::detail::status_for_read_error(ec);
    (void)web::detail::to_request(parser.get(), request);
    if (status != 0) {
      web::Response r = web::detail::make_server_response(status, request.is_api(), 1024 * 1024);
      FUZZ_CHECK(r.status == status);
    }
    return 0;
  }
  FUZZ_CHECK(parser.is_done());
  FUZZ_CHECK(parser.get().body().size() <= 1024 * 1024);
  if (!web::detail::to_request(parser.get(), request).ok()) return 0;
  FUZZ_CHECK(text::is_valid_utf8(request.path));
  FUZZ_CHECK(!request.path.empty() && request.path.front() == '/');
  FUZZ_CHECK(request.target.find('?') == std::string::npos ||
             request.target.size() > request.query.size());
  (void)request.header("host");
  (void)request.query_param("page");

  web::Response response = web::Response::empty(404);
  const auto match = router().match(request.method, request.path);
  if (match.handler != nullptr) {
    request.params = match.params;
    response = (*match.handler)(request);
  }
  int dropped = 0;
  web::Response copy = response;
  const auto message =
      web::detail::to_beast(std::move(response), parser.get().version(), parser.get().keep_alive(),
                            request.method == "HEAD", &dropped);
  FUZZ_CHECK(dropped == 0);
  // The bytes the server writes equal Beast's serialization of the same message.
  const auto wire =
      web::detail::to_wire(std::move(copy), parser.get().version(), parser.get().keep_alive(),
                           request.method == "HEAD", &dropped);
  FUZZ_CHECK(dropped == 0);
  std::ostringstream beast_bytes;
  beast_bytes << message;
  FUZZ_CHECK(beast_bytes.str() == wire.head + wire.body);
  (void)web::detail::loggable_path(request.target);
  return 0;
}
