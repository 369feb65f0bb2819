// Reading a slip of the keyboard: a typed word the lexicon does not know ("worthlss", "failre",
// "suicdal") is read as the lexicon word it was meant to be when it is one slip away from it (a
// letter left out, added or changed, or two letters swapped) and from no other word, English or
// the lexicon's own. The English words are data (content/analysis/english_words.txt), so a real
// word is never turned into another ("lover" stays "lover", never "loser"), and a slip that could
// be two words is left as typed ("recieve": receive or relieve). Pure; no I/O.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/analysis/lexicon.h"
#include "core/status.h"

namespace refuge::analysis {

// A word list as read from its file: one lower-case word (a-z) per line; blank lines and lines
// starting with # are skipped.
struct WordListSource {
  std::string file;  // for messages: "content/analysis/english_words.txt"
  std::string text;
};

class Spelling {
 public:
  // Only words of this many letters are read as slips: shorter ones are too often a real word or
  // one slip from several.
  static constexpr std::size_t kMinLetters = 5;
  static constexpr std::size_t kMaxLetters = 20;

  // `lexicon` must be finished and must outlive the result. InvalidArgument
  // "<file>:<line>: <what is wrong>" for a line that is not one lower-case word.
  static Result<Spelling> build(const WordListSource& english, const Lexicon& lexicon);

  // The reading of `norm` (normalised, unknown to the lexicon) when it is a slip for exactly one
  // lexicon word, or nullptr. Checking a candidate against every English word costs about as
  // much as reading a few hundred words; `budget` counts those checks down and none is made at
  // 0, so that a long text of made-up near-words stays linear and fast.
  // `form`, when given, is set to the lexicon form the slip was read as (letters only).
  const std::vector<WordId>* correct(std::string_view norm, std::size_t& budget,
                                     std::string_view* form = nullptr) const;

  std::size_t english_word_count() const { return english_.size(); }

 private:
  Spelling() = default;
  // Whether some English word one slip from `typed` reads other than `reading`.
  bool another_english_word(std::string_view typed, const std::vector<WordId>* reading) const;

  const Lexicon* lexicon_ = nullptr;
  std::unique_ptr<std::string> text_;  // owns what english_ views
  std::unordered_set<std::string_view> english_;
  // A lexicon form of kMinLetters or more with one letter deleted → the forms it comes from.
  std::unordered_map<std::string, std::vector<std::string>> deletions_;
  // One bit per hash of every key of deletions_ and every lexicon form: most strings tried are
  // neither, and one bit answers that before any map is searched.
  std::vector<std::uint64_t> filter_;
  void add_to_filter(std::string_view s);
  bool maybe_known(std::string_view s) const;
};

// Whether a and b are one slip apart: one letter inserted, deleted or changed, or two
// neighbouring letters swapped (a != b).
bool one_slip_apart(std::string_view a, std::string_view b);

}  // namespace refuge::analysis
