// Times shown on pages and in the API, written without strftime (which takes the locale lock and
// is measurable on list pages that show many dates). Output matches strftime in the C locale; a
// unit test compares the two.
#pragma once

#include <cstdint>
#include <string>

namespace refuge::web {

// "2026-11-24T09:14:07Z"  (strftime "%Y-%m-%dT%H:%M:%SZ")
std::string utc_iso(int64_t unix_seconds);
// "24 Nov 2026, 09:14 UTC"  (strftime "%d %b %Y, %H:%M UTC")
std::string utc_friendly_time(int64_t unix_seconds);
// "24 Nov 2026"  (strftime "%d %b %Y")
std::string utc_friendly_date(int64_t unix_seconds);

}  // namespace refuge::web
