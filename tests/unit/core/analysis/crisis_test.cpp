// Crisis language: recall on a test set written from clinical descriptions (explicit ideation,
// passive wishes to be dead, self-harm, plans, means and preparatory behaviour) and false alarms on
// everyday idioms and on everyday sentences that share their words.
#include <gtest/gtest.h>


#include "tests/unit/core/analysis/shipped_analyser.h"

namespace refuge::analysis {
namespace {

using testing::shipped;

struct Case {
  std::string text;
  bool crisis;
  std::string kind;
};

std::vector<Case> cases() {
  std::vector<Case> out;
  for (const auto& j : testing::json_lines("crisis_cases.jsonl")) {
    out.push_back({j["text"], j["crisis"], j["kind"]});
  }
  return out;
}

TEST(Crisis, TheTestSetHasEnoughOfEachKind) {
  int crisis = 0, none = 0;
  for (const Case& c : cases()) (c.crisis ? crisis : none)++;
  EXPECT_GE(crisis, 60);
  EXPECT_GE(none, 60);
}

TEST(Crisis, EveryExplicitIdeationSentenceIsCaught) {
  for (const Case& c : cases()) {
    if (c.kind == "explicit") {
      EXPECT_TRUE(shipped().has_crisis_language(c.text)) << c.text;
    }
  }
}

TEST(Crisis, RecallIsAtLeastNinetyFivePercentAndFalseAlarmsAreReported) {
  int tp = 0, fn = 0, fp = 0, tn = 0;
  for (const Case& c : cases()) {
    const bool got = shipped().has_crisis_language(c.text);
    if (c.crisis) {
      (got ? tp : fn)++;
      if (!got) std::printf("  missed (%s): %s\n", c.kind.c_str(), c.text.c_str());
    } else {
      (got ? fp : tn)++;
      if (got) std::printf("  false alarm: %s\n", c.text.c_str());
    }
  }
  const double recall = double(tp) / (tp + fn);
  std::printf("crisis recall %.3f (%d of %d); false alarms %d of %d\n", recall, tp, tp + fn, fp,
              fp + tn);
  EXPECT_GE(recall, 0.95);
  EXPECT_LE(fp, 6) << "more than 10% false alarms on everyday idioms";
}

TEST(Crisis, HasCrisisLanguageAgreesWithAnalyse) {
  for (const Case& c : cases()) {
    EXPECT_EQ(shipped().has_crisis_language(c.text), shipped().analyse(c.text).crisis) << c.text;
  }
}

TEST(Crisis, DenyingRiskStillOffersSupportAtLowConfidence) {
  // Documented choice (content/analysis/README.md): negation lowers, never removes, crisis.
  const Analysis a = shipped().analyse("I'm not suicidal, just tired");
  EXPECT_TRUE(a.crisis);
  for (const Finding& f : a.findings()) {
    if (f.type == FindingType::crisis) {
      EXPECT_LT(f.confidence, 0.5);
    }
  }
  EXPECT_GE(testing::confidence_of("I don't want to live", FindingType::crisis), 0.9);
}

}  // namespace
}  // namespace refuge::analysis
