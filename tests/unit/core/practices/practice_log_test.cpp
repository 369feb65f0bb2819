// Practice sessions: validation names the field; minutes per week, most used and SUDS change.
#include "core/practices/practice_log.h"

#include <gtest/gtest.h>

namespace refuge::practices {
namespace {

PracticeCatalog catalog() {
  auto src = content::JsonSource::parse("p.json", R"({"id": "calm", "title": "Calm",
    "purpose": "p", "component": "mindfulness", "suitable_when": ["x"], "informed_by": "y",
    "lengths": [3], "steps": [{"text": "t", "seconds": 180}]})");
  auto p = parse_practice(*src);
  auto pat = content::JsonSource::parse("b.json", R"({"patterns": [{"id": "box", "name": "Box",
    "description": "d", "phases": [{"kind": "in", "seconds": 4}, {"kind": "out", "seconds": 4}]}]})");
  auto patterns = parse_breathing_patterns(*pat);
  EXPECT_TRUE(p.ok() && patterns.ok());
  auto c = PracticeCatalog::build({*p}, *patterns, {});
  return std::move(c.value());
}

// 2026-11-23 was a Monday.
constexpr int64_t kMonday = 1795392000;  // 2026-11-23T00:00:00Z
constexpr int64_t kDay = 86400;

TEST(PracticeLog, ValidationNamesTheField) {
  PracticeCatalog c = catalog();
  PracticeSession ok{"calm", "3", kMonday, 120, false, 7, 4};
  EXPECT_TRUE(validate_session(c, ok).ok());
  auto with = [&](auto change) {
    PracticeSession s = ok;
    change(s);
    return validate_session(c, s).message();
  };
  EXPECT_EQ(with([](auto& s) { s.practice_id = "nope"; }), "errors.practice_unknown");
  EXPECT_EQ(with([](auto& s) { s.variant = "20"; }), "errors.variant_unknown");
  EXPECT_EQ(with([](auto& s) { s.seconds = -1; }), "errors.seconds_range");
  EXPECT_EQ(with([](auto& s) { s.suds_before = 11; }), "errors.suds_before_range");
  EXPECT_EQ(with([](auto& s) { s.suds_after = -1; }), "errors.suds_after_range");
  // The breathing pacer logs under "breathing" with a pattern id or "custom".
  EXPECT_TRUE(with([](auto& s) { s.practice_id = "breathing"; s.variant = "box"; }).empty());
  EXPECT_TRUE(with([](auto& s) { s.practice_id = "breathing"; s.variant = "custom"; }).empty());
  EXPECT_EQ(with([](auto& s) { s.practice_id = "breathing"; s.variant = "3"; }),
            "errors.variant_unknown");
}

TEST(PracticeLog, WeeksStartOnMondayInUtc) {
  EXPECT_EQ(week_start(kMonday), kMonday);
  EXPECT_EQ(week_start(kMonday + 6 * kDay + 86399), kMonday);
  EXPECT_EQ(week_start(kMonday - 1), kMonday - 7 * kDay);
  EXPECT_EQ(week_start(0), -3 * kDay);  // 1970-01-01 was a Thursday
}

TEST(PracticeLog, MinutesPerWeekCoverTwelveWeeksEndingThisWeek) {
  int64_t now = kMonday + 2 * kDay;  // a Wednesday
  std::vector<PracticeSession> sessions = {
      {"calm", "3", kMonday + 100, 600, true, {}, {}},              // this week
      {"calm", "3", kMonday + kDay, 300, true, {}, {}},             // this week
      {"calm", "3", kMonday - 1, 120, true, {}, {}},                // last week (Sunday)
      {"calm", "3", kMonday - 11 * 7 * kDay, 60, true, {}, {}},     // the oldest week shown
      {"calm", "3", kMonday - 12 * 7 * kDay, 999, true, {}, {}},    // too old
  };
  auto weeks = minutes_per_week(sessions, now);
  ASSERT_EQ(weeks.size(), 12u);
  EXPECT_EQ(weeks.back().week_start, kMonday);
  EXPECT_EQ(weeks.back().seconds, 900);
  EXPECT_EQ(weeks[10].seconds, 120);
  EXPECT_EQ(weeks.front().week_start, kMonday - 11 * 7 * kDay);
  EXPECT_EQ(weeks.front().seconds, 60);
  int64_t total = 0;
  for (const auto& w : weeks) total += w.seconds;
  EXPECT_EQ(total, 1080);
}

TEST(PracticeLog, MostUsedFirstWithTheMeanSudsChangeOfRatedSessions) {
  std::vector<PracticeSession> sessions = {
      {"a", "3", 0, 100, true, 8, 4},   // -4
      {"a", "3", 0, 100, true, 6, 4},   // -2
      {"a", "3", 0, 100, false, 5, {}}, // not rated (no after)
      {"b", "3", 0, 900, true, {}, {}},
  };
  auto uses = practice_use(sessions);
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_EQ(uses[0].practice_id, "a");
  EXPECT_EQ(uses[0].times, 3);
  EXPECT_EQ(uses[0].seconds, 300);
  EXPECT_EQ(uses[0].rated, 2);
  ASSERT_TRUE(uses[0].suds_change.has_value());
  EXPECT_DOUBLE_EQ(*uses[0].suds_change, -3.0);
  EXPECT_EQ(uses[1].practice_id, "b");
  EXPECT_FALSE(uses[1].suds_change.has_value());
}

}  // namespace
}  // namespace refuge::practices
