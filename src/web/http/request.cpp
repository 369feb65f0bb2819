#include "web/http/request.h"

#include "core/text/utf8.h"
#include "web/http/form.h"
#include "web/http/text.h"

namespace refuge::web {

std::string_view Request::header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (detail::iequals(k, name)) return v;
  }
  return {};
}

std::string_view Request::param(std::string_view name) const {
  for (const auto& [k, v] : params) {
    if (k == name) return v;
  }
  return {};
}

std::string Request::query_param(std::string_view name) const {
  for (std::string_view pair : detail::split(query, '&')) {
    const auto eq = pair.find('=');
    auto key = percent_decode(pair.substr(0, eq), true);
    if (!key || *key != name) continue;
    if (eq == std::string_view::npos) return {};
    auto value = percent_decode(pair.substr(eq + 1), true);
    if (!value || !text::is_valid_utf8(*value)) return {};
    return std::move(*value);
  }
  return {};
}

}  // namespace refuge::web
