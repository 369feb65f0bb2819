#include "core/analysis/matcher.h"

#include <algorithm>

namespace refuge::analysis {
namespace {

// Phrases of a class whose first word is w (they are sorted).
auto phrases_starting(const Lexicon& lex, ClassIndex c, WordId w) {
  const auto& list = lex.phrases(c);
  auto lo = std::lower_bound(list.begin(), list.end(), w,
                             [](const std::vector<WordId>& ph, WordId x) { return ph[0] < x; });
  auto hi = lo;
  while (hi != list.end() && (*hi)[0] == w) ++hi;
  return std::make_pair(lo, hi);
}

bool phrase_at(const std::vector<WordId>& ph, const std::vector<Token>& toks, std::uint32_t pos,
               std::uint32_t end) {
  if (ph.size() > end - pos) return false;
  for (std::size_t k = 0; k < ph.size(); ++k) {
    if (toks[pos + k].word != ph[k]) return false;
  }
  return true;
}

}  // namespace

std::uint32_t class_match_length(const Lexicon& lex, ClassIndex c, const std::vector<Token>& toks,
                                 std::uint32_t pos, std::uint32_t end) {
  if (pos >= end) return 0;
  const WordId w = toks[pos].word;
  std::uint32_t best = lex.in_class(w, c) ? 1 : 0;
  auto [lo, hi] = phrases_starting(lex, c, w);
  for (auto it = lo; it != hi; ++it) {
    if (it->size() > best && phrase_at(*it, toks, pos, end)) {
      best = static_cast<std::uint32_t>(it->size());
    }
  }
  return best;
}

Matcher::Matcher(const Lexicon& lexicon, const std::vector<Rule>& rules)
    : lex_(lexicon), rules_(rules), starts_(lexicon.word_count()) {
  std::vector<WordId> firsts;
  for (std::uint32_t r = 0; r < rules.size(); ++r) {
    for (std::uint32_t k = 0; k < rules[r].patterns.size(); ++k) {
      const PatternElement& e = rules[r].patterns[k].elements.front();
      firsts.assign(e.words.begin(), e.words.end());
      for (ClassIndex c : e.classes) {
        for (WordId w = 1; w < lexicon.word_count(); ++w) {
          if (lexicon.in_class(w, c)) firsts.push_back(w);
        }
        for (const auto& ph : lexicon.phrases(c)) firsts.push_back(ph[0]);
      }
      std::sort(firsts.begin(), firsts.end());
      firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
      for (WordId w : firsts) starts_[w].push_back({r, k});
    }
  }
}

int Matcher::lengths(const PatternElement& e, const std::vector<Token>& toks, std::uint32_t pos,
                     std::uint32_t end, std::uint32_t out[8]) const {
  if (pos >= end) return 0;
  const WordId w = toks[pos].word;
  int n = 0;
  bool single = std::find(e.words.begin(), e.words.end(), w) != e.words.end();
  for (ClassIndex c : e.classes) {
    single = single || lex_.in_class(w, c);
    auto [lo, hi] = phrases_starting(lex_, c, w);
    for (auto it = lo; it != hi && n < 7; ++it) {
      if (phrase_at(*it, toks, pos, end)) out[n++] = static_cast<std::uint32_t>(it->size());
    }
  }
  if (single) out[n++] = 1;
  std::sort(out, out + n, [](std::uint32_t a, std::uint32_t b) { return a > b; });
  return static_cast<int>(std::unique(out, out + n) - out);
}

bool Matcher::step(const Pattern& p, std::size_t ei, std::uint32_t pos, std::uint32_t end,
                   const std::vector<Token>& toks, std::uint32_t* last) const {
  if (ei == p.elements.size()) {
    *last = pos;
    return true;
  }
  const PatternElement& e = p.elements[ei];
  if (e.gap) {
    const ClassIndex neg = lex_.context().negators;
    for (int k = 0; k <= kMaxGap; ++k) {
      if (k > 0) {
        const std::uint32_t t = pos + static_cast<std::uint32_t>(k) - 1;
        if (t >= end || lex_.in_class(toks[t].word, neg)) return false;
      }
      if (step(p, ei + 1, pos + static_cast<std::uint32_t>(k), end, toks, last)) return true;
    }
    return false;
  }
  std::uint32_t lens[8];
  const int n = lengths(e, toks, pos, end, lens);
  if (e.negative) return n == 0 && step(p, ei + 1, pos, end, toks, last);
  for (int k = 0; k < n; ++k) {
    if (step(p, ei + 1, pos + lens[k], end, toks, last)) return true;
  }
  return e.optional && step(p, ei + 1, pos, end, toks, last);
}

void Matcher::find(const Tokens& tokens, std::vector<Match>& out) const {
  const auto& toks = tokens.tokens;
  for (const TokenRange& clause : tokens.clauses) {
    for (std::uint32_t pos = clause.first; pos < clause.last; ++pos) {
      const WordId w = toks[pos].word;
      if (w == kUnknownWord) continue;
      std::uint32_t last_rule = UINT32_MAX;
      for (const Start& s : starts_[w]) {
        if (s.rule == last_rule) continue;  // this rule already matched here
        std::uint32_t last = 0;
        if (step(rules_[s.rule].patterns[s.pattern], 0, pos, clause.last, toks, &last)) {
          out.push_back({s.rule, pos, last});
          last_rule = s.rule;
        }
      }
    }
  }
}

}  // namespace refuge::analysis
