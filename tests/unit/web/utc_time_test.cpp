#include "web/view/utc_time.h"

#include "web/handlers/render.h"

#include <ctime>
#include <random>

#include <gtest/gtest.h>

namespace refuge::web {
namespace {

std::string reference(int64_t t, const char* format) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

void expect_same(int64_t t) {
  EXPECT_EQ(utc_iso(t), reference(t, "%Y-%m-%dT%H:%M:%SZ")) << t;
  EXPECT_EQ(utc_friendly_time(t), reference(t, "%d %b %Y, %H:%M UTC")) << t;
  EXPECT_EQ(utc_friendly_date(t), reference(t, "%d %b %Y")) << t;
}

TEST(UtcTime, KnownValues) {
  EXPECT_EQ(utc_iso(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(utc_iso(1795511647), "2026-11-24T09:14:07Z");
  EXPECT_EQ(utc_friendly_time(1795511647), "24 Nov 2026, 09:14 UTC");
  EXPECT_EQ(utc_friendly_date(1795511647), "24 Nov 2026");
}

TEST(UtcTime, MatchesStrftimeAroundEdges) {
  // Leap days, month and year ends, century rules (1900, 2000, 2100), before 1970.
  for (int64_t t : {int64_t{-86401}, int64_t{-1}, int64_t{0}, int64_t{951782399},
                    int64_t{951782400}, int64_t{951868800}, int64_t{4107542399},
                    int64_t{4107542400}, int64_t{-2208988800}, int64_t{-2203891200},
                    int64_t{253402300799}, int64_t{253402300800}, int64_t{-62167219200},
                    int64_t{-62167219201}}) {
    expect_same(t);
  }
}

TEST(UtcTime, MatchesStrftimeOnRandomTimes) {
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<int64_t> any(-4'000'000'000, 8'000'000'000);
  for (int i = 0; i < 20000; ++i) expect_same(any(rng));
  for (int64_t day = 0; day < 366 * 4; ++day) expect_same(1'700'000'000 + day * 86400 + 3599);
}

TEST(ChartDates, DayAndMonthWithTheYearOnlyWhenTheDatesSpanYears) {
  const int64_t nov3 = 1793664000, dec29 = 1798502400, jan5 = 1799107200;  // 2026, 2026, 2027
  EXPECT_EQ(chart_date_labels({nov3, dec29}), (std::vector<std::string>{"03 Nov", "29 Dec"}));
  EXPECT_EQ(chart_date_labels({dec29, jan5}),
            (std::vector<std::string>{"29 Dec 2026", "05 Jan 2027"}));
  EXPECT_EQ(chart_date_labels({}), std::vector<std::string>{});
}

}  // namespace
}  // namespace refuge::web
