// The inner-critic analyser: finds thinking traps, attachment core beliefs, harsh self-criticism
// and crisis language in a person's own words. Pure and offline: the rules and lexicons are data
// from content/analysis/, handed in already read; nothing here does I/O.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analysis/spelling.h"
#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::analysis {

// The ids are part of the API (JSON "type"): never renumber or rename.
enum class FindingType {
  all_or_nothing, overgeneralizing, labeling, fortune_telling, mind_reading, emotional_reasoning,
  should_statements, personalizing, disqualifying_positive, catastrophizing, comparing, blaming,
  belief_too_much, belief_not_enough, belief_unlovable, belief_must_be_perfect,
  belief_abandonment, belief_burden, belief_distrust,
  self_criticism, crisis,
};
inline constexpr std::size_t kFindingTypeCount = 21;
inline constexpr std::size_t kThinkingTrapCount = 12;  // the first twelve types

std::string_view finding_type_id(FindingType t);
std::optional<FindingType> finding_type_from_id(std::string_view id);
bool is_thinking_trap(FindingType t);
bool is_core_belief(FindingType t);

// Findings are reported from 0.25; from this confidence up a finding is likely (the line the
// evaluation scores at), below it only possible, and a page says "perhaps".
inline constexpr double kLikelyConfidence = 0.5;

struct Finding {
  FindingType type;
  std::size_t start = 0;  // byte offsets into the analysed text, [start, end)
  std::size_t end = 0;
  double confidence = 0;  // 0..1
  std::string cue;        // the words that triggered it (a copy of text[start, end))
};

struct Sentence {
  std::size_t start = 0;  // byte offsets, [start, end)
  std::size_t end = 0;
  std::vector<Finding> findings;
};

struct Analysis {
  std::vector<Sentence> sentences;
  bool crisis = false;  // any finding of type crisis
  // Every finding of every sentence, in text order.
  std::vector<Finding> findings() const;
};

// Longer input is refused by callers (HTTP 413 / CLI error); analyse() itself truncates nothing
// and stays linear for any length.
inline constexpr std::size_t kMaxAnalysisCharacters = 20000;

class Analyser {
 public:
  // `words`: content/analysis/words.json (lexicons); `rules`: content/analysis/rules/*.json;
  // `crisis_model`: content/analysis/crisis_model.json (see crisis_model.h), or none;
  // `english_words`: content/analysis/english_words.txt, with which slips of the keyboard are
  // read as the words meant (see spelling.h), or none.
  // Errors: InvalidArgument "<file>:<line>: <what is wrong>".
  static Result<Analyser> build(const content::JsonSource& words,
                                const std::vector<content::JsonSource>& rules,
                                const content::JsonSource* crisis_model = nullptr,
                                const WordListSource* english_words = nullptr);

  Analyser(Analyser&&) noexcept;
  Analyser& operator=(Analyser&&) noexcept;
  ~Analyser();

  // Thread-safe; text must be valid UTF-8 (callers check).
  Analysis analyse(std::string_view text) const;
  // Same answer as analyse(text).crisis, for the safety path on every save.
  bool has_crisis_language(std::string_view text) const;

 private:
  struct Impl;
  explicit Analyser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// {"sentences":[{"start","end","findings":[...]}], "findings":[{"type","start","end",
//  "confidence","cue"}], "crisis": bool}
nlohmann::json analysis_to_json(const Analysis& a);

}  // namespace refuge::analysis
