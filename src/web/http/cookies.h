// Cookie header parsing and Set-Cookie formatting.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace refuge::web {

// Parses "a=1; b=2". Malformed pairs are skipped; never throws. Quoted values are unquoted.
std::vector<std::pair<std::string, std::string>> parse_cookies(std::string_view header);
std::optional<std::string> find_cookie(std::string_view header, std::string_view name);

struct CookieOptions {
  bool http_only = true;
  bool secure = false;
  std::string same_site = "Lax";
  std::string path = "/";
  long max_age = -1;  // -1: session cookie; 0: delete
};
std::string format_set_cookie(std::string_view name, std::string_view value,
                              const CookieOptions& options);

}  // namespace refuge::web
