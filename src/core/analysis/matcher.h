// Finds every place where a rule's pattern matches, clause by clause. Patterns are indexed by the
// words their first element accepts, and each tries a bounded number of paths (at most two gaps
// of three words, sixteen elements), so matching is linear in the number of tokens.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "core/analysis/lexicon.h"
#include "core/analysis/rules.h"
#include "core/analysis/tokenizer.h"

namespace refuge::analysis {

struct Match {
  std::uint32_t rule = 0;   // index into the rules
  std::uint32_t first = 0;  // tokens [first, last)
  std::uint32_t last = 0;
};

// The length (in tokens) of the longest member of class `c` starting at token `pos` (before
// `end`), or 0.
std::uint32_t class_match_length(const Lexicon& lex, ClassIndex c, const std::vector<Token>& toks,
                                 std::uint32_t pos, std::uint32_t end);

class Matcher {
 public:
  // Keeps references to both: they must outlive the matcher. Completes the rules' patterns
  // (class masks) for fast matching.
  Matcher(const Lexicon& lexicon, std::vector<Rule>& rules);

  // Appends every match (at most one per rule and start token) to `out`.
  void find(const Tokens& tokens, std::vector<Match>& out) const;

 private:
  // A required element after the first: the words and classes it accepts, as a class mask and
  // a 64-bit signature of word ids. A clause that holds none of them cannot match the pattern,
  // which rules out most candidates (patterns with gaps above all) without trying them.
  struct Required {
    std::bitset<kMaxClasses> classes;
    std::uint64_t words = 0;
  };
  struct Start {
    const Pattern* pattern;
    std::uint32_t rule;
    std::uint32_t required_first;  // [first, last) in required_
    std::uint32_t required_last;
  };
  static std::uint64_t word_bit(WordId w) { return std::uint64_t{1} << ((w * 0x9E3779B1u) >> 26); }
  bool step(const Pattern& p, std::size_t ei, std::uint32_t pos, std::uint32_t end,
            const std::vector<Token>& toks, std::uint32_t* last) const;
  // Lengths (longest first) with which element `e` matches at pos; returns how many.
  int lengths(const PatternElement& e, const std::vector<Token>& toks, std::uint32_t pos,
              std::uint32_t end, std::uint32_t out[8]) const;

  const Lexicon& lex_;
  const std::vector<Rule>& rules_;
  using Lists = std::unordered_map<std::uint64_t, std::vector<Start>>;
  // Candidate lists by a key of two or three word ids, in one open-addressing table: built
  // once, then looked up for every token.
  class Table {
   public:
    Table() = default;
    explicit Table(const Lists& lists);
    std::span<const Start> find(std::uint64_t key) const;

   private:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};  // no key is all ones
    struct Slot {
      std::uint64_t key = kEmpty;
      std::uint32_t first = 0, last = 0;  // [first, last) in pool_
    };
    std::size_t home(std::uint64_t key) const {
      return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
    }
    std::vector<Slot> slots_;
    std::vector<Start> pool_;
    int shift_ = 63;
  };

  // Candidate patterns for a token: by its word, or (when a pattern's first two elements are
  // plain one-word tests, or it opens with a phrase) by its word and the next one, or the next
  // two, which keeps the lists short.
  std::vector<std::vector<Start>> starts_;  // by word id
  std::vector<Required> required_;
  Table pair_starts_;
  Table triple_starts_;
  static std::uint64_t pair_key(WordId a, WordId b) { return (std::uint64_t(a) << 32) | b; }
  // Word ids stay below 2^21 (checked when built), so three fit in one key.
  static std::uint64_t triple_key(WordId a, WordId b, WordId c) {
    return (std::uint64_t(a) << 42) | (std::uint64_t(b) << 21) | c;
  }
};

}  // namespace refuge::analysis
