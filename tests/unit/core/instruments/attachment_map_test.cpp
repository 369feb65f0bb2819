#include "core/instruments/attachment_map.h"

#include <gtest/gtest.h>

#include "instrument_fixtures.h"

namespace refuge::instruments {
namespace {

using testing::instrument;

std::string region_at(double anxiety, double avoidance) {
  auto p = place_on_map(instrument("ecr-r"), anxiety, avoidance);
  EXPECT_TRUE(p.ok()) << p.status().message();
  return p.ok() && p->region ? p->region->id : "";
}

TEST(AttachmentMap, FourRegionsSplitAtTheMidpoint) {
  EXPECT_EQ(region_at(2, 2), "secure");
  EXPECT_EQ(region_at(5.5, 2), "anxious");
  EXPECT_EQ(region_at(2, 5.5), "avoidant");
  EXPECT_EQ(region_at(6, 6), "fearful");
}

TEST(AttachmentMap, ExactlyTheCutOffCountsAsLow) {
  EXPECT_EQ(region_at(4, 4), "secure");
  EXPECT_EQ(region_at(4.0001, 4), "anxious");
  EXPECT_EQ(region_at(4, 4.0001), "avoidant");
}

TEST(AttachmentMap, ThePositionIsKeptBesideTheRegion) {
  auto p = place_on_map(instrument("ecr-r"), 3.5, 5.25);
  ASSERT_TRUE(p.ok());
  EXPECT_DOUBLE_EQ(p->anxiety, 3.5);
  EXPECT_DOUBLE_EQ(p->avoidance, 5.25);
  EXPECT_DOUBLE_EQ(p->anxiety_from_cut_off, -0.5);
  EXPECT_DOUBLE_EQ(p->avoidance_from_cut_off, 1.25);
  EXPECT_EQ(p->cut_off, 4);
  EXPECT_FALSE(p->region->description.empty());
}

TEST(AttachmentMap, FromAScoredAdministration) {
  // All answers 7: anxiety 114/18 = 6.33 (high), avoidance 3.0 (low) → anxious (see the golden
  // test for the arithmetic).
  Answers a;
  for (int i = 1; i <= 36; ++i) a[i] = 7;
  auto p = place_on_map(instrument("ecr-r"), *score_answers(instrument("ecr-r"), a));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->region->id, "anxious");
}

TEST(AttachmentMap, RefusesMissingScoresOtherInstrumentsAndOutOfBounds) {
  Answers few = {{1, 4}, {2, 4}};
  auto p = place_on_map(instrument("ecr-r"), *score_answers(instrument("ecr-r"), few));
  EXPECT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("not enough answers"), std::string::npos);
  EXPECT_FALSE(place_on_map(instrument("scs-sf"), 3, 3).ok());
  EXPECT_FALSE(place_on_map(instrument("ecr-r"), 0.5, 3).ok());
  EXPECT_FALSE(place_on_map(instrument("ecr-r"), 3, 7.5).ok());
}

}  // namespace
}  // namespace refuge::instruments
