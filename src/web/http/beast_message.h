// Conversion between Beast's HTTP messages and the Request/Response handlers see. Private to
// src/web/http/ (the server and the request fuzz target use it).
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <string>
#include <string_view>

#include "core/status.h"
#include "web/http/request.h"
#include "web/http/response.h"

namespace refuge::web::detail {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

// Fills out's method (upper case), target, headers (lower-case names), path, query and body (moved
// from in). InvalidArgument when the target is not "/path[?query]" or its path does not
// percent-decode to valid UTF-8 without NUL; method, target and headers are filled even then.
Status to_request(BeastRequest& in, Request& out);

// The message to write: Content-Length set (none for 1xx, 204, 304), Connection per keep_alive,
// no body for a HEAD request. A status outside 100..599 becomes an empty 500. Headers that could
// break the framing (CR, LF or NUL anywhere; an empty name or one with ':', space or tab) and
// headers the server owns (Content-Length, Transfer-Encoding, Connection) are left out; *dropped
// counts the former.
BeastResponse to_beast(Response&& response, unsigned version, bool keep_alive, bool head_request,
                       int* dropped);

// The same response as to_beast, as the bytes to send: the status line and header block, then
// the body as is. The server writes this instead of running Beast's serializer, which costs
// more than the rest of the HTTP layer together; a unit test (and the request fuzzer) check that
// the bytes equal Beast's serialization of to_beast's message.
struct WireResponse {
  std::string head;
  std::string body;
};
WireResponse to_wire(Response&& response, unsigned version, bool keep_alive, bool head_request,
                     int* dropped);

// The path part of a raw request target, for logs: no query (it may hold personal text), at most
// 200 bytes. "-" when empty.
std::string_view loggable_path(std::string_view target);

}  // namespace refuge::web::detail
