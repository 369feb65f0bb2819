#include "core/practices/practice_log.h"

#include <algorithm>
#include <map>

namespace refuge::practices {
namespace {

constexpr int64_t kDay = 24 * 60 * 60;
constexpr int64_t kWeek = 7 * kDay;

bool suds_ok(const std::optional<int>& v) { return !v || (*v >= 0 && *v <= kMaxSuds); }

}  // namespace

Status validate_session(const PracticeCatalog& catalog, const PracticeSession& s) {
  if (s.practice_id == kBreathingPracticeId) {
    if (s.variant != "custom" && !catalog.pattern(s.variant)) {
      return Status::InvalidArgument("errors.variant_unknown");
    }
  } else {
    const Practice* p = catalog.practice(s.practice_id);
    if (!p) return Status::InvalidArgument("errors.practice_unknown");
    if (!p->variant(s.variant)) return Status::InvalidArgument("errors.variant_unknown");
  }
  if (s.seconds < 0 || s.seconds > kMaxPractisedSeconds) {
    return Status::InvalidArgument("errors.seconds_range");
  }
  if (!suds_ok(s.suds_before)) return Status::InvalidArgument("errors.suds_before_range");
  if (!suds_ok(s.suds_after)) return Status::InvalidArgument("errors.suds_after_range");
  return Status::Ok();
}

int64_t week_start(int64_t t) {
  // 1970-01-01 was a Thursday; shift so weeks start on Monday.
  int64_t days = (t >= 0 ? t / kDay : (t - kDay + 1) / kDay) + 3;
  int64_t monday = days - ((days % 7) + 7) % 7;
  return (monday - 3) * kDay;
}

std::vector<WeekMinutes> minutes_per_week(const std::vector<PracticeSession>& sessions,
                                          int64_t now, int weeks) {
  std::vector<WeekMinutes> out(static_cast<std::size_t>(std::max(weeks, 0)));
  int64_t last = week_start(now);
  for (int i = 0; i < weeks; ++i) out[i].week_start = last - (weeks - 1 - i) * kWeek;
  if (weeks <= 0) return out;
  int64_t first = out.front().week_start;
  for (const auto& s : sessions) {
    if (s.started_at < first || s.started_at >= last + kWeek) continue;
    out[static_cast<std::size_t>((week_start(s.started_at) - first) / kWeek)].seconds += s.seconds;
  }
  return out;
}

std::vector<PracticeUse> practice_use(const std::vector<PracticeSession>& sessions) {
  std::map<std::string, PracticeUse> by_id;
  std::map<std::string, double> change_sum;
  for (const auto& s : sessions) {
    PracticeUse& u = by_id[s.practice_id];
    u.practice_id = s.practice_id;
    u.times += 1;
    u.seconds += s.seconds;
    if (s.suds_before && s.suds_after) {
      u.rated += 1;
      change_sum[s.practice_id] += *s.suds_after - *s.suds_before;
    }
  }
  std::vector<PracticeUse> out;
  for (auto& [id, u] : by_id) {
    if (u.rated > 0) u.suds_change = change_sum[id] / u.rated;
    out.push_back(std::move(u));
  }
  std::sort(out.begin(), out.end(), [](const PracticeUse& a, const PracticeUse& b) {
    if (a.times != b.times) return a.times > b.times;
    if (a.seconds != b.seconds) return a.seconds > b.seconds;
    return a.practice_id < b.practice_id;
  });
  return out;
}

}  // namespace refuge::practices
