#include "web/http/json_body.h"

#include <algorithm>
#include <limits>

#include "core/text/utf8.h"
#include "web/http/text.h"

namespace refuge::web {

namespace {

constexpr int kMaxDepth = 64;

// "malformed JSON at line L, column C: reason"; the column counts code points, from 1.
Status malformed_at(std::string_view body, std::size_t offset, std::string_view reason) {
  offset = std::min(offset, body.size());
  const std::string_view before = body.substr(0, offset);
  const auto line = 1 + std::count(before.begin(), before.end(), '\n');
  const auto newline = before.rfind('\n');
  const auto line_start = newline == std::string_view::npos ? 0 : newline + 1;
  const auto column = text::count_code_points(before.substr(line_start)) + 1;
  return Status::InvalidArgument("malformed JSON at line " + std::to_string(line) + ", column " +
                                 std::to_string(column) + ": " + std::string(reason));
}

// Byte offset of the first bracket that opens level kMaxDepth + 1, if any. Brackets inside
// strings do not count; the parser reports any other error afterwards.
std::optional<std::size_t> too_deep_at(std::string_view body) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

// nlohmann's messages look like "[json.exception.parse_error.101] parse error at line 1,
// column 2: syntax error while parsing value - unexpected end of input; expected '[', '{', or a
// literal". Keep only the part a client can act on and never echo the input back.
std::string readable_reason(std::string_view what) {
  if (what.rfind("[json.exception.", 0) == 0) {
    const auto close = what.find("] ");
    if (close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  if (what.rfind("parse error", 0) == 0) {
    const auto colon = what.find(": ");
    if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
  }
  if (what.rfind("syntax error while parsing ", 0) == 0) {
    const auto dash = what.find(" - ");
    if (dash != std::string_view::npos) what.remove_prefix(dash + 3);
  }
  const auto last_read = what.find("; last read:");
  if (last_read != std::string_view::npos) what = what.substr(0, last_read);
  if (what.rfind("number overflow", 0) == 0) what = "number overflow";  // drops the echoed digits
  return what.empty() ? std::string("syntax error") : std::string(what);
}

std::string field(std::string_view name) { return "field '" + detail::field_label(name) + "'"; }

// The member, or null when obj is not an object or has no such member.
const nlohmann::json* member(const nlohmann::json& obj, std::string_view name) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(name);
  return it == obj.end() ? nullptr : &*it;
}

}  // namespace

Result<nlohmann::json> parse_json_object(std::string_view body) {
  if (!text::is_valid_utf8(body)) return Status::InvalidArgument("request body is not valid UTF-8");
  if (auto at = too_deep_at(body)) {
    return malformed_at(body, *at, "nested deeper than " + std::to_string(kMaxDepth) + " levels");
  }
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& e) {
    return malformed_at(body, e.byte == 0 ? 0 : e.byte - 1, readable_reason(e.what()));
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument("malformed JSON: " + readable_reason(e.what()));
  }
  if (!value.is_object()) return Status::InvalidArgument("expected a JSON object");
  return value;
}

Result<std::string> required_string(const nlohmann::json& obj, std::string_view name) {
  const nlohmann::json* v = member(obj, name);
  if (v == nullptr || v->is_null()) return Status::InvalidArgument("missing " + field(name));
  if (!v->is_string()) return Status::InvalidArgument(field(name) + " must be a string");
  return v->get<std::string>();
}

Result<std::optional<std::string>> optional_string(const nlohmann::json& obj,
                                                   std::string_view name) {
  const nlohmann::json* v = member(obj, name);
  if (v == nullptr || v->is_null()) return std::optional<std::string>();
  if (!v->is_string()) return Status::InvalidArgument(field(name) + " must be a string");
  return std::optional<std::string>(v->get<std::string>());
}

Result<std::optional<long long>> optional_integer(const nlohmann::json& obj,
                                                  std::string_view name) {
  const nlohmann::json* v = member(obj, name);
  if (v == nullptr || v->is_null()) return std::optional<long long>();
  if (v->is_number_unsigned()) {
    const auto u = v->get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<long long>::max())) {
      return Status::InvalidArgument(field(name) + " is out of range");
    }
    return std::optional<long long>(static_cast<long long>(u));
  }
  if (v->is_number_integer()) return std::optional<long long>(v->get<long long>());
  return Status::InvalidArgument(field(name) + " must be an integer");
}

}  // namespace refuge::web
