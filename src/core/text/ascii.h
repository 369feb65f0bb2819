// ASCII case and whitespace helpers (usernames, codes, content keys are ASCII by rule).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace refuge::text {

// Space, tab, LF, CR, form feed or vertical tab.
constexpr bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string ascii_lower(std::string_view s);
std::string ascii_upper(std::string_view s);
// Without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);
// Each line of `text` (split at LF, so CR LF works too), trimmed; blank lines are kept as "".
std::vector<std::string> trimmed_lines(std::string_view text);

}  // namespace refuge::text
