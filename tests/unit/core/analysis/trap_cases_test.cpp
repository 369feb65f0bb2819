// Thinking traps: macro-F1 on short first-person thoughts written for Refuge from the clinical
// definitions of the twelve traps (Burns 1980, Beck 1976), with a few everyday no-trap sentences.
// A second check of generality beside the development data: rules are not tuned to these
// sentences one by one, and a floor a little below the current figure makes regressions fail.
#include <gtest/gtest.h>

#include <set>

#include "core/analysis/evaluation.h"
#include "tests/unit/core/analysis/shipped_analyser.h"

namespace refuge::analysis {
namespace {

using testing::shipped;

std::vector<LabelledText> cases() {
  std::vector<LabelledText> out;
  for (const auto& j : testing::json_lines("trap_cases.jsonl")) {
    LabelledText t{j["text"], {}};
    for (const auto& id : j["labels"]) {
      auto type = finding_type_from_id(id.get<std::string>());
      EXPECT_TRUE(type.has_value()) << "unknown label " << id << " in: " << t.text;
      if (type) t.labels.push_back(*type);
    }
    out.push_back(std::move(t));
  }
  return out;
}

constexpr const char* kTraps[] = {"all_or_nothing",      "overgeneralizing",
                                  "labeling",            "fortune_telling",
                                  "mind_reading",        "emotional_reasoning",
                                  "should_statements",   "personalizing",
                                  "disqualifying_positive", "catastrophizing",
                                  "comparing",           "blaming"};

TEST(TrapCases, EveryTrapHasExamplesAndSomeSentencesHaveNone) {
  std::set<FindingType> seen;
  int none = 0;
  const auto all = cases();
  for (const LabelledText& t : all) {
    seen.insert(t.labels.begin(), t.labels.end());
    if (t.labels.empty()) none++;
  }
  for (const char* id : kTraps) {
    EXPECT_TRUE(seen.count(*finding_type_from_id(id))) << "no example of " << id;
  }
  EXPECT_GE(all.size(), 60u);
  EXPECT_GE(none, 5);
}

TEST(TrapCases, MacroF1StaysAboveTheFloor) {
  const Evaluation e = evaluate(shipped(), cases(), 0.5);
  std::printf("%s", format_evaluation(e, 0.5).c_str());
  EXPECT_GE(e.macro_f1(), 0.72);
  // Everyday sentences and texts with a trap are still told apart.
  EXPECT_GE(e.any_trap.precision(), 0.95);
  EXPECT_GE(e.any_trap.recall(), 0.90);
}

}  // namespace
}  // namespace refuge::analysis
