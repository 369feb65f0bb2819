#include "core/text/utf8.h"

namespace refuge::text {

// Follows the well-formed byte sequences of Unicode 15, Table 3-7: the ranges of the second byte
// after E0, ED, F0 and F4 are what exclude overlongs, surrogates and code points above U+10FFFF.
bool is_valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  auto in = [](unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; };
  while (p < end) {
    const unsigned char b0 = *p;
    if (b0 < 0x80) {
      ++p;
      continue;
    }
    std::size_t left = static_cast<std::size_t>(end - p);
    if (in(b0, 0xC2, 0xDF)) {
      if (left < 2 || !in(p[1], 0x80, 0xBF)) return false;
      p += 2;
    } else if (in(b0, 0xE0, 0xEF)) {
      const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
      const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
      if (left < 3 || !in(p[1], lo, hi) || !in(p[2], 0x80, 0xBF)) return false;
      p += 3;
    } else if (in(b0, 0xF0, 0xF4)) {
      const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
      const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
      if (left < 4 || !in(p[1], lo, hi) || !in(p[2], 0x80, 0xBF) || !in(p[3], 0x80, 0xBF)) {
        return false;
      }
      p += 4;
    } else {
      return false;  // a continuation byte, C0/C1 (always overlong) or F5..FF
    }
  }
  return true;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if (starts_code_point(c)) ++n;
  }
  return n;
}

}  // namespace refuge::text
