// Rules: what a match of a pattern means (finding types, confidence) and how context changes it
// (negation, questions, hedges, someone else's words, the distant past). Read from
// content/analysis/rules/*.json; see content/analysis/README.md for the format.
#pragma once

#include <string>
#include <vector>

#include "core/analysis/analyser.h"
#include "core/analysis/lexicon.h"
#include "core/analysis/pattern.h"
#include "core/content/json_source.h"

namespace refuge::analysis {

enum class NegationMode {
  kSuppress,  // "I'm not a failure": no finding
  kLower,     // kept with confidence × 0.4 (crisis: people often deny risk in the same breath)
  kIgnore,    // the pattern already says what negation means
};

struct RuleType {
  FindingType type;
  double confidence;  // before context
};

struct Rule {
  std::string id;
  // "types" (all at "confidence") and "also" (each with its own confidence).
  std::vector<RuleType> types;
  double confidence = 0.8;
  NegationMode negation = NegationMode::kSuppress;
  double question = 0.7;  // multipliers applied when the context holds
  double hedge = 0.8;
  double reported = 0.35;
  double past = 0.6;
  std::vector<Pattern> patterns;
  // The clause must also hold a word of one class from each `with` item ("{a}|{b}"), and no word
  // of any `without` class (single words only; phrases do not count here).
  std::vector<std::bitset<kMaxClasses>> with;
  std::bitset<kMaxClasses> without;
  // The same as `with`, but anywhere in the whole text: "I've decided to do it tonight" is a plan
  // only when the text also names a means or death, perhaps in another sentence.
  std::vector<std::bitset<kMaxClasses>> with_in_text;
  // `with` and `without` over the whole sentence, across its commas: "the rope in the shed, I
  // keep thinking about it" is one thought.
  std::vector<std::bitset<kMaxClasses>> with_in_sentence;
  std::bitset<kMaxClasses> without_in_sentence;
};

inline constexpr double kNegationLowered = 0.4;

// Appends the rules of one file to `rules`. Errors: InvalidArgument "<file>:<line>: <field>: ...".
Status load_rules(const content::JsonSource& file, Lexicon& lexicon, std::vector<Rule>& rules);

}  // namespace refuge::analysis
