// ASCII case and whitespace helpers (usernames, codes, content keys are ASCII by rule).
#pragma once

#include <string>
#include <string_view>

namespace refuge::text {

std::string ascii_lower(std::string_view s);
std::string ascii_upper(std::string_view s);
// Without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);

}  // namespace refuge::text
