// UTF-8 checks used wherever text enters Refuge.
#pragma once

#include <cstddef>
#include <string_view>

namespace refuge::text {

// Well-formed UTF-8 per RFC 3629 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view s);
// True for a byte that begins a code point (not a continuation byte 10xxxxxx).
constexpr bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
// Number of code points in valid UTF-8 (what "20,000 characters" means to a person).
std::size_t count_code_points(std::string_view s);

}  // namespace refuge::text
