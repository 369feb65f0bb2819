#include "web/http/form.h"

#include "core/text/utf8.h"
#include "web/http/text.h"

namespace refuge::web {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> Form::get(std::string_view name) const {
  for (const auto& [k, v] : fields) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::string Form::get_or(std::string_view name, std::string_view fallback) const {
  auto v = get(name);
  return v ? *v : std::string(fallback);
}

std::vector<std::string> Form::all(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : fields) {
    if (k == name) out.push_back(v);
  }
  return out;
}

std::optional<std::string> percent_decode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '%') {
      if (s.size() - i < 3) return std::nullopt;
      const int hi = hex_value(s[i + 1]);
      const int lo = hex_value(s[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string percent_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    const bool unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') ||
                            (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~';
    if (unreserved) {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[b >> 4]);
      out.push_back(kHex[b & 0x0F]);
    }
  }
  return out;
}

Result<Form> parse_form(std::string_view body) {
  Form form;
  for (std::string_view pair : detail::split(body, '&')) {
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    const std::string_view raw_name = pair.substr(0, eq);
    const std::string_view raw_value = eq == std::string_view::npos ? "" : pair.substr(eq + 1);

    auto name = percent_decode(raw_name, true);
    if (!name) return Status::InvalidArgument("a field name has an invalid %-escape");
    if (!text::is_valid_utf8(*name)) {
      return Status::InvalidArgument("a field name is not valid UTF-8");
    }
    auto value = percent_decode(raw_value, true);
    if (!value) {
      return Status::InvalidArgument("field '" + detail::field_label(*name) +
                                     "' has an invalid %-escape");
    }
    if (!text::is_valid_utf8(*value)) {
      return Status::InvalidArgument("field '" + detail::field_label(*name) +
                                     "' is not valid UTF-8");
    }
    std::string& v = *value;
    if (v.find('\r') != std::string::npos) {
      std::size_t out = 0;
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\r' && i + 1 < v.size() && v[i + 1] == '\n') continue;
        v[out++] = v[i];
      }
      v.resize(out);
    }
    form.fields.emplace_back(std::move(*name), std::move(v));
  }
  return form;
}

}  // namespace refuge::web
