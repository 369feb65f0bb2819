#include "web/http/cookies.h"

#include "web/http/text.h"

namespace refuge::web {

namespace {

// RFC 6265 cookie-name is an RFC 2616 token.
bool is_token(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b <= 0x20 || b >= 0x7F) return false;
    if (std::string_view("()<>@,;:\\\"/[]?={}").find(c) != std::string_view::npos) return false;
  }
  return true;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> parse_cookies(std::string_view header) {
  std::vector<std::pair<std::string, std::string>> out;
  for (std::string_view piece : detail::split(header, ';')) {
    piece = detail::trim(piece);
    const auto eq = piece.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view name = detail::trim(piece.substr(0, eq));
    std::string_view value = detail::trim(piece.substr(eq + 1));
    if (!is_token(name)) continue;
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    out.emplace_back(name, value);
  }
  return out;
}

std::optional<std::string> find_cookie(std::string_view header, std::string_view name) {
  for (auto& [k, v] : parse_cookies(header)) {
    if (k == name) return std::move(v);
  }
  return std::nullopt;
}

std::string format_set_cookie(std::string_view name, std::string_view value,
                              const CookieOptions& options) {
  std::string out;
  out.append(name).append("=").append(value);
  if (!options.path.empty()) out.append("; Path=").append(options.path);
  if (options.max_age >= 0) out.append("; Max-Age=").append(std::to_string(options.max_age));
  if (options.http_only) out.append("; HttpOnly");
  if (options.secure) out.append("; Secure");
  if (!options.same_site.empty()) out.append("; SameSite=").append(options.same_site);
  return out;
}

}  // namespace refuge::web
