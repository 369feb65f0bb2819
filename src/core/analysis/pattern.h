// A rule's pattern: a short sequence of token tests, written for clinicians to read.
//   word            that word (after the same normalisation as the text: "i'm" is "i am")
//   {class}         any word or phrase of a lexicon class
//   a|{b}|c         any of these
//   x?              optional (taken when present)
//   ...             a gap of 0 to 3 words that contains no negator ("not", "never", ...)
//   !x              the next word is not x (checks without consuming)
// A pattern never spans a clause boundary (, ; : quotes, brackets, sentence ends).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/lexicon.h"
#include "core/status.h"

namespace refuge::analysis {

struct PatternElement {
  std::vector<WordId> words;       // literal alternatives
  std::vector<ClassIndex> classes; // class alternatives
  bool optional = false;
  bool negative = false;  // zero-width "not followed by"
  bool gap = false;       // 0..kMaxGap words
  // Filled by the matcher: `classes` as a mask, and whether any of them has multi-word members.
  std::bitset<kMaxClasses> class_mask;
  bool has_phrases = false;
};

inline constexpr int kMaxGap = 3;
inline constexpr std::size_t kMaxPatternElements = 16;

struct Pattern {
  std::vector<PatternElement> elements;
};

// The alternatives of one element: "a|b|{c}" → {"a", "b", "{c}"}; empty ones are kept ("a||b"
// → {"a", "", "b"}) so callers can refuse them.
std::vector<std::string_view> split_alternatives(std::string_view item);

// InvalidArgument with a message that names the problem (the caller adds file:line: field).
// Literal words are interned into `lexicon`.
Result<Pattern> compile_pattern(std::string_view text, Lexicon& lexicon);

}  // namespace refuge::analysis
