#include "core/text/case_fold.h"

#include <algorithm>
#include <iterator>
#include <numeric>

namespace refuge::text {
namespace {

struct FoldRange {
  char32_t first;
  char32_t last;
  std::uint32_t stride;
  std::int32_t delta;
};

constexpr FoldRange kRanges[] = {
#include "core/text/case_fold_table.inc"
};

struct Decoded {
  char32_t cp = 0;
  std::size_t len = 0;  // 0: not valid UTF-8 here
};

// The character starting at s[i] (not ASCII), strictly: overlong forms, surrogates and code points
// above U+10FFFF are not characters, so they are kept byte by byte rather than folded.
Decoded decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const std::size_t len = b0 >= 0xC2 && b0 <= 0xDF   ? 2
                          : b0 >= 0xE0 && b0 <= 0xEF ? 3
                          : b0 >= 0xF0 && b0 <= 0xF4 ? 4
                                                     : 0;
  if (len == 0 || s.size() - i < len) return {};
  char32_t cp = b0 & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (b & 0x3F);
  }
  constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kSmallest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, len};
}

void append_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

char32_t fold_code_point(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  auto it = std::upper_bound(std::begin(kRanges), std::end(kRanges), c,
                             [](char32_t v, const FoldRange& r) { return v < r.first; });
  if (it == std::begin(kRanges)) return c;
  --it;
  if (c > it->last || (c - it->first) % it->stride != 0) return c;
  return static_cast<char32_t>(static_cast<std::int32_t>(c) + it->delta);
}

FoldedText::FoldedText(std::string_view s) : original_size_(s.size()) {
  folded_.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t at = folded_.size();
    std::size_t len = 1;
    bool two_letters = false;  // ß as "ss": the same two bytes, but two characters for one
    if (c < 0x80) {
      folded_ += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    } else if (Decoded d = decode(s, i); d.len == 0) {
      folded_ += static_cast<char>(c);
    } else {
      len = d.len;
      const char32_t f = fold_code_point(d.cp);
      if (d.cp == 0xDF || d.cp == 0x1E9E) {  // ß, ẞ: full folding, "ss"
        folded_ += "ss";
        two_letters = true;
      } else if (d.cp == 0x130) {  // İ: full folding gives i and a combining dot; a plain i
        folded_ += 'i';
      } else if (f == d.cp) {
        folded_.append(s, i, len);
      } else {
        append_utf8(f, folded_);
      }
    }
    const std::size_t n = folded_.size() - at;
    if (!mapped_ && (n != len || two_letters)) {
      // The first character whose folded form has another length (e.g. the Kelvin sign, three
      // bytes, folds to "k") or other character boundaries (ß, "ss"): from here on the offsets
      // differ, so they are written down.
      mapped_ = true;
      origin_.resize(at);
      std::iota(origin_.begin(), origin_.end(), std::uint32_t{0});
    }
    if (mapped_) origin_.insert(origin_.end(), n, static_cast<std::uint32_t>(i));
    i += len;
  }
}

std::size_t FoldedText::original_offset(std::size_t i) const {
  if (!mapped_) return std::min(i, original_size_);
  return i < origin_.size() ? origin_[i] : original_size_;
}

std::size_t FoldedText::original_end(std::size_t i) const {
  if (!mapped_ || i == 0 || i >= origin_.size() || origin_[i] != origin_[i - 1]) {
    return original_offset(i);
  }
  std::size_t next = i;  // inside one character's folded form: its end is where the next starts
  while (next < origin_.size() && origin_[next] == origin_[i]) ++next;
  return original_offset(next);
}

std::string fold_case(std::string_view s) { return FoldedText(s).folded(); }

}  // namespace refuge::text
