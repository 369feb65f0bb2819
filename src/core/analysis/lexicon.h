// The analyser's vocabulary: words and phrases grouped into named classes ("negative_labels",
// "negators", ...), and rewrites that undo contractions, slang and common misspellings ("im" →
// "i am", "wont" → "will not"). Read from content/analysis/words.json; pure.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::analysis {

using WordId = std::uint32_t;
inline constexpr WordId kUnknownWord = 0;  // any word no lexicon or rule mentions
inline constexpr std::size_t kMaxClasses = 256;
using ClassIndex = std::uint16_t;

// The classes the analyser itself relies on (for negation, hedges, questions, reports, ...);
// words.json must define each of them.
struct ContextClasses {
  ClassIndex subject_i;          // "i": a new clause often starts here in unpunctuated typing
  ClassIndex clause_links;       // words after which "i" continues the same clause
  ClassIndex negators;           // not, never, ...
  ClassIndex hedges;             // maybe, kind of, ...
  ClassIndex report_verbs;       // said, told, ...: someone else's words follow
  ClassIndex past_markers;       // used to, back then, ...
  ClassIndex question_words;     // why, how, ...: a question wherever they open a sentence
  ClassIndex question_aux;       // am, do, ...: a question when a pronoun follows
  ClassIndex pronouns;           // i, you, he, ...
  ClassIndex abbreviations;      // mr, dr, ...: a full stop after them does not end a sentence
  // Optional (kNoClass when words.json has none): what, how, ...: "i" up to three words after
  // one continues the clause ("what a jerk i am", "why can't i").
  ClassIndex embedding_words;
  // Optional: if, when, every, ...: a sentence that opens with one continues through the first
  // "i" that would otherwise start a new thought ("if i fail this i will lose my job").
  ClassIndex subordinators;
  // Optional: but, though, ...: someone else's words end here ("they said nice things but they
  // don't mean it" — what follows is the person's own view).
  ClassIndex report_ends;
  // Optional: because, but, so, ...: a "not" before one does not reach past it ("they don't visit
  // because they find me dull": the second clause is not negated).
  ClassIndex negation_ends;
  // Optional: will, probably, which, gut, ...: a report verb one or two words after one is the
  // person's own voice, a forecast ("she'll probably say no") or an inner sense ("which tells
  // me", "my gut says"), not someone else's words.
  ClassIndex own_voice;
  // Optional: the, a, what, ...: a hedge phrase right after one is a noun phrase, not a hedge
  // ("the kind of person who ...", "a bit of cake").
  ClassIndex hedge_blockers;
  // Optional: like, as, than, ...: a past marker one or two words after one compares the present
  // with someone's past ("he never phones as he used to"): the thought is not in the past.
  ClassIndex past_blockers;
  // Optional: the, those, these, ...: two words before an "i", they make what follows a clause
  // that describes a noun ("the wounds i give myself", "those pills i saved"), not a new thought.
  ClassIndex noun_openers;
};
inline constexpr ClassIndex kNoClass = 0xFFFF;

class Lexicon {
 public:
  // InvalidArgument "<file>:<line>: <field>: <what is wrong>".
  static Result<Lexicon> parse(const content::JsonSource& words);

  // The id of a normalised (lower-case, straight-apostrophe) word, or kUnknownWord.
  WordId find(std::string_view word) const;
  // Adds a word (rules add their literal words); returns its id.
  WordId intern(std::string_view word);
  // Call after the last intern(): indexes phrase first words.
  void finish();
  // The words a normalised form stands for ("im" → i, am), or nullptr.
  const std::vector<WordId>* rewrite(std::string_view word) const;
  // One look-up for the tokenizer (valid after finish()): the rewrite of a normalised form, or
  // its own id, or nullptr when the lexicon knows no reading of it.
  const std::vector<WordId>* reading(std::string_view word) const {
    auto it = readings_.find(word);
    return it == readings_.end() ? nullptr : &it->second;
  }
  // The lexicon's own copy of a form it can read (valid as long as the lexicon), or "".
  std::string_view form(std::string_view word) const {
    auto it = readings_.find(word);
    return it == readings_.end() ? std::string_view() : std::string_view(it->first);
  }

  // Every normalised form it can read (valid after finish()): its words and the typed forms it
  // rewrites, in no particular order.
  std::vector<std::string_view> forms() const;

  // The index of a class, or -1.
  int class_index(std::string_view name) const;
  const std::string& class_name(ClassIndex c) const { return class_names_[c]; }
  std::size_t class_count() const { return class_names_.size(); }
  bool in_class(WordId w, ClassIndex c) const {
    return c != kNoClass && w < members_.size() && members_[w][c];
  }
  // Every class in which some phrase starts with word w.
  const std::bitset<kMaxClasses>& phrase_starts(WordId w) const { return phrase_starts_[w]; }
  // Every class a single word belongs to.
  const std::bitset<kMaxClasses>& classes_of(WordId w) const { return members_[w]; }
  // Multi-word members of a class, each a sequence of word ids, sorted (so by first word).
  const std::vector<std::vector<WordId>>& phrases(ClassIndex c) const { return phrases_[c]; }
  std::size_t word_count() const { return words_.size(); }
  const std::string& word(WordId w) const { return words_[w]; }
  const ContextClasses& context() const { return context_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using WordMap = std::unordered_map<std::string, WordId, Hash, std::equal_to<>>;

  Status add_classes(const content::JsonSource& src);
  Status add_rewrites(const content::JsonSource& src);

  WordMap ids_;
  std::vector<std::string> words_;              // by id; words_[0] is the unknown word
  std::vector<std::bitset<kMaxClasses>> members_;  // by word id
  std::vector<std::bitset<kMaxClasses>> phrase_starts_;  // by word id
  std::vector<std::string> class_names_;
  std::vector<std::vector<std::vector<WordId>>> phrases_;  // by class
  std::unordered_map<std::string, std::vector<WordId>, Hash, std::equal_to<>> rewrites_;
  std::unordered_map<std::string, std::vector<WordId>, Hash, std::equal_to<>> readings_;
  ContextClasses context_{};
};

// Lower-cases ASCII and Latin-1 letters and straightens apostrophes (’ ‘ ʼ ` → ').
void normalise_word(std::string_view raw, std::string& out);

}  // namespace refuge::analysis
