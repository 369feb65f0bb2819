// is_valid_utf8 and count_code_points against a deliberately different reference: decode each
// sequence by its lead byte, then demand the shortest encoding of an allowed code point.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/text/utf8.h"
#include "fuzz_check.h"

namespace {

// Number of code points, or -1 when the input is not well-formed UTF-8.
long reference_count(std::string_view s) {
  long count = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80           ? 1
                      : (b >> 5) == 0x6  ? 2
                      : (b >> 4) == 0xE  ? 3
                      : (b >> 3) == 0x1E ? 4
                                         : 0;
    if (len == 0 || i + len > s.size()) return -1;
    uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c >> 6) != 0x2) return -1;
      cp = (cp << 6) | (c & 0x3F);
    }
    const std::size_t shortest = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (shortest != len || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    ++count;
    i += len;
  }
  return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const long expected = reference_count(in);
  const bool valid = refuge::text::is_valid_utf8(in);
  FUZZ_CHECK(valid == (expected >= 0));
  if (valid) {
    FUZZ_CHECK(refuge::text::count_code_points(in) == static_cast<std::size_t>(expected));
  }
  return 0;
}
