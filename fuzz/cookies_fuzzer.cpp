// parse_cookies / find_cookie on arbitrary Cookie headers; what parses must survive a
// format_set_cookie round trip.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "web/http/cookies.h"

using namespace refuge::web;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const auto cookies = parse_cookies(in);
  for (const auto& [name, value] : cookies) {
    FUZZ_CHECK(!name.empty());
    FUZZ_CHECK(name.find_first_of(";= \t") == std::string::npos);
    FUZZ_CHECK(value.find(';') == std::string::npos);
    FUZZ_CHECK(find_cookie(in, name).has_value());
    // A quoted value may keep spaces at its edges or hold another pair of quotes; formatting it
    // bare would not give the same value back, and Refuge never makes such values.
    const bool looks_quoted = value.size() >= 2 && value.front() == '"' && value.back() == '"';
    const bool edge_space = !value.empty() && (value.front() == ' ' || value.front() == '\t' ||
                                               value.back() == ' ' || value.back() == '\t');
    if (!looks_quoted && !edge_space) {
      const std::string header = format_set_cookie(name, value, CookieOptions{});
      FUZZ_CHECK(find_cookie(header, name) == value);
    }
  }
  (void)find_cookie(in, "t");
  return 0;
}
