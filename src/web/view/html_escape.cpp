#include "web/view/html_escape.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace refuge::web {
namespace {

// The replacement for a character that needs one, or null.
struct EscapeTable {
  const char* entity[256] = {};
  constexpr EscapeTable() {
    entity[static_cast<unsigned char>('&')] = "&amp;";
    entity[static_cast<unsigned char>('<')] = "&lt;";
    entity[static_cast<unsigned char>('>')] = "&gt;";
    entity[static_cast<unsigned char>('"')] = "&quot;";
    entity[static_cast<unsigned char>('\'')] = "&apos;";
  }
};
constexpr EscapeTable kEscape;

// Whether any of the 8 bytes in `w` is one of the five characters. A byte of w ^ (c repeated)
// is zero exactly where w holds c; (v - 0x01…) & ~v & 0x80… is non-zero when v has a zero byte.
bool has_special(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  auto zero_byte = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  return (zero_byte(w ^ (kOnes * '&')) | zero_byte(w ^ (kOnes * '<')) |
          zero_byte(w ^ (kOnes * '>')) | zero_byte(w ^ (kOnes * '"')) |
          zero_byte(w ^ (kOnes * '\''))) != 0;
}

}  // namespace

// Pages escape several kilobytes each: eight bytes are checked at once, and runs of plain text
// are appended in one go.
void append_html_escaped(std::string& out, std::string_view s) {
  std::size_t plain = 0;  // start of the current run of characters that need no escaping
  std::size_t i = 0;
  const auto escape_one = [&](std::size_t at) {
    const char* entity = kEscape.entity[static_cast<unsigned char>(s[at])];
    if (entity == nullptr) return;
    out.append(s.data() + plain, at - plain);
    out.append(entity);
    plain = at + 1;
  };
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is there (every x86-64): one compare per character.
  const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>');
  const __m128i quot = _mm_set1_epi8('"'), apos = _mm_set1_epi8('\'');
  for (; i + 16 <= s.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, lt)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, gt), _mm_cmpeq_epi8(v, quot)),
                     _mm_cmpeq_epi8(v, apos)));
    if (_mm_movemask_epi8(hit) == 0) continue;
    for (std::size_t j = i; j < i + 16; ++j) escape_one(j);
  }
#endif
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (!has_special(w)) continue;
    for (std::size_t j = i; j < i + 8; ++j) escape_one(j);
  }
  for (; i < s.size(); ++i) escape_one(i);
  out.append(s.data() + plain, s.size() - plain);
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  append_html_escaped(out, s);
  return out;
}

}  // namespace refuge::web
