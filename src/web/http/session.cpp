// One connection: read a request, run the app on the worker pool, write the answer, repeat
// while keep-alive holds.

// Boost 1.74's awaitable.hpp uses std::exchange without including <utility>; with g++ 12 it must
// come before any Asio header.
// clang-format off
#include <utility>
// clang-format on

#include <spdlog/spdlog.h>

#include <array>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>

#include "web/http/beast_message.h"
#include "web/http/request_id.h"
#include "web/http/server_impl.h"
#include "web/http/server_responses.h"

namespace refuge::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using detail::Connection;

namespace {

constexpr std::size_t kHeaderLimit = 16 * 1024;
constexpr std::size_t kMaxDrainBytes = 4 * 1024 * 1024;
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

auto redirect(beast::error_code& ec) { return asio::redirect_error(asio::use_awaitable, ec); }

}  // namespace

asio::awaitable<void> Server::Impl::session(std::shared_ptr<Connection> c) {
  {
    std::lock_guard lock(mu);
    connections.insert(c);
  }
  beast::error_code ec;
  const auto peer = c->stream.socket().remote_endpoint(ec);
  if (!ec) c->remote_address = peer.address().to_string();
  try {
    beast::flat_buffer buffer;
    for (;;) {
      if (buffer.size() == 0 && !co_await wait_for_request(*c, buffer)) break;
      if (!co_await serve_one(*c, buffer)) break;
    }
  } catch (const std::exception& e) {
    spdlog::warn("http: connection error: {}", e.what());
  }
  c->stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  c->stream.close();
  std::lock_guard lock(mu);
  connections.erase(c);
}

// Idle keep-alive: waits for the first bytes of the next request. False when the connection
// should close: idle timeout, peer gone, or stop() (see shutdown() for the handshake on `idle`).
asio::awaitable<bool> Server::Impl::wait_for_request(Connection& c, beast::flat_buffer& buffer) {
  c.idle = true;
  if (stopping) co_return false;
  c.stream.expires_after(timeout());
  beast::error_code ec;
  const std::size_t n = co_await c.stream.async_read_some(buffer.prepare(4096), redirect(ec));
  c.idle = false;
  if (ec) co_return false;
  buffer.commit(n);
  co_return true;
}

// Reads, answers and logs one request. False when the connection should close.
asio::awaitable<bool> Server::Impl::serve_one(Connection& c, beast::flat_buffer& buffer) {
  const auto started = std::chrono::steady_clock::now();
  Request request;
  request.remote_address = c.remote_address;
  request.request_id = detail::new_request_id();

  http::request_parser<http::string_body> parser;
  parser.header_limit(kHeaderLimit);
  parser.body_limit(options.body_limit);  // also checks Content-Length before reading the body
  beast::error_code ec;
  c.stream.expires_after(timeout());
  co_await http::async_read_header(c.stream, buffer, parser, redirect(ec));
  if (!ec && !parser.is_done() && detail::expects_continue(parser.get())) {
    co_await asio::async_write(c.stream, asio::buffer(kContinue), redirect(ec));
  }
  if (!ec) co_await http::async_read(c.stream, buffer, parser, redirect(ec));

  Response response;
  bool keep_alive = false;
  bool made_here = true;
  if (ec) {
    const int status = detail::status_for_read_error(ec);
    if (status == 0) co_return false;
    // What the parser kept (request line, fields) still tells an /api/ path from a page.
    (void)detail::to_request(parser.get(), request);
    response = server_response(status, request);
  } else if (!detail::to_request(parser.get(), request).ok()) {
    response = server_response(400, request);
  } else {
    // The pool runs the app; the session resumes on its own strand when it is done. `request`
    // lives in this frame until then.
    detail::Outcome outcome = co_await asio::co_spawn(
        workers.get_executor(),
        [this, &request]() -> asio::awaitable<detail::Outcome> { co_return call_app(request); },
        asio::use_awaitable);
    made_here = outcome.threw;
    response = outcome.threw ? server_response(500, request) : std::move(outcome.response);
    keep_alive = parser.get().keep_alive() && !stopping;
  }

  const int status = response.status;
  const unsigned version = parser.get().version();  // 11 unless a request line said otherwise
  int dropped = 0;
  const detail::WireResponse wire = detail::to_wire(std::move(response), version, keep_alive,
                                                    request.method == "HEAD", &dropped);
  if (dropped > 0) {
    spdlog::warn("http: {} left out {} unsafe response header(s)", request.request_id, dropped);
  }
  c.stream.expires_after(timeout());
  const std::array<asio::const_buffer, 2> bytes{asio::buffer(wire.head), asio::buffer(wire.body)};
  co_await asio::async_write(c.stream, bytes, redirect(ec));
  const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - started;
  // Never the query or the body: they may hold personal text.
  spdlog::info("http: {} {} {} {} {:.1f}ms", request.request_id,
               request.method.empty() ? "-" : request.method, detail::loggable_path(request.target),
               status, took.count());
  if (ec) co_return false;
  if (made_here && !keep_alive) co_await linger(c);
  co_return keep_alive;
}

// After an early error answer the client may still be sending its body. Reading and discarding
// it for a while, instead of closing at once (which resets the connection and can destroy the
// answer in flight), lets the client read the answer.
asio::awaitable<void> Server::Impl::linger(Connection& c) {
  beast::error_code ec;
  c.stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  c.stream.expires_after(std::chrono::seconds(2));
  std::array<char, 16 * 1024> sink;
  std::size_t total = 0;
  while (!ec && total < kMaxDrainBytes) {
    const std::size_t n = co_await c.stream.async_read_some(asio::buffer(sink), redirect(ec));
    total += n;
  }
}

detail::Outcome Server::Impl::call_app(Request& request) noexcept {
  try {
    return detail::Outcome{app(request), false};
  } catch (...) {
    // No details: an exception's message could hold personal text.
    spdlog::error("http: {} the handler threw; answered 500", request.request_id);
    return detail::Outcome{Response{}, true};
  }
}

Response Server::Impl::server_response(int status, const Request& request) const {
  Response response = detail::make_server_response(status, request.is_api(), options.body_limit);
  if (decorate) {
    try {
      decorate(request, response);
    } catch (...) {
      spdlog::error("http: {} the response decorator threw", request.request_id);
    }
  }
  return response;
}

}  // namespace refuge::web
