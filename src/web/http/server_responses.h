// The answers the server makes itself, without the app. Private to src/web/http/.
#pragma once

#include <boost/beast/core/error.hpp>
#include <cstddef>
#include <string>

#include "web/http/beast_message.h"
#include "web/http/response.h"

namespace refuge::web::detail {

// 400, 413 (naming the limit, e.g. "1 MiB"), 431 or 500: {"error": ...} for API paths, short
// plain text otherwise. 500 is always the plain "Internal Server Error".
Response make_server_response(int status, bool api, std::size_t body_limit);
// "1 MiB", "64 KiB", "1000 bytes".
std::string describe_size(std::size_t bytes);
// The status to answer a failed request read with; 0 when the connection should just close
// (peer gone, timeout, stop()).
int status_for_read_error(const boost::beast::error_code& ec);
// "Expect: 100-continue" on an HTTP/1.1 request.
bool expects_continue(const BeastRequest& request);

}  // namespace refuge::web::detail
