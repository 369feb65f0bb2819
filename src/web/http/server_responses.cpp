#include "web/http/server_responses.h"

#include <boost/beast/http/error.hpp>

#include "web/http/text.h"

namespace refuge::web::detail {

namespace http = boost::beast::http;

Response make_server_response(int status, bool api, std::size_t body_limit) {
  switch (status) {
    case 413: {
      const std::string message = "request body is larger than " + describe_size(body_limit);
      return api ? json_error(413, message) : Response::text(413, "The " + message + ".\n");
    }
    case 431:
      return api ? json_error(431, "request headers are too large")
                 : Response::text(431, "The request headers are too large.\n");
    case 500:
      return Response::text(500, "Internal Server Error");
    default:
      return api ? json_error(400, "malformed request") : Response::text(400, "Bad Request\n");
  }
}

std::string describe_size(std::size_t bytes) {
  constexpr std::size_t kKiB = 1024;
  constexpr std::size_t kMiB = 1024 * kKiB;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  if (bytes >= kKiB && bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KiB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

int status_for_read_error(const boost::beast::error_code& ec) {
  if (ec == http::error::body_limit) return 413;
  if (ec == http::error::header_limit) return 431;
  if (ec == http::error::end_of_stream || ec == http::error::partial_message) return 0;
  if (ec.category() == http::make_error_code(http::error::bad_method).category()) return 400;
  return 0;
}

bool expects_continue(const BeastRequest& request) {
  const auto value = request[http::field::expect];
  return request.version() >= 11 &&
         iequals(std::string_view(value.data(), value.size()), "100-continue");
}

}  // namespace refuge::web::detail
