// Journal search over any input: the first line is the query, the rest the entry's text (both
// valid UTF-8, as the web layer guarantees). Nothing crashes, and what comes back holds together:
// the first match and every found range lie inside the text on character boundaries and fold to
// a query word; the excerpt's parts are non-empty, well-formed UTF-8, alternate between marked
// and not, and each marked part holds a query word.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/journal/search.h"
#include "core/journal/search_excerpt.h"
#include "core/text/case_fold.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

namespace {

using refuge::journal::ByteRange;
using refuge::journal::SearchQuery;

bool on_boundary(std::string_view s, std::size_t i) {
  return i == s.size() || (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80);
}

bool holds_a_word(const SearchQuery& q, std::string_view part) {
  const std::string folded = refuge::text::fold_case(part);
  return std::any_of(q.words.begin(), q.words.end(),
                     [&](const std::string& w) { return folded.find(w) != std::string::npos; });
}

void check_range(const SearchQuery& q, std::string_view text, ByteRange r) {
  FUZZ_CHECK(r.begin < r.end && r.end <= text.size());
  FUZZ_CHECK(on_boundary(text, r.begin) && on_boundary(text, r.end));
  FUZZ_CHECK(holds_a_word(q, text.substr(r.begin, r.end - r.begin)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = in.find('\n');
  const std::string_view raw = in.substr(0, newline);
  const std::string_view text = newline == std::string_view::npos ? "" : in.substr(newline + 1);
  auto q = refuge::journal::parse_search_query(raw);
  if (!q.ok()) return 0;
  FUZZ_CHECK(!q->words.empty() && q->words.size() <= refuge::journal::kMaxQueryWords);
  if (!refuge::text::is_valid_utf8(text)) return 0;

  const auto m = refuge::journal::match_entry(*q, text, {});
  std::size_t last_end = 0;
  for (const ByteRange& r : refuge::journal::find_words(*q, text)) {
    check_range(*q, text, r);
    FUZZ_CHECK(r.begin > last_end || last_end == 0);  // in order, apart
    last_end = r.end;
  }
  if (!m.first) return 0;
  check_range(*q, text, *m.first);
  const auto parts = refuge::journal::search_excerpt(*q, text, *m.first, 40);
  FUZZ_CHECK(!parts.empty());
  bool any_marked = false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    FUZZ_CHECK(!parts[i].text.empty() && refuge::text::is_valid_utf8(parts[i].text));
    if (i > 0) FUZZ_CHECK(parts[i].marked != parts[i - 1].marked);
    if (parts[i].marked) FUZZ_CHECK(holds_a_word(*q, parts[i].text));
    any_marked = any_marked || parts[i].marked;
  }
  FUZZ_CHECK(any_marked);  // the first match is always shown
  return 0;
}
