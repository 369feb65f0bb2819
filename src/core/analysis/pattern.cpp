#include "core/analysis/pattern.h"

namespace refuge::analysis {
namespace {

Status bad(std::string_view what) { return Status::InvalidArgument(std::string(what)); }

bool is_article(std::string_view w) { return w == "a" || w == "an" || w == "the"; }

// Prepositions that begin a phrase ("in pain", "on my own"). "of" and "about" are left out of
// the refusal because they also stand alone among verbs ("ready|about to", "think about|of"),
// but they are not content words either ("to" is among the words of opens_phrase below).
bool starts_phrase(std::string_view w) {
  for (std::string_view d : {"in", "on", "at", "for", "with", "by", "into"}) {
    if (w == d) return true;
  }
  return false;
}

// Words that open a phrase when they stand among content words: "fault|to blame" reads as
// fault-or-to, then blame; "i|of me", "myself|who i am" and "everything|my best" likewise.
bool opens_phrase(std::string_view w) {
  for (std::string_view d : {"to", "of", "who", "my", "your", "his", "their", "our"}) {
    if (w == d) return true;
  }
  return false;
}

bool is_preposition(std::string_view w) {
  return starts_phrase(w) || w == "to" || w == "of" || w == "about";
}

bool is_determiner(std::string_view w) {
  for (std::string_view d : {"a", "an", "the", "any", "some", "no", "every", "each", "this", "that",
                             "these", "those", "my", "your", "his", "her", "their", "our", "its",
                             "one", "another", "such", "so"}) {
    if (w == d) return true;
  }
  return false;
}

// Alternatives are one word each, so "a joke|a waste" reads as a, joke|a, waste and "worthless|a
// joke" as worthless|a, joke: patterns that silently match something else than was meant. Three
// signs of it are refused: an element whose alternatives repeat the words just before it
// ("a joke|a waste", "no reason to live|no reason to exist"); an article or a preposition among
// content words followed by a single word ("worthless|a joke", "hurt|in pain", "fault|to blame");
// a word among the alternatives of two elements in a row ("pain|to suffer|to bleed"); an
// alternative repeated by the word after it ("are all|have all"); and the same word just before
// and just after an element with alternatives ("makes me feel|made me feel"). `items` holds each
// element's literal words (empty for gaps and look-aheads), `alts` how many alternatives it has.
Status check_split_phrases(const std::vector<std::vector<std::string>>& items,
                           const std::vector<std::size_t>& alts, std::string_view text) {
  const std::string msg =
      "alternatives are one word or {class} each: a phrase among them is split at its spaces; "
      "put the phrases in a class in words.json or write a pattern per phrase: ";
  auto single = [&](std::size_t i, const std::string& w) {
    return alts[i] == 1 && items[i].size() == 1 && items[i][0] == w;
  };
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (alts[k] < 2) continue;
    for (const std::string& w : items[k]) {
      // "x A B|A C": the element before repeats an alternative, and what follows repeats what
      // came between.
      for (std::size_t j = 0; j < k; ++j) {
        if (!single(j, w)) continue;
        const std::size_t mid = k - j - 1;
        bool repeats = k + mid < items.size();
        for (std::size_t m = 0; repeats && m < mid; ++m) {
          repeats = alts[j + 1 + m] == 1 && items[j + 1 + m].size() == 1 &&
                    items[k + 1 + m] == items[j + 1 + m] && alts[k + 1 + m] == 1;
        }
        if (repeats) return bad(msg + std::string(text));
      }
    }
    bool function_word = false, article = false;
    bool content = alts[k] > items[k].size();  // a {class} is content
    for (const std::string& w : items[k]) {
      function_word = function_word || is_article(w) || starts_phrase(w) || opens_phrase(w);
      article = article || is_article(w);
      content = content || !(is_determiner(w) || is_preposition(w));
    }
    const bool single_after = k + 1 < items.size() && alts[k + 1] == 1 && items[k + 1].size() == 1;
    if (function_word && content && single_after) return bad(msg + std::string(text));
    // An article among content words followed by literal words starts a phrase ("luck|a
    // fluke|pity"); before a gap or a class, or at the end ("would be nice|a"), it is fine.
    const bool words_after = k + 1 < items.size() && !items[k + 1].empty() &&
                             alts[k + 1] == items[k + 1].size();
    if (article && content && words_after) return bad(msg + std::string(text));
    if (single_after) {
      const std::string& after = items[k + 1][0];
      for (const std::string& w : items[k]) {
        if (w == after) return bad(msg + std::string(text));
      }
      if (k > 0 && single(k - 1, after)) return bad(msg + std::string(text));
    }
    if (k > 0 && alts[k - 1] >= 2) {
      for (const std::string& w : items[k]) {
        for (const std::string& before : items[k - 1]) {
          if (w == before) return bad(msg + std::string(text));
        }
      }
    }
  }
  return Status::Ok();
}

}  // namespace

std::vector<std::string_view> split_alternatives(std::string_view item) {
  std::vector<std::string_view> alts;
  std::size_t a = 0;
  while (a <= item.size()) {
    std::size_t b = item.find('|', a);
    if (b == std::string_view::npos) b = item.size();
    alts.push_back(item.substr(a, b - a));
    a = b + 1;
  }
  return alts;
}

Result<Pattern> compile_pattern(std::string_view text, Lexicon& lexicon) {
  Pattern p;
  std::string norm;
  std::vector<std::vector<std::string>> items;  // literal words of each written element
  std::vector<std::size_t> alts;                // its number of alternatives (0: gap, look-ahead)
  std::size_t i = 0, gaps = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    std::string_view item = text.substr(i, j - i);
    i = j;
    PatternElement e;
    items.emplace_back();
    alts.push_back(0);
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
    for (std::string_view alt : split_alternatives(item)) {
      if (alt.empty()) return bad("an empty alternative in: " + std::string(item));
      if (!e.negative) {
        ++alts.back();
        if (alt.front() != '{') items.back().emplace_back(alt);
      }
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
  if (Status st = check_split_phrases(items, alts, text); !st.ok()) return st;
  if (p.elements.size() > kMaxPatternElements) return bad("a pattern holds at most 16 elements");
  const PatternElement& first = p.elements.front();
  if (first.gap || first.optional || first.negative) {
    return bad("a pattern must start with a word or {class} (not ..., ? or !)");
  }
  if (p.elements.back().gap) return bad("a pattern cannot end with a gap (...)");
  return p;
}

}  // namespace refuge::analysis
