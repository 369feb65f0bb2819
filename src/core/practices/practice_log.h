// One time a person practised, and what the progress page makes of many of them: minutes per
// week, the practices used most and how distress (SUDS 0–10) changed. Deliberately no streaks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/practices/practice_catalog.h"
#include "core/status.h"

namespace refuge::practices {

inline constexpr int kMaxSuds = 10;
inline constexpr int64_t kMaxPractisedSeconds = 4 * 60 * 60;

struct PracticeSession {
  std::string practice_id;  // a practice in the catalog, or "breathing" for the pacer
  std::string variant;      // the variant id ("3", "10-open"), or the breathing pattern id
  int64_t started_at = 0;   // Unix seconds
  int64_t seconds = 0;      // actually practised
  bool completed = false;   // false: stopped early (still worth logging)
  std::optional<int> suds_before, suds_after;
};


// Checks the practice and variant exist and the numbers are in range. Errors are locale keys
// naming the field: errors.practice_unknown, errors.variant_unknown, errors.seconds_range,
// errors.suds_before_range, errors.suds_after_range.
Status validate_session(const PracticeCatalog& catalog, const PracticeSession& s);

struct WeekMinutes {
  int64_t week_start = 0;  // Monday 00:00 UTC
  int64_t seconds = 0;
};
// The last `weeks` weeks (oldest first, this week last) with the time practised in each.
std::vector<WeekMinutes> minutes_per_week(const std::vector<PracticeSession>& sessions,
                                          int64_t now, int weeks = 12);

struct PracticeUse {
  std::string practice_id;
  int times = 0;
  int64_t seconds = 0;
  int rated = 0;                    // sessions with both SUDS ratings
  std::optional<double> suds_change;  // mean (after − before) over rated sessions
};
// Per practice, most used first (by times, then seconds, then id).
std::vector<PracticeUse> practice_use(const std::vector<PracticeSession>& sessions);

// Monday 00:00 UTC of the week holding t.
int64_t week_start(int64_t t);

}  // namespace refuge::practices
