// Splits text into word tokens, clauses and sentences, with byte offsets into the original text.
// Linear in the input; never fails (any valid UTF-8 is accepted). Words are looked up in the
// lexicon after normalising (lower case, straight apostrophes); contractions, slang and
// misspellings are rewritten, so "Im", "i'm" and "I’m" all become the two tokens "i" "am" with
// the same span. Works without punctuation: in phone typing ("i failed again i hate myself") a
// new sentence starts at "i" unless the word before links the clauses ("i think i ...").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/analysis/lexicon.h"
#include "core/analysis/spelling.h"

namespace refuge::analysis {

struct Token {
  std::uint32_t start = 0;  // bytes [start, end) of the typed word
  std::uint32_t end = 0;
  WordId word = kUnknownWord;
  std::uint32_t clause = 0;  // index into Tokens::clauses
};

struct TokenRange {
  std::uint32_t first = 0;  // token indices [first, last)
  std::uint32_t last = 0;
};

struct SentenceSpan {
  std::size_t start = 0;  // bytes
  std::size_t end = 0;
  TokenRange tokens;
  bool question_mark = false;  // ended with '?'
  bool run_on = false;  // began at an "i" in unpunctuated typing, not after punctuation or a line
};

// A word typed with a slip and read as a lexicon form (see spelling.h).
struct Slip {
  std::uint32_t start = 0;  // bytes [start, end) of the typed word
  std::uint32_t end = 0;
  std::string_view form;    // what it was read as ("worthless"), letters only
};

struct Tokens {
  std::vector<Token> tokens;
  std::vector<Slip> slips;  // in text order
  std::vector<TokenRange> clauses;  // split at , ; : brackets, quotes and dashes
  std::vector<SentenceSpan> sentences;
};

// Fills `out` (reusing its capacity). Text must be valid UTF-8. With `spelling`, a word the
// lexicon does not know is read as the lexicon word it is one slip from, when there is exactly one
// (see spelling.h); the token keeps the span of what was typed.
void tokenize(std::string_view text, const Lexicon& lexicon, Tokens& out,
              const Spelling* spelling = nullptr);

}  // namespace refuge::analysis
