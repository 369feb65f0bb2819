// Finds a phone number in a line a person wrote in their safety plan ("Sam 07700 900123",
// "Dr Lee, +44 20 7946 0018 (weekdays)", "call 988"), so Support now can offer it as one tap.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace refuge::safety {

struct PhoneInLine {
  std::size_t start = 0;  // byte offsets of the number as written
  std::size_t end = 0;
  std::string tel;        // what a tel: link dials: an optional leading '+' and the digits
};

// The first run of digits, spaces, dots, dashes and brackets (with an optional leading '+') that
// holds 3 to 15 digits and is not part of a word or a longer run; nullopt when there is none.
// Runs of 3 or 4 digits count only when nothing else in the line has a digit (a short line
// such as "call 988", not "walk 1000 steps, 2 times").
std::optional<PhoneInLine> find_phone_number(std::string_view line);

}  // namespace refuge::safety
