// An HTTP request as handlers see it: already parsed, body complete (at most the body limit).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace refuge::web {

struct Request {
  std::string method;          // "GET", "POST", ... (upper case)
  std::string target;          // raw request target, e.g. "/journal?page=2"
  std::string path;            // percent-decoded path without the query, e.g. "/journal"
  std::string query;           // raw query string without '?', e.g. "page=2"
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string remote_address;  // peer IP as text
  std::string request_id;      // short random id, also in every log line for this request
  std::vector<std::pair<std::string, std::string>> params;  // path parameters, set by the router

  // First header with this (case-insensitive) name, or "" when absent.
  std::string_view header(std::string_view name) const;
  // Path parameter set by the router ("" when absent).
  std::string_view param(std::string_view name) const;
  // Decoded query parameter ("" when absent or undecodable).
  std::string query_param(std::string_view name) const;
  bool is_api() const { return path.rfind("/api/", 0) == 0; }
};

}  // namespace refuge::web
