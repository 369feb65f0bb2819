// Hand-computed scores for every instrument, reverse keys included. The arithmetic is written out
// beside each case so a reader can check it against the published keys without running anything.
#include <gtest/gtest.h>

#include "core/instruments/scoring.h"
#include "instrument_fixtures.h"

namespace refuge::instruments {
namespace {

using testing::answers_from;
using testing::instrument;

// Answers cycling lo, lo+1, ..., hi, lo, ... for items 1..n.
Answers cycling(int n, int lo, int hi) {
  Answers a;
  for (int i = 1; i <= n; ++i) a[i] = lo + (i - 1) % (hi - lo + 1);
  return a;
}

double value_of(const Score& s, const char* scale) {
  const ScaleScore* sc = s.scale(scale);
  EXPECT_NE(sc, nullptr) << scale;
  EXPECT_TRUE(sc && sc->value) << scale << " has no value";
  return sc && sc->value ? *sc->value : -1;
}

TEST(ScoringGolden, EcrRCyclingAnswersFlipTheReverseKeyedItems) {
  // Item i answered (i−1) mod 7 + 1.
  // Anxiety, items 1–18: 1..7, 1..7, 1..4 → 28 + 28 + 10 = 66 as answered. Reverse-keyed:
  //   item 9 answered 2 → 8 − 2 = 6 (+4); item 11 answered 4 → 4 (+0). 66 + 4 = 70; 70/18 = 3.8889.
  // Avoidance, items 19–36 answered 5 6 7 1 2 3 4 5 6 7 1 2 3 4 5 6 7 1.
  //   Not reversed: 19→5, 21→7, 23→2, 24→3, 25→4, 32→4 = 25.
  //   Reversed (8 − answer): 20:6→2, 22:1→7, 26:5→3, 27:6→2, 28:7→1, 29:1→7, 30:2→6,
  //   31:3→5, 33:5→3, 34:6→2, 35:7→1, 36:1→7 = 46. (25 + 46)/18 = 71/18 = 3.9444.
  auto s = score_answers(instrument("ecr-r"), cycling(36, 1, 7));
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_DOUBLE_EQ(value_of(*s, "anxiety"), 70.0 / 18);
  EXPECT_DOUBLE_EQ(value_of(*s, "avoidance"), 71.0 / 18);
  EXPECT_TRUE(s->risks.empty());
}

TEST(ScoringGolden, EcrRAllSevensSeparatesTheTwoKeys) {
  // Every answer 7. Anxiety: 16 items × 7 + items 9 and 11 reversed to 1 → (112 + 2)/18 = 6.3333.
  // Avoidance: 6 direct items × 7 + 12 reversed items × 1 → (42 + 12)/18 = 3.0.
  Answers a;
  for (int i = 1; i <= 36; ++i) a[i] = 7;
  auto s = score_answers(instrument("ecr-r"), a);
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(value_of(*s, "anxiety"), 114.0 / 18);
  EXPECT_DOUBLE_EQ(value_of(*s, "avoidance"), 3.0);
}

TEST(ScoringGolden, ScsSubscalesAsAnsweredAndTheTotalAfterReversing) {
  // Item i answered (i−1) mod 5 + 1: 1 2 3 4 5 1 2 3 4 5 1 2 3 4 5 1 2 3 4 5 1 2 3 4 5 1.
  // Self-kindness 5 12 19 23 26: 5+2+4+3+1 = 15 → 3.0
  // Self-judgment 1 8 11 16 21: 1+3+1+1+1 = 7 → 1.4
  // Common humanity 3 7 10 15: 3+2+5+5 = 15 → 3.75
  // Isolation 4 13 18 25: 4+3+3+5 = 15 → 3.75
  // Mindfulness 9 14 17 22: 4+4+2+2 = 12 → 3.0
  // Over-identification 2 6 20 24: 2+1+5+4 = 12 → 3.0
  // Total: positive items 15 + 15 + 12 = 42; negative items reversed (6 − answer):
  //   self-judgment 5+3+5+5+5 = 23, isolation 2+3+3+1 = 9, over-identification 4+5+1+2 = 12.
  //   (42 + 23 + 9 + 12)/26 = 86/26 = 3.3077 → "moderate" (2.5–3.5).
  // The older grand mean of subscale means would give (3 + 4.6 + 3.75 + 2.25 + 3 + 3)/6 = 3.2667.
  auto s = score_answers(instrument("scs"), cycling(26, 1, 5));
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(value_of(*s, "self_kindness"), 3.0);
  EXPECT_DOUBLE_EQ(value_of(*s, "self_judgment"), 1.4);
  EXPECT_DOUBLE_EQ(value_of(*s, "common_humanity"), 3.75);
  EXPECT_DOUBLE_EQ(value_of(*s, "isolation"), 3.75);
  EXPECT_DOUBLE_EQ(value_of(*s, "mindfulness"), 3.0);
  EXPECT_DOUBLE_EQ(value_of(*s, "over_identification"), 3.0);
  EXPECT_DOUBLE_EQ(value_of(*s, "total"), 86.0 / 26);
  EXPECT_NE(value_of(*s, "total"), 19.6 / 6);
  EXPECT_EQ(s->scale("total")->band, "moderate");
  EXPECT_EQ(s->scale("self_kindness")->band, "");  // subscales have no bands
}

TEST(ScoringGolden, ScsSfSubscalesAndTotal) {
  // Items 1..12 answered 1 2 3 4 5 1 2 3 4 5 1 2.
  // Self-kindness 2 6: (2+1)/2 = 1.5; self-judgment 11 12: (1+2)/2 = 1.5;
  // common humanity 5 10: (5+5)/2 = 5.0; isolation 4 8: (4+3)/2 = 3.5;
  // mindfulness 3 7: (3+2)/2 = 2.5; over-identification 1 9: (1+4)/2 = 2.5.
  // Total: reversed 1→5, 4→2, 8→3, 9→2, 11→5, 12→4 = 21; direct 2+3+5+1+2+5 = 18;
  //   39/12 = 3.25 "moderate" (= the mean of the subscale means with negatives reversed:
  //   (1.5 + 4.5 + 5 + 2.5 + 2.5 + 3.5)/6 = 3.25).
  auto s = score_answers(instrument("scs-sf"), cycling(12, 1, 5));
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(value_of(*s, "self_kindness"), 1.5);
  EXPECT_DOUBLE_EQ(value_of(*s, "self_judgment"), 1.5);
  EXPECT_DOUBLE_EQ(value_of(*s, "common_humanity"), 5.0);
  EXPECT_DOUBLE_EQ(value_of(*s, "isolation"), 3.5);
  EXPECT_DOUBLE_EQ(value_of(*s, "mindfulness"), 2.5);
  EXPECT_DOUBLE_EQ(value_of(*s, "over_identification"), 2.5);
  EXPECT_DOUBLE_EQ(value_of(*s, "total"), 3.25);
  EXPECT_EQ(s->scale("total")->band, "moderate");
}

TEST(ScoringGolden, ScsSfExtremesAndBandEdges) {
  // All 5: six direct items 5, six reversed items 6 − 5 = 1 → 36/12 = 3.0.
  // Kindest possible answers (direct 5, negative 1): 12 × 5 / 12 = 5.0 "high".
  // Harshest (direct 1, negative 5): 1.0 "low".
  Answers all_fives, kindest, harshest;
  for (int i = 1; i <= 12; ++i) {
    bool negative = instrument("scs-sf").scale("total")->is_reversed(i);
    all_fives[i] = 5;
    kindest[i] = negative ? 1 : 5;
    harshest[i] = negative ? 5 : 1;
  }
  EXPECT_DOUBLE_EQ(value_of(*score_answers(instrument("scs-sf"), all_fives), "total"), 3.0);
  auto k = score_answers(instrument("scs-sf"), kindest);
  EXPECT_DOUBLE_EQ(value_of(*k, "total"), 5.0);
  EXPECT_EQ(k->scale("total")->band, "high");
  auto h = score_answers(instrument("scs-sf"), harshest);
  EXPECT_DOUBLE_EQ(value_of(*h, "total"), 1.0);
  EXPECT_EQ(h->scale("total")->band, "low");
  EXPECT_DOUBLE_EQ(value_of(*h, "self_judgment"), 5.0);  // as answered, not reversed
}

TEST(ScoringGolden, Phq9SumBandAndTheItemNineRiskSignal) {
  // 0+1+2+3+0+1+2+3+1 = 13 → "moderate" (10–14); item 9 = 1 > 0 → safety path.
  auto s = score_answers(instrument("phq-9"), answers_from({0, 1, 2, 3, 0, 1, 2, 3, 1}));
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(value_of(*s, "total"), 13);
  EXPECT_EQ(s->scale("total")->band, "moderate");
  EXPECT_FALSE(s->scale("total")->prorated);
  ASSERT_EQ(s->risks.size(), 1u);
  EXPECT_EQ(s->risks[0].id, "self_harm_thoughts");
  EXPECT_EQ(s->risks[0].item, 9);
  EXPECT_TRUE(s->needs_safety_path());
}

TEST(ScoringGolden, Phq9SevereBandIsARiskEvenWithItemNineAtZero) {
  // 3 × 8 + 0 = 24 → "severe" (20–27).
  auto s = score_answers(instrument("phq-9"), answers_from({3, 3, 3, 3, 3, 3, 3, 3, 0}));
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(value_of(*s, "total"), 24);
  EXPECT_EQ(s->scale("total")->band, "severe");
  ASSERT_EQ(s->risks.size(), 1u);
  EXPECT_EQ(s->risks[0].id, "severe");
  EXPECT_EQ(s->risks[0].scale, "total");
}

TEST(ScoringGolden, Phq9NoRiskAtModeratelySevereWithItemNineAtZero) {
  // 2 × 8 + 0 = 16 → "moderately_severe", no risk signal.
  auto s = score_answers(instrument("phq-9"), answers_from({2, 2, 2, 2, 2, 2, 2, 2, 0}));
  EXPECT_EQ(s->scale("total")->band, "moderately_severe");
  EXPECT_FALSE(s->needs_safety_path());
}

TEST(ScoringGolden, Phq9DifficultyQuestionIsAcceptedButNotScored) {
  // Item 10 (difficulty, 0–3) changes nothing: 1 × 9 = 9 "mild".
  Answers a = answers_from({1, 1, 1, 1, 1, 1, 1, 1, 1, 3});
  auto s = score_answers(instrument("phq-9"), a);
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(value_of(*s, "total"), 9);
  EXPECT_EQ(s->scale("total")->band, "mild");
}

TEST(ScoringGolden, Gad7SumsAndBands) {
  // 3+3+3+3+3+0+0 = 15 → "severe" (15–21), a risk band. 1 × 7 = 7 → "mild".
  auto severe = score_answers(instrument("gad-7"), answers_from({3, 3, 3, 3, 3, 0, 0}));
  EXPECT_DOUBLE_EQ(value_of(*severe, "total"), 15);
  EXPECT_EQ(severe->scale("total")->band, "severe");
  EXPECT_TRUE(severe->needs_safety_path());
  auto mild = score_answers(instrument("gad-7"), answers_from({1, 1, 1, 1, 1, 1, 1}));
  EXPECT_DOUBLE_EQ(value_of(*mild, "total"), 7);
  EXPECT_EQ(mild->scale("total")->band, "mild");
  EXPECT_FALSE(mild->needs_safety_path());
  // 0 → "minimal", 4 → "minimal", 5 → "mild", 14 → "moderate", 21 → "severe".
  for (auto [answers, band] : std::vector<std::pair<Answers, std::string>>{
           {answers_from({0, 0, 0, 0, 0, 0, 0}), "minimal"},
           {answers_from({1, 1, 1, 1, 0, 0, 0}), "minimal"},
           {answers_from({1, 1, 1, 1, 1, 0, 0}), "mild"},
           {answers_from({2, 2, 2, 2, 2, 2, 2}), "moderate"},
           {answers_from({3, 3, 3, 3, 3, 3, 3}), "severe"}}) {
    EXPECT_EQ(score_answers(instrument("gad-7"), answers)->scale("total")->band, band);
  }
}

TEST(ScoringGolden, OutOfRangeAndUnknownItemsNameTheItem) {
  auto bad_value = score_answers(instrument("scs-sf"), {{1, 3}, {3, 6}});
  ASSERT_FALSE(bad_value.ok());
  EXPECT_TRUE(bad_value.status().Is(Status::Code::kInvalidArgument));
  EXPECT_EQ(bad_value.status().message(), "item 3: 6 is not an answer (1–5)");
  auto unknown = score_answers(instrument("scs-sf"), {{13, 3}});
  EXPECT_EQ(unknown.status().message(), "there is no item 13 (items are 1–12)");
  EXPECT_FALSE(score_answers(instrument("scs-sf"), {{0, 3}}).ok());
  EXPECT_FALSE(score_answers(instrument("phq-9"), {{10, 4}}).ok());
  EXPECT_EQ(score_answers(instrument("gad-7"), {{2, -1}}).status().message(),
            "item 2: -1 is not an answer (0–3)");
}

}  // namespace
}  // namespace refuge::instruments
