// The context that changes what a match means: negation just before it ("I'm not a failure",
// "I don't think I'm ..."), a question ("am I a failure?"), a hedge ("maybe", "kind of"),
// someone else's words ("my boss said I'm lazy") and the distant past ("I used to think ...").
// Everything is precomputed in one pass, so each match is judged in constant time.
#pragma once

#include <cstdint>
#include <vector>

#include "core/analysis/lexicon.h"
#include "core/analysis/matcher.h"
#include "core/analysis/rules.h"
#include "core/analysis/tokenizer.h"

namespace refuge::analysis {

// How many words before a match a negator still applies to it.
inline constexpr std::uint32_t kNegationReach = 3;

class Context {
 public:
  // Reuses its buffers across calls. `phrase_classes` lists the classes that rules test with
  // `with`/`without` (or their sentence and text forms) and that hold multi-word members
  // ("give up"), and `phrase_mask` is the same as a mask: a clause holds such a class when one
  // of its phrases is in the clause.
  void compute(const Lexicon& lex, const Tokens& tokens,
               const std::vector<ClassIndex>& phrase_classes,
               const std::bitset<kMaxClasses>& phrase_mask);

  // What the context does to the match's confidence: a factor in [0, 1] (0: suppressed).
  // `sentence` is the index of the sentence holding the match.
  double factor(const Rule& rule, const Match& m, std::size_t sentence) const;

 private:
  static constexpr std::int32_t kNone = -1;
  std::vector<std::int32_t> last_negator_;  // by token: last negator at or before it, in its clause
  std::vector<std::int32_t> last_hedge_;    // ... last hedge, in its sentence
  std::vector<std::int32_t> last_report_;   // ... last report verb with another speaker, in its sentence
  std::vector<std::uint8_t> question_;      // by sentence
  std::vector<std::uint8_t> past_;          // by sentence
  std::vector<std::bitset<kMaxClasses>> clause_classes_;  // by clause: classes of its words and phrases
  std::vector<std::bitset<kMaxClasses>> sentence_classes_;  // by sentence: its clauses' together
  std::bitset<kMaxClasses> text_classes_;                  // all of them together
  const Tokens* tokens_ = nullptr;
};

}  // namespace refuge::analysis
