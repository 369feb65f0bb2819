// Finding a person's journal entries by words they wrote. Pure: the web layer opens each entry in
// the person's own request and asks match_entry, so no index of the words exists anywhere (the
// text is sealed per entry and must stay so).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace refuge::journal {

inline constexpr std::size_t kMaxQueryCodePoints = 200;
inline constexpr std::size_t kMaxQueryWords = 10;

struct SearchQuery {
  std::string text;                // trimmed, as typed: shown back in the box and the messages
  std::vector<std::string> words;  // case-folded (core/text/case_fold.h), each once, in order
};

// Splits at ASCII whitespace; quotes and other punctuation are ordinary characters ("walk" with
// its quotes looks for the quotes too). Errors are locale keys: errors.search_empty (blank),
// errors.search_too_long (over kMaxQueryCodePoints characters), errors.search_too_many_words
// (over kMaxQueryWords words, repeated ones counted), errors.search_unreadable (not UTF-8).
Result<SearchQuery> parse_search_query(std::string_view raw);

// Bytes [begin, end) of a text, on character boundaries.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const ByteRange&) const = default;
};

struct SearchMatch {
  bool matched = false;
  // The earliest place in the text where a query word occurs (the longest one when two start
  // there); none when the text has none of them (the tags matched).
  std::optional<ByteRange> first;
};

// Matches when every query word occurs in the text or in a tag, ignoring case (Unicode simple
// case folding): as a part of a word too, so "walk" finds "walked" and "sidewalk".
SearchMatch match_entry(const SearchQuery& query, std::string_view text,
                        const std::vector<std::string>& tags);

// Every place in `text` where a query word occurs, in order, overlapping and touching ones joined.
std::vector<ByteRange> find_words(const SearchQuery& query, std::string_view text);

}  // namespace refuge::journal
