#include "web/view/utc_time.h"

#include <ctime>

namespace refuge::web {
namespace {

struct Civil {
  int64_t year;
  unsigned month, day, hour, minute, second;  // month 1..12
};

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil inverse).
Civil to_civil(int64_t t) {
  int64_t days = t / 86400;
  int64_t secs = t % 86400;
  if (secs < 0) {
    secs += 86400;
    --days;
  }
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
  const auto s = static_cast<unsigned>(secs);
  return {y, m, d, s / 3600, s / 60 % 60, s % 60};
}

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void two(std::string& out, unsigned v) {
  out += static_cast<char>('0' + v / 10);
  out += static_cast<char>('0' + v % 10);
}

void four(std::string& out, int64_t y) {
  const auto v = static_cast<unsigned>(y);
  two(out, v / 100);
  two(out, v % 100);
}

// Years outside 1000..9999 (never a real record's time; glibc does not pad them to four
// digits) go through strftime as before.
bool plain_year(const Civil& c) { return c.year >= 1000 && c.year <= 9999; }

std::string with_strftime(int64_t t, const char* format) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

void date(std::string& out, const Civil& c) {  // "24 Nov 2026"
  two(out, c.day);
  out += ' ';
  out += kMonths[c.month - 1];
  out += ' ';
  four(out, c.year);
}

}  // namespace

std::string utc_iso(int64_t t) {
  const Civil c = to_civil(t);
  if (!plain_year(c)) return with_strftime(t, "%Y-%m-%dT%H:%M:%SZ");
  std::string out;
  out.reserve(20);
  four(out, c.year);
  out += '-';
  two(out, c.month);
  out += '-';
  two(out, c.day);
  out += 'T';
  two(out, c.hour);
  out += ':';
  two(out, c.minute);
  out += ':';
  two(out, c.second);
  out += 'Z';
  return out;
}

std::string utc_friendly_time(int64_t t) {
  const Civil c = to_civil(t);
  if (!plain_year(c)) return with_strftime(t, "%d %b %Y, %H:%M UTC");
  std::string out;
  out.reserve(22);
  date(out, c);
  out += ", ";
  two(out, c.hour);
  out += ':';
  two(out, c.minute);
  out += " UTC";
  return out;
}

std::string utc_friendly_date(int64_t t) {
  const Civil c = to_civil(t);
  if (!plain_year(c)) return with_strftime(t, "%d %b %Y");
  std::string out;
  out.reserve(11);
  date(out, c);
  return out;
}

}  // namespace refuge::web
