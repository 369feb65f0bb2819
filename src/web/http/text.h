// Small text helpers shared by the HTTP decoding files. Private to src/web/http/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace refuge::web::detail {

// Pieces between separators, empty pieces included ("a,,b" -> "a", "", "b").
std::vector<std::string_view> split(std::string_view s, char separator);
// Without leading and trailing spaces and tabs.
std::string_view trim(std::string_view s);
bool iequals(std::string_view a, std::string_view b);  // ASCII case-insensitive
// A field name made safe to quote in an error message: control characters become '?', and long
// names are cut (at a code point boundary) with "...". The input must be valid UTF-8.
std::string field_label(std::string_view name);

}  // namespace refuge::web::detail
