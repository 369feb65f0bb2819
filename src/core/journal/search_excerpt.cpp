#include "core/journal/search_excerpt.h"

#include <algorithm>

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::journal {
namespace {

bool only_space(std::string_view s) { return std::all_of(s.begin(), s.end(), text::is_ascii_space); }

// `n` characters back from `at` (or to the start).
std::size_t back_characters(std::string_view s, std::size_t at, std::size_t n) {
  while (at > 0 && n > 0) {
    --at;
    if (text::starts_code_point(s[at])) --n;
  }
  return at;
}

// `n` characters on from `at` (or to the end).
std::size_t on_characters(std::string_view s, std::size_t at, std::size_t n) {
  while (at < s.size() && n > 0) {
    ++at;
    while (at < s.size() && !text::starts_code_point(s[at])) ++at;
    --n;
  }
  return at;
}

// Builds the parts, joining runs of whitespace into one space and neighbours of one kind.
class PartWriter {
 public:
  void text(std::string_view s, bool marked) {
    for (char c : s) {
      if (text::is_ascii_space(c)) {
        space_ = !parts_.empty();
        continue;
      }
      if (space_) put(" ", false);
      space_ = false;
      put(std::string_view(&c, 1), marked);
    }
  }
  std::vector<ExcerptPart> take() { return std::move(parts_); }

 private:
  void put(std::string_view s, bool marked) {
    if (parts_.empty() || parts_.back().marked != marked) parts_.push_back({"", marked});
    parts_.back().text += s;
  }
  std::vector<ExcerptPart> parts_;
  bool space_ = false;
};

}  // namespace

std::vector<ExcerptPart> search_excerpt(const SearchQuery& query, std::string_view text,
                                        ByteRange around, std::size_t max_code_points) {
  around.end = std::min(around.end, text.size());
  around.begin = std::min(around.begin, around.end);
  // Start about a third of the excerpt before the match, at the start of a word.
  std::size_t begin = back_characters(text, around.begin, max_code_points / 3);
  if (begin > 0 && !text::is_ascii_space(text[begin - 1])) {
    std::size_t space = text.substr(begin, around.begin - begin).find_first_of(" \t\n\r\f\v");
    if (space != std::string_view::npos) begin += space + 1;
    while (begin < around.begin && text::is_ascii_space(text[begin])) ++begin;
  }
  // End max_code_points characters on (never inside the match), at the end of a word when that
  // keeps at least half the excerpt (text without spaces is cut between characters).
  std::size_t end = std::max(on_characters(text, begin, max_code_points), around.end);
  if (end < text.size() && !text::is_ascii_space(text[end])) {
    std::size_t space = text.substr(around.end, end - around.end).find_last_of(" \t\n\r\f\v");
    if (space != std::string_view::npos && around.end + space >= begin + (end - begin) / 2) {
      end = around.end + space;
    }
  }
  const std::string_view window = text.substr(begin, end - begin);

  PartWriter out;
  if (!only_space(text.substr(0, begin))) out.text("…", false);
  std::size_t at = 0;
  for (const ByteRange& r : find_words(query, window)) {
    out.text(window.substr(at, r.begin - at), false);
    out.text(window.substr(r.begin, r.end - r.begin), true);
    at = r.end;
  }
  out.text(window.substr(at), false);
  std::vector<ExcerptPart> parts = out.take();
  if (!only_space(text.substr(end))) {
    if (parts.empty() || parts.back().marked) parts.push_back({"", false});
    parts.back().text += "…";
  }
  return parts;
}

}  // namespace refuge::journal
