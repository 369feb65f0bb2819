#include "core/analysis/context.h"

#include <algorithm>

namespace refuge::analysis {

void Context::compute(const Lexicon& lex, const Tokens& tokens,
                      const std::vector<ClassIndex>& phrase_classes,
                      const std::bitset<kMaxClasses>& phrase_mask) {
  tokens_ = &tokens;
  const auto& toks = tokens.tokens;
  const ContextClasses& cx = lex.context();
  const std::size_t n = toks.size();
  last_negator_.assign(n, kNone);
  last_hedge_.assign(n, kNone);
  last_report_.assign(n, kNone);
  question_.assign(tokens.sentences.size(), 0);
  past_.assign(tokens.sentences.size(), 0);
  clause_classes_.assign(tokens.clauses.size(), {});
  for (std::uint32_t k = 0; k < n; ++k) {
    const Token& t = toks[k];
    auto& present = clause_classes_[t.clause];
    present |= lex.classes_of(t.word);
    // Multi-word members ("give up", "waste of") count too, when the whole phrase is in the clause.
    if ((lex.phrase_starts(t.word) & phrase_mask & ~present).any()) {
      const std::uint32_t end = tokens.clauses[t.clause].last;
      for (ClassIndex c : phrase_classes) {
        if (!present[c] && lex.phrase_starts(t.word)[c] &&
            class_match_length(lex, c, toks, k, end) > 1) {
          present.set(c);
        }
      }
    }
  }
  text_classes_.reset();
  for (const auto& c : clause_classes_) text_classes_ |= c;
  sentence_classes_.assign(tokens.sentences.size(), {});
  for (std::size_t si = 0; si < tokens.sentences.size(); ++si) {
    const SentenceSpan& s = tokens.sentences[si];
    const std::uint32_t a = s.tokens.first, b = s.tokens.last;
    if (a == b) continue;
    for (std::uint32_t c = toks[a].clause; c <= toks[b - 1].clause; ++c) {
      sentence_classes_[si] |= clause_classes_[c];
    }
    const WordId w0 = toks[a].word;
    question_[si] = s.question_mark || lex.in_class(w0, cx.question_words) ||
                    (lex.in_class(w0, cx.question_aux) && b - a > 1 &&
                     lex.in_class(toks[a + 1].word, cx.pronouns));
    std::int32_t hedge = kNone, report = kNone, negator = kNone;
    std::uint32_t clause = toks[a].clause;
    for (std::uint32_t k = a; k < b; ++k) {
      const WordId w = toks[k].word;
      if (toks[k].clause != clause) {
        clause = toks[k].clause;
        negator = kNone;
      }
      if (lex.in_class(w, cx.negation_ends)) negator = kNone;
      if (lex.in_class(w, cx.negators)) negator = static_cast<std::int32_t>(k);
      if (class_match_length(lex, cx.hedges, toks, k, b) > 0 &&
          !(k > a && lex.in_class(toks[k - 1].word, cx.hedge_blockers))) {
        hedge = static_cast<std::int32_t>(k);
      }
      if (class_match_length(lex, cx.past_markers, toks, k, b) > 0) {
        bool compared = false;  // "like she used to": a comparison with the past, not the past
        for (std::uint32_t j = k > a + 2 ? k - 2 : a; j < k; ++j) {
          compared = compared || lex.in_class(toks[j].word, cx.past_blockers);
        }
        if (!compared) past_[si] = 1;
      }
      if (lex.in_class(w, cx.report_ends)) report = kNone;
      if (lex.in_class(w, cx.report_verbs)) {
        // "I told myself I'm useless" is the person's own voice, and so are "she'll probably say
        // no" (a forecast) and "something tells me" (an inner sense); "she told me I'm useless"
        // is someone else's words.
        bool own = false;
        for (std::uint32_t j = k > a + 2 ? k - 2 : a; j < k; ++j) {
          own = own || lex.in_class(toks[j].word, cx.subject_i) ||
                lex.in_class(toks[j].word, cx.own_voice);
        }
        if (!own) report = static_cast<std::int32_t>(k);
      }
      last_negator_[k] = negator;
      last_hedge_[k] = hedge;
      last_report_[k] = report;
    }
  }
}

double Context::factor(const Rule& rule, const Match& m, std::size_t sentence) const {
  const auto& toks = tokens_->tokens;
  const SentenceSpan& s = tokens_->sentences[sentence];
  double c = 1;
  // `present` holds a word of each needed class set, and none of `unwanted`.
  const auto holds = [](const std::bitset<kMaxClasses>& present,
                        const std::vector<std::bitset<kMaxClasses>>& needs,
                        const std::bitset<kMaxClasses>& unwanted) {
    if ((present & unwanted).any()) return false;
    for (const auto& need : needs) {
      if ((present & need).none()) return false;
    }
    return true;
  };
  if (!holds(clause_classes_[toks[m.first].clause], rule.with, rule.without) ||
      !holds(sentence_classes_[sentence], rule.with_in_sentence, rule.without_in_sentence) ||
      !holds(text_classes_, rule.with_in_text, {})) {
    return 0;
  }
  if (m.first > s.tokens.first && rule.negation != NegationMode::kIgnore) {
    const std::int32_t neg = last_negator_[m.first - 1];
    const std::uint32_t clause_first = tokens_->clauses[toks[m.first].clause].first;
    const std::uint32_t reach = m.first > kNegationReach ? m.first - kNegationReach : 0;
    if (neg != kNone && static_cast<std::uint32_t>(neg) >= std::max(clause_first, reach)) {
      if (rule.negation == NegationMode::kSuppress) return 0;
      c *= kNegationLowered;
    }
  }
  if (question_[sentence]) c *= rule.question;
  if (last_hedge_[m.last - 1] != kNone) c *= rule.hedge;
  if (m.first > s.tokens.first && last_report_[m.first - 1] != kNone) c *= rule.reported;
  if (past_[sentence]) c *= rule.past;
  return c;
}

}  // namespace refuge::analysis
