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

// Writers into a fixed buffer; each returns the position after what it wrote.
char* two(char* p, unsigned v) {
  p[0] = static_cast<char>('0' + v / 10);
  p[1] = static_cast<char>('0' + v % 10);
  return p + 2;
}

char* four(char* p, int64_t y) {
  const auto v = static_cast<unsigned>(y);
  return two(two(p, v / 100), v % 100);
}

char* text(char* p, const char* s) {
  while (*s) *p++ = *s++;
  return p;
}

char* date(char* p, const Civil& c) {  // "24 Nov 2026"
  p = two(p, c.day);
  *p++ = ' ';
  p = text(p, kMonths[c.month - 1]);
  *p++ = ' ';
  return four(p, c.year);
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

}  // namespace

std::string utc_iso(int64_t t) {
  const Civil c = to_civil(t);
  if (!plain_year(c)) return with_strftime(t, "%Y-%m-%dT%H:%M:%SZ");
  char buf[32];
  char* p = four(buf, c.year);
  *p++ = '-';
  p = two(p, c.month);
  *p++ = '-';
  p = two(p, c.day);
  *p++ = 'T';
  p = two(p, c.hour);
  *p++ = ':';
  p = two(p, c.minute);
  *p++ = ':';
  p = two(p, c.second);
  *p++ = 'Z';
  return std::string(buf, p);
}

std::string utc_friendly_time(int64_t t) {
  const Civil c = to_civil(t);
  if (!plain_year(c)) return with_strftime(t, "%d %b %Y, %H:%M UTC");
  char buf[32];
  char* p = text(date(buf, c), ", ");
  p = two(p, c.hour);
  *p++ = ':';
  p = two(p, c.minute);
  p = text(p, " UTC");
  return std::string(buf, p);
}

std::string utc_friendly_date(int64_t t) {
  const Civil c = to_civil(t);
  if (!plain_year(c)) return with_strftime(t, "%d %b %Y");
  char buf[32];
  return std::string(buf, date(buf, c));
}

}  // namespace refuge::web
