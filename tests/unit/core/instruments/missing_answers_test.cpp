// The missing-answer rule: a scale is scored when at least 80 % of its items are answered (mean of
// the answered items); sums are then prorated and flagged; otherwise "not enough answers".
#include <gtest/gtest.h>

#include "core/instruments/scoring.h"
#include "instrument_fixtures.h"

namespace refuge::instruments {
namespace {

using testing::answers_from;
using testing::instrument;

TEST(MissingAnswers, SumIsProratedFromEightOfNine) {
  // PHQ-9 with item 5 unanswered: 0+1+2+3+1+2+3+1 = 13 over 8 items; 13/8 × 9 = 14.625,
  // flagged prorated; 14.625 is above "moderate"'s 14 but below "moderately severe"'s 15, so it
  // stays "moderate".
  Answers a = answers_from({0, 1, 2, 3, 0, 1, 2, 3, 1});
  a.erase(5);
  auto s = score_answers(instrument("phq-9"), a);
  ASSERT_TRUE(s.ok());
  const ScaleScore& t = *s->scale("total");
  ASSERT_TRUE(t.value);
  EXPECT_DOUBLE_EQ(*t.value, 14.625);
  EXPECT_TRUE(t.prorated);
  EXPECT_EQ(t.answered, 8);
  EXPECT_EQ(t.item_count, 9);
  EXPECT_EQ(t.band, "moderate");
}

TEST(MissingAnswers, SevenOfNineIsNotEnough) {
  // 7/9 = 77.8 % < 80 %.
  Answers a = answers_from({1, 1, 1, 1, 1, 1, 1, 1, 1});
  a.erase(1);
  a.erase(2);
  auto s = score_answers(instrument("phq-9"), a);
  const ScaleScore& t = *s->scale("total");
  EXPECT_FALSE(t.value);
  EXPECT_FALSE(t.prorated);
  EXPECT_EQ(t.band, "");
  EXPECT_EQ(t.answered, 7);
}

TEST(MissingAnswers, ItemNineStillSignalsWhenTheTotalCannotBeScored) {
  auto s = score_answers(instrument("phq-9"), {{9, 2}});
  EXPECT_FALSE(s->scale("total")->value);
  EXPECT_TRUE(s->needs_safety_path());
}

TEST(MissingAnswers, MeanOfAnsweredItemsWhenEnough) {
  // SCS-SF items 1..12 answered 1 2 3 4 5 1 2 3 4 5 1 2, then items 2 and 3 left out:
  // 10/12 = 83 % → total scored. Reversed values (see the golden test): 1→5 4→2 8→3 9→2 11→5
  // 12→4 = 21; direct without 2 and 3: 5+1+2+5 = 13; (21 + 13)/10 = 3.4, not prorated (a mean).
  // Self-kindness (2, 6) has 1 of 2 answers: 50 % → not enough; mindfulness (3, 7) likewise.
  Answers a = answers_from({1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2});
  a.erase(2);
  a.erase(3);
  auto s = score_answers(instrument("scs-sf"), a);
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(*s->scale("total")->value, 3.4);
  EXPECT_FALSE(s->scale("total")->prorated);
  EXPECT_EQ(s->scale("total")->answered, 10);
  EXPECT_FALSE(s->scale("self_kindness")->value);
  EXPECT_FALSE(s->scale("mindfulness")->value);
  EXPECT_DOUBLE_EQ(*s->scale("common_humanity")->value, 5.0);
}

TEST(MissingAnswers, NineOfTwelveIsNotEnough) {
  Answers a = answers_from({1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2});
  a.erase(1);
  a.erase(2);
  a.erase(3);
  EXPECT_FALSE(score_answers(instrument("scs-sf"), a)->scale("total")->value);
}

TEST(MissingAnswers, EcrRNeedsFifteenOfEighteen) {
  // 80 % of 18 is 14.4: 15 answers score, 14 do not. All answers 4 → 4.0 whatever is missing.
  Answers a;
  for (int i = 1; i <= 36; ++i) a[i] = 4;
  for (int i : {1, 2, 3}) a.erase(i);
  auto fifteen = score_answers(instrument("ecr-r"), a);
  EXPECT_DOUBLE_EQ(*fifteen->scale("anxiety")->value, 4.0);
  a.erase(4);
  auto fourteen = score_answers(instrument("ecr-r"), a);
  EXPECT_FALSE(fourteen->scale("anxiety")->value);
  EXPECT_DOUBLE_EQ(*fourteen->scale("avoidance")->value, 4.0);
}

TEST(MissingAnswers, NoAnswersScoresNothing) {
  for (const char* id : {"ecr-r", "scs", "scs-sf", "phq-9", "gad-7"}) {
    auto s = score_answers(instrument(id), {});
    ASSERT_TRUE(s.ok());
    for (const auto& sc : s->scales) EXPECT_FALSE(sc.value) << id << " " << sc.scale_id;
    EXPECT_FALSE(s->needs_safety_path());
  }
}

}  // namespace
}  // namespace refuge::instruments
