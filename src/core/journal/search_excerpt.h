// What a search result shows of an entry: the text around the first match, with every query word
// in it marked. The parts are plain text; the page escapes each one and wraps the marked ones in
// <mark>, so no HTML is ever built from what the person wrote.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/journal/search.h"

namespace refuge::journal {

struct ExcerptPart {
  std::string text;
  bool marked = false;
  bool operator==(const ExcerptPart&) const = default;
};

// About max_code_points characters of `text` (valid UTF-8) around `around` (SearchMatch::first),
// starting at a word a little before it; whitespace runs become one space, and "…" stands where
// text was left out at either end. Adjacent parts differ in `marked`.
std::vector<ExcerptPart> search_excerpt(const SearchQuery& query, std::string_view text,
                                        ByteRange around, std::size_t max_code_points);

}  // namespace refuge::journal
