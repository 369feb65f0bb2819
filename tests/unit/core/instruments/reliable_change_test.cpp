#include "core/instruments/reliable_change.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/instruments/talking_therapies.h"
#include "instrument_fixtures.h"

namespace refuge::instruments {
namespace {

using testing::instrument;

Scale scale_with(double r, double sd, Direction d) {
  Scale s;
  s.id = "test";
  s.min = 0;
  s.max = 10;
  s.direction = d;
  s.reliable_change.reliability = r;
  s.reliable_change.sd = sd;
  return s;
}

TEST(ReliableChange, JacobsonTruaxArithmetic) {
  // r = .9, SD = 1: SEdiff = 1 · √2 · √.1 = 0.44721; 1.96 · SEdiff = 0.87654.
  // +0.9 → RCI = 0.9/0.44721 = 2.0125 > 1.96: reliable; +0.8 → 1.7889: not.
  Scale up = scale_with(0.9, 1.0, Direction::kHigherIsBetter);
  auto better = reliable_change(up, 3.0, 3.9);
  ASSERT_TRUE(better.ok());
  EXPECT_NEAR(better->se_diff, 0.4472136, 1e-6);
  EXPECT_NEAR(better->threshold, 0.8765386, 1e-6);
  EXPECT_NEAR(better->rci, 2.0124612, 1e-6);
  EXPECT_EQ(better->verdict, ChangeVerdict::kReliableImprovement);
  EXPECT_EQ(better->reliability, 0.9);
  EXPECT_EQ(better->sd, 1.0);
  EXPECT_EQ(reliable_change(up, 3.9, 3.0)->verdict, ChangeVerdict::kReliableDeterioration);
  EXPECT_EQ(reliable_change(up, 3.0, 3.8)->verdict, ChangeVerdict::kNoReliableChange);
  EXPECT_NEAR(reliable_change(up, 3.0, 3.8)->rci, 1.7888544, 1e-6);
}

TEST(ReliableChange, DirectionDecidesWhatImprovementMeans) {
  Scale down = scale_with(0.9, 1.0, Direction::kLowerIsBetter);
  EXPECT_EQ(reliable_change(down, 3.9, 3.0)->verdict, ChangeVerdict::kReliableImprovement);
  EXPECT_EQ(reliable_change(down, 3.0, 3.9)->verdict, ChangeVerdict::kReliableDeterioration);
}

TEST(ReliableChange, Gad7UsesTheCitedFigures) {
  // r = .87, SD = 5.593: SEdiff = 5.593 · √2 · √.13 = 5.593 · 0.509902 = 2.851882; threshold
  // 1.96 · 2.851882 = 5.58969 points (the paper's 5.59). 15 → 9: RCI = −6/2.851882 = −2.10387 →
  // improvement (lower is better). 15 → 10: −5/2.851882 = −1.75323 → no reliable change.
  const Scale& total = *instrument("gad-7").scale("total");
  auto six = reliable_change(total, 15, 9);
  ASSERT_TRUE(six.ok());
  EXPECT_NEAR(six->se_diff, 2.851882, 1e-5);
  EXPECT_NEAR(six->threshold, 5.589688, 1e-5);
  EXPECT_NEAR(six->rci, -2.103874, 1e-5);
  EXPECT_EQ(six->verdict, ChangeVerdict::kReliableImprovement);
  EXPECT_EQ(six->reliability, 0.87);
  EXPECT_EQ(six->sd, 5.593);
  EXPECT_NEAR(reliable_change(total, 15, 10)->rci, -1.753228, 1e-5);
  EXPECT_FALSE(six->reliability_source.empty());
  EXPECT_EQ(reliable_change(total, 15, 10)->verdict, ChangeVerdict::kNoReliableChange);
  EXPECT_EQ(reliable_change(total, 9, 15)->verdict, ChangeVerdict::kReliableDeterioration);
}

TEST(ReliableChange, WithoutAnSdTheChangeIsShownWithoutAnIndex) {
  const Scale& total = *instrument("scs-sf").scale("total");
  auto r = reliable_change(total, 2.0, 4.0);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->available());
  EXPECT_DOUBLE_EQ(r->difference, 2.0);
  EXPECT_NE(r->unavailable_reason.find("standard deviation"), std::string::npos);
  EXPECT_EQ(r->unavailable_reason, total.reliable_change.sd_source);
}

TEST(ReliableChange, ScoresOutsideTheScaleAreRefused) {
  const Scale& total = *instrument("gad-7").scale("total");
  EXPECT_TRUE(reliable_change(total, 22, 3).status().Is(Status::Code::kInvalidArgument));
  EXPECT_FALSE(reliable_change(total, 3, -1).ok());
  EXPECT_FALSE(reliable_change(total, 3, std::nan("")).ok());
}

TEST(ReliableChange, VerdictWords) {
  EXPECT_STREQ(to_string(ChangeVerdict::kReliableImprovement), "reliable_improvement");
  EXPECT_STREQ(to_string(ChangeVerdict::kNoReliableChange), "no_reliable_change");
  EXPECT_STREQ(to_string(ChangeVerdict::kReliableDeterioration), "reliable_deterioration");
}

TEST(TalkingTherapies, Phq9SixPointsIsReliableAndCasenessIsTenOrMore) {
  const Instrument& phq = instrument("phq-9");
  auto six = talking_therapies_change(phq, 16, 10);  // −6, still a case (10 ≥ 10)
  ASSERT_TRUE(six.ok());
  EXPECT_EQ(six->verdict, ChangeVerdict::kReliableImprovement);
  EXPECT_TRUE(six->case_before);
  EXPECT_TRUE(six->case_after);
  EXPECT_FALSE(six->recovered);
  EXPECT_EQ(six->threshold_points, 6);
  EXPECT_EQ(six->caseness, 10);
  auto five = talking_therapies_change(phq, 12, 7);  // −5: not reliable, but below caseness
  EXPECT_EQ(five->verdict, ChangeVerdict::kNoReliableChange);
  EXPECT_TRUE(five->recovered);
  EXPECT_EQ(talking_therapies_change(phq, 4, 10)->verdict, ChangeVerdict::kReliableDeterioration);
  EXPECT_FALSE(talking_therapies_change(phq, 9, 9)->case_before);
}

TEST(TalkingTherapies, Gad7FourPointsIsReliableAndCasenessIsEightOrMore) {
  const Instrument& gad = instrument("gad-7");
  auto four = talking_therapies_change(gad, 8, 4);
  EXPECT_EQ(four->verdict, ChangeVerdict::kReliableImprovement);
  EXPECT_TRUE(four->case_before);
  EXPECT_FALSE(four->case_after);
  EXPECT_TRUE(four->recovered);
  EXPECT_EQ(talking_therapies_change(gad, 8, 5)->verdict, ChangeVerdict::kNoReliableChange);
  EXPECT_EQ(talking_therapies_change(gad, 7, 11)->verdict, ChangeVerdict::kReliableDeterioration);
  EXPECT_FALSE(talking_therapies_change(gad, 7, 7)->case_before);
}

TEST(TalkingTherapies, OnlyPhq9AndGad7HaveThresholds) {
  EXPECT_FALSE(talking_therapies_change(instrument("scs-sf"), 2, 3).ok());
  EXPECT_FALSE(talking_therapies_change(instrument("phq-9"), 2, 28).ok());
}

TEST(TalkingTherapies, PairedOutcomeRecoveryAndReliableRecovery) {
  const Instrument& phq = instrument("phq-9");
  const Instrument& gad = instrument("gad-7");
  // PHQ-9 16 → 9 (−7, reliable, case → not); GAD-7 9 → 7 (−2, not reliable, case → not).
  auto o = talking_therapies_outcome(*talking_therapies_change(phq, 16, 9),
                                     *talking_therapies_change(gad, 9, 7));
  EXPECT_TRUE(o.case_at_start);
  EXPECT_TRUE(o.recovered);
  EXPECT_EQ(o.verdict, ChangeVerdict::kReliableImprovement);
  EXPECT_TRUE(o.reliable_recovery);
  // Same PHQ-9, but GAD-7 5 → 9 (+4, reliable rise, now a case): mixed → no reliable change;
  // still a case at the end → not recovered.
  auto mixed = talking_therapies_outcome(*talking_therapies_change(phq, 16, 9),
                                         *talking_therapies_change(gad, 5, 9));
  EXPECT_EQ(mixed.verdict, ChangeVerdict::kNoReliableChange);
  EXPECT_FALSE(mixed.recovered);
  EXPECT_FALSE(mixed.reliable_recovery);
  // Below caseness on both at the start: cannot "recover".
  auto not_case = talking_therapies_outcome(*talking_therapies_change(phq, 5, 3),
                                            *talking_therapies_change(gad, 4, 2));
  EXPECT_FALSE(not_case.case_at_start);
  EXPECT_FALSE(not_case.recovered);
  // Reliable deterioration on one measure only.
  auto worse = talking_therapies_outcome(*talking_therapies_change(phq, 5, 12),
                                         *talking_therapies_change(gad, 4, 5));
  EXPECT_EQ(worse.verdict, ChangeVerdict::kReliableDeterioration);
}

}  // namespace
}  // namespace refuge::instruments
