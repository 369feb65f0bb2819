// An HTTP response and the helpers handlers build one with.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace refuge::web {

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // in order; Set-Cookie may repeat
  std::string body;

  // Replaces an existing header of that name (case-insensitive), or adds it.
  void set_header(std::string_view name, std::string_view value);
  // Always appends (for Set-Cookie).
  void add_header(std::string_view name, std::string_view value);
  std::string_view header(std::string_view name) const;  // "" when absent

  static Response html(int status, std::string body);   // text/html; charset=utf-8
  static Response json(int status, const nlohmann::json& body);  // application/json
  static Response text(int status, std::string body);   // text/plain; charset=utf-8
  static Response redirect(std::string_view location);  // 303 See Other
  static Response empty(int status);                    // e.g. 204
};

// {"error": message} with the given status.
Response json_error(int status, std::string_view message);

}  // namespace refuge::web
