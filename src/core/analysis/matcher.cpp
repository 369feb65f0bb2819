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
  if (!lex.phrase_starts(w)[c]) return best;
  auto [lo, hi] = phrases_starting(lex, c, w);
  for (auto it = lo; it != hi; ++it) {
    if (it->size() > best && phrase_at(*it, toks, pos, end)) {
      best = static_cast<std::uint32_t>(it->size());
    }
  }
  return best;
}

Matcher::Matcher(const Lexicon& lexicon, std::vector<Rule>& rules)
    : lex_(lexicon), rules_(rules), starts_(lexicon.word_count()) {
  Lists pairs, triples;
  for (Rule& rule : rules) {
    for (Pattern& p : rule.patterns) {
      for (PatternElement& e : p.elements) {
        for (ClassIndex c : e.classes) {
          e.class_mask.set(c);
          e.has_phrases = e.has_phrases || !lexicon.phrases(c).empty();
        }
      }
    }
  }
  auto single_word = [&](const PatternElement& e, WordId w) {
    return (lexicon.classes_of(w) & e.class_mask).any() ||
           std::find(e.words.begin(), e.words.end(), w) != e.words.end();
  };
  // The words an element can start with.
  auto words_of = [&](const PatternElement& e, std::vector<WordId>& out) {
    out.assign(e.words.begin(), e.words.end());
    for (ClassIndex c : e.classes) {
      for (WordId w = 1; w < lexicon.word_count(); ++w) {
        if (lexicon.in_class(w, c)) out.push_back(w);
      }
      for (const auto& ph : lexicon.phrases(c)) out.push_back(ph[0]);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  };
  // The words the token after a single-word first element can be: those of the next elements
  // up to and including the first required one. False when that cannot be known (a gap, a
  // look-ahead, or a pattern that may end after its first element).
  auto next_words = [&](const std::vector<PatternElement>& els, std::size_t from,
                        std::vector<WordId>& out) {
    std::vector<WordId> some;
    out.clear();
    for (std::size_t i = from; i < els.size(); ++i) {
      if (els[i].gap || els[i].negative) return false;
      words_of(els[i], some);
      out.insert(out.end(), some.begin(), some.end());
      if (!els[i].optional) return true;
    }
    return false;
  };
  auto unique = [](std::vector<WordId>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  std::vector<WordId> firsts, seconds, thirds;
  for (std::uint32_t r = 0; r < rules.size(); ++r) {
    for (std::uint32_t k = 0; k < rules[r].patterns.size(); ++k) {
      const auto& els = rules[r].patterns[k].elements;
      Start start{&rules[r].patterns[k], r, static_cast<std::uint32_t>(required_.size()), 0};
      for (std::size_t i = 1; i < els.size(); ++i) {
        if (els[i].gap || els[i].optional || els[i].negative) continue;
        Required q;
        q.classes = els[i].class_mask;
        for (WordId w : els[i].words) q.words |= word_bit(w);
        required_.push_back(q);
      }
      start.required_last = static_cast<std::uint32_t>(required_.size());
      words_of(els[0], firsts);
      // A word that only starts phrases of the first element ("the" of "the others") is
      // indexed with each phrase's second word, so a plain "the" tries none of them.
      auto index_phrases = [&](WordId a) {
        if (!els[0].has_phrases || (lexicon.phrase_starts(a) & els[0].class_mask).none()) return;
        for (ClassIndex c : els[0].classes) {
          for (const auto& ph : lexicon.phrases(c)) {
            if (ph.size() > 1 && ph[0] == a) pairs[pair_key(a, ph[1])].push_back(start);
          }
        }
      };
      if (!next_words(els, 1, seconds)) {
        for (WordId w : firsts) {
          if (!els[0].has_phrases || single_word(els[0], w)) starts_[w].push_back(start);
          index_phrases(w);
        }
        continue;
      }
      unique(seconds);
      // Three plain one-word tests in a row ("i am {label}"): index by all three words, when
      // that stays small; "i am" alone starts about a hundred patterns.
      if (!els[0].has_phrases && !els[1].optional && !els[1].has_phrases &&
          next_words(els, 2, thirds)) {
        unique(thirds);
        if (firsts.size() * seconds.size() * thirds.size() <= 50000) {
          for (WordId a : firsts) {
            for (WordId b : seconds) {
              for (WordId c : thirds) triples[triple_key(a, b, c)].push_back(start);
            }
          }
          continue;
        }
      }
      for (WordId a : firsts) {
        if (!els[0].has_phrases || single_word(els[0], a)) {
          for (WordId b : seconds) pairs[pair_key(a, b)].push_back(start);
        }
        index_phrases(a);
      }
    }
  }
  // A pattern indexed under one key more than once (as a phrase and word by word, or by two
  // classes with the same phrase) is tried once; its entries are next to each other.
  for (auto& [key, list] : pairs) {
    list.erase(std::unique(list.begin(), list.end(),
                           [](const Start& x, const Start& y) { return x.pattern == y.pattern; }),
               list.end());
  }
  pair_starts_ = Table(pairs);
  triple_starts_ = Table(triples);
}

Matcher::Table::Table(const Lists& lists) {
  std::size_t size = 2;
  shift_ = 63;
  while (size < 2 * lists.size()) {
    size *= 2;
    --shift_;
  }
  slots_.resize(size);
  for (const auto& [key, list] : lists) {
    std::size_t i = home(key);
    while (slots_[i].key != kEmpty) i = (i + 1) & (size - 1);
    slots_[i] = {key, static_cast<std::uint32_t>(pool_.size()),
                 static_cast<std::uint32_t>(pool_.size() + list.size())};
    pool_.insert(pool_.end(), list.begin(), list.end());
  }
}

std::span<const Matcher::Start> Matcher::Table::find(std::uint64_t key) const {
  if (slots_.empty()) return {};
  for (std::size_t i = home(key);; i = (i + 1) & (slots_.size() - 1)) {
    const Slot& s = slots_[i];
    if (s.key == key) return {pool_.data() + s.first, pool_.data() + s.last};
    if (s.key == kEmpty) return {};
  }
}

int Matcher::lengths(const PatternElement& e, const std::vector<Token>& toks, std::uint32_t pos,
                     std::uint32_t end, std::uint32_t out[8]) const {
  if (pos >= end) return 0;
  const WordId w = toks[pos].word;
  const bool single = (lex_.classes_of(w) & e.class_mask).any() ||
                      std::find(e.words.begin(), e.words.end(), w) != e.words.end();
  if (!e.has_phrases || (lex_.phrase_starts(w) & e.class_mask).none()) {
    out[0] = 1;
    return single ? 1 : 0;
  }
  int n = 0;
  for (ClassIndex c : e.classes) {
    if (!lex_.phrase_starts(w)[c]) continue;
    auto [lo, hi] = phrases_starting(lex_, c, w);
    for (auto it = lo; it != hi && n < 7; ++it) {
      if (phrase_at(*it, toks, pos, end)) out[n++] = static_cast<std::uint32_t>(it->size());
    }
  }
  if (single) out[n++] = 1;
  if (n > 1) {
    std::sort(out, out + n, [](std::uint32_t a, std::uint32_t b) { return a > b; });
    n = static_cast<int>(std::unique(out, out + n) - out);
  }
  return n;
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
  // Per-thread scratch: the position at which each rule last matched (one match per rule and
  // start token), stamped with a running counter so it never needs clearing.
  thread_local std::vector<std::uint64_t> matched_at;
  thread_local std::uint64_t stamp = 0;
  if (matched_at.size() < rules_.size()) matched_at.resize(rules_.size(), 0);
  for (const TokenRange& clause : tokens.clauses) {
    // What the clause holds: every class of its words (and of phrases they start), and a
    // signature of its word ids.
    std::bitset<kMaxClasses> classes;
    std::uint64_t words = 0;
    for (std::uint32_t pos = clause.first; pos < clause.last; ++pos) {
      const WordId w = toks[pos].word;
      if (w == kUnknownWord) continue;
      classes |= lex_.classes_of(w);
      classes |= lex_.phrase_starts(w);
      words |= word_bit(w);
    }
    auto possible = [&](const Start& s) {
      for (std::uint32_t i = s.required_first; i < s.required_last; ++i) {
        const Required& q = required_[i];
        if ((q.words & words) == 0 && (q.classes & classes).none()) return false;
      }
      return true;
    };
    for (std::uint32_t pos = clause.first; pos < clause.last; ++pos) {
      const WordId w = toks[pos].word;
      if (w == kUnknownWord) continue;
      ++stamp;
      auto try_all = [&](std::span<const Start> starts) {
        for (const Start& s : starts) {
          if (matched_at[s.rule] == stamp || !possible(s)) continue;
          std::uint32_t last = 0;
          const Pattern& p = *s.pattern;
          const PatternElement& e0 = p.elements[0];
          // The index only lists this pattern under words its first element accepts, so when
          // that element has no phrase starting here it matched exactly this one word.
          const bool one_word = !e0.has_phrases || (lex_.phrase_starts(w) & e0.class_mask).none();
          if (one_word ? step(p, 1, pos + 1, clause.last, toks, &last)
                       : step(p, 0, pos, clause.last, toks, &last)) {
            out.push_back({s.rule, pos, last});
            matched_at[s.rule] = stamp;
          }
        }
      };
      try_all(starts_[w]);
      if (pos + 1 < clause.last && toks[pos + 1].word != kUnknownWord) {
        try_all(pair_starts_.find(pair_key(w, toks[pos + 1].word)));
        if (pos + 2 < clause.last && toks[pos + 2].word != kUnknownWord) {
          try_all(triple_starts_.find(triple_key(w, toks[pos + 1].word, toks[pos + 2].word)));
        }
      }
    }
  }
}

}  // namespace refuge::analysis
