#include "core/journal/search.h"

#include <algorithm>

#include "core/text/ascii.h"
#include "core/text/case_fold.h"
#include "core/text/utf8.h"

namespace refuge::journal {
namespace {

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && text::is_ascii_space(s[i])) ++i;
    std::size_t start = i;
    while (i < s.size() && !text::is_ascii_space(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

}  // namespace

Result<SearchQuery> parse_search_query(std::string_view raw) {
  if (!text::is_valid_utf8(raw)) return Status::InvalidArgument("errors.search_unreadable");
  std::string_view trimmed = text::trim(raw);
  if (trimmed.empty()) return Status::InvalidArgument("errors.search_empty");
  if (text::count_code_points(trimmed) > kMaxQueryCodePoints) {
    return Status::InvalidArgument("errors.search_too_long");
  }
  std::vector<std::string_view> typed = split_words(trimmed);
  if (typed.size() > kMaxQueryWords) return Status::InvalidArgument("errors.search_too_many_words");
  SearchQuery q;
  q.text = std::string(trimmed);
  for (std::string_view w : typed) {
    std::string folded = text::fold_case(w);
    if (std::find(q.words.begin(), q.words.end(), folded) == q.words.end()) {
      q.words.push_back(std::move(folded));
    }
  }
  return q;
}

SearchMatch match_entry(const SearchQuery& query, std::string_view text,
                        const std::vector<std::string>& tags) {
  SearchMatch m;
  if (query.words.empty()) return m;
  const text::FoldedText folded(text);
  const std::string_view hay = folded.folded();
  std::vector<std::string> folded_tags;  // folded when a word is not in the text
  std::optional<ByteRange> first;        // in folded bytes
  for (const std::string& word : query.words) {
    if (std::size_t at = hay.find(word); at != std::string_view::npos) {
      ByteRange r{at, at + word.size()};
      if (!first || r.begin < first->begin || (r.begin == first->begin && r.end > first->end)) {
        first = r;
      }
      continue;
    }
    if (folded_tags.empty()) {
      for (const auto& t : tags) folded_tags.push_back(text::fold_case(t));
    }
    bool in_tag = std::any_of(folded_tags.begin(), folded_tags.end(), [&](const std::string& t) {
      return t.find(word) != std::string::npos;
    });
    if (!in_tag) return m;
  }
  m.matched = true;
  if (first) {
    m.first = ByteRange{folded.original_offset(first->begin), folded.original_end(first->end)};
  }
  return m;
}

std::vector<ByteRange> find_words(const SearchQuery& query, std::string_view text) {
  const text::FoldedText folded(text);
  const std::string_view hay = folded.folded();
  std::vector<ByteRange> found;
  for (const std::string& word : query.words) {
    if (word.empty()) continue;
    // A folded word starts with a lead byte, so every hit is on a character boundary.
    for (std::size_t at = hay.find(word); at != std::string_view::npos;
         at = hay.find(word, at + 1)) {
      found.push_back({folded.original_offset(at), folded.original_end(at + word.size())});
    }
  }
  // Joined in the text's own offsets: two hits apart in the folded text can meet inside one
  // letter that folds to two ("ß" → "ss"), and must become one range there.
  std::sort(found.begin(), found.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  std::vector<ByteRange> joined;
  for (const ByteRange& r : found) {
    if (!joined.empty() && r.begin <= joined.back().end) {
      joined.back().end = std::max(joined.back().end, r.end);
    } else {
      joined.push_back(r);
    }
  }
  return joined;
}

}  // namespace refuge::journal
