// Property: for random answers (with random gaps), every score lies within its scale's bounds,
// sums are whole unless prorated, and a scored scale with bands always has a band.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/instruments/scoring.h"
#include "instrument_fixtures.h"

namespace refuge::instruments {
namespace {

using testing::instrument;

class ScoringProperty : public ::testing::TestWithParam<const char*> {};

TEST_P(ScoringProperty, RandomAnswersScoreWithinBounds) {
  const Instrument& inst = instrument(GetParam());
  std::mt19937 rng(20261124);
  int scored = 0, unscored = 0;
  for (int round = 0; round < 3000; ++round) {
    Answers a;
    double gap = std::uniform_real_distribution<double>(0, 0.3)(rng);
    for (const Item& item : inst.items) {
      if (std::bernoulli_distribution(gap)(rng)) continue;
      a[item.number] = std::uniform_int_distribution<int>(item.min_value(), item.max_value())(rng);
    }
    auto s = score_answers(inst, a);
    ASSERT_TRUE(s.ok()) << s.status().message();
    for (std::size_t i = 0; i < inst.scales.size(); ++i) {
      const Scale& scale = inst.scales[i];
      const ScaleScore& sc = s->scales[i];
      EXPECT_EQ(sc.scale_id, scale.id);
      if (!sc.value) {
        ++unscored;
        EXPECT_LT(sc.answered, std::ceil(0.8 * static_cast<double>(scale.items.size()) - 1e-9));
        continue;
      }
      ++scored;
      EXPECT_GE(*sc.value, scale.min) << scale.id;
      EXPECT_LE(*sc.value, scale.max) << scale.id;
      if (scale.aggregation == Aggregation::kSum && !sc.prorated) {
        EXPECT_EQ(*sc.value, std::floor(*sc.value));
      }
      EXPECT_EQ(sc.prorated, scale.aggregation == Aggregation::kSum && sc.answered < sc.item_count);
      EXPECT_EQ(sc.band.empty(), scale.bands.empty());
    }
  }
  EXPECT_GT(scored, 0);
  EXPECT_GT(unscored, 0);  // the gaps reached the missing-answer rule too
}

INSTANTIATE_TEST_SUITE_P(EveryInstrument, ScoringProperty,
                         ::testing::Values("ecr-r", "scs", "scs-sf", "phq-9", "gad-7"));

TEST(ScoringProperty, ScorerReusesItsOutputAcrossRespondents) {
  // The batch path gives the same result as score_answers, also when a previous respondent left
  // bands, proration and risks in the reused Score.
  const Instrument& phq = instrument("phq-9");
  Scorer scorer(phq);
  Score reused;
  std::vector<int> severe(11, 3), mild(11, 1);
  severe[10] = Scorer::kNoAnswer;
  mild[5] = Scorer::kNoAnswer;
  mild[9] = 0;
  scorer.score(severe, &reused);
  EXPECT_TRUE(reused.needs_safety_path());
  scorer.score(mild, &reused);
  // 1 × 7 + 0 = 7 over 8 answers → 7/8 × 9 = 7.875, prorated, "mild", no risk.
  EXPECT_DOUBLE_EQ(*reused.scales[0].value, 7.875);
  EXPECT_TRUE(reused.scales[0].prorated);
  EXPECT_EQ(reused.scales[0].band, "mild");
  EXPECT_FALSE(reused.needs_safety_path());
}

}  // namespace
}  // namespace refuge::instruments
