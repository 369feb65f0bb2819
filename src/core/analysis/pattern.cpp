#include "core/analysis/pattern.h"

namespace refuge::analysis {
namespace {

Status bad(std::string_view what) { return Status::InvalidArgument(std::string(what)); }

}  // namespace

Result<Pattern> compile_pattern(std::string_view text, Lexicon& lexicon) {
  Pattern p;
  std::string norm;
  std::size_t i = 0, gaps = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    std::string_view item = text.substr(i, j - i);
    i = j;
    PatternElement e;
    if (item == "...") {
      if (++gaps > 2) return bad("a pattern may hold at most two gaps (...)");
      e.gap = true;
      p.elements.push_back(std::move(e));
      continue;
    }
    if (item.front() == '!') {
      e.negative = true;
      item.remove_prefix(1);
    }
    if (!item.empty() && item.back() == '?') {
      e.optional = true;
      item.remove_suffix(1);
    }
    if (e.negative && e.optional) return bad("'!' and '?' cannot be combined: " + std::string(text));
    if (item.empty()) return bad("an empty element in: " + std::string(text));
    std::size_t a = 0;
    while (a <= item.size()) {
      std::size_t b = item.find('|', a);
      if (b == std::string_view::npos) b = item.size();
      std::string_view alt = item.substr(a, b - a);
      a = b + 1;
      if (alt.empty()) return bad("an empty alternative in: " + std::string(item));
      if (alt.front() == '{') {
        if (alt.size() < 3 || alt.back() != '}') return bad("an unclosed {class}: " + std::string(alt));
        int c = lexicon.class_index(alt.substr(1, alt.size() - 2));
        if (c < 0) return bad("no such class in words.json: " + std::string(alt));
        e.classes.push_back(static_cast<ClassIndex>(c));
        continue;
      }
      normalise_word(alt, norm);
      if (norm != alt || norm.find_first_of("{}.") != std::string::npos) {
        return bad("a word must be lower case with straight apostrophes: " + std::string(alt));
      }
      if (const auto* r = lexicon.rewrite(norm)) {
        if (r->size() != 1) {
          // "dont" in a pattern means "do not": a lone literal expands to one element per word.
          if (item.find('|') != std::string_view::npos || e.optional || e.negative) {
            return bad("\"" + norm + "\" stands for several words; write them out: " +
                       std::string(item));
          }
          for (std::size_t k = 0; k + 1 < r->size(); ++k) {
            PatternElement w;
            w.words.push_back((*r)[k]);
            p.elements.push_back(std::move(w));
          }
          e.words.push_back(r->back());
          break;
        }
        e.words.push_back((*r)[0]);
      } else {
        e.words.push_back(lexicon.intern(norm));
      }
    }
    p.elements.push_back(std::move(e));
  }
  if (p.elements.empty()) return bad("the pattern is empty");
  if (p.elements.size() > kMaxPatternElements) return bad("a pattern holds at most 16 elements");
  const PatternElement& first = p.elements.front();
  if (first.gap || first.optional || first.negative) {
    return bad("a pattern must start with a word or {class} (not ..., ? or !)");
  }
  if (p.elements.back().gap) return bad("a pattern cannot end with a gap (...)");
  return p;
}

}  // namespace refuge::analysis
