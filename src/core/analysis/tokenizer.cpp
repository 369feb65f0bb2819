#include "core/analysis/tokenizer.h"

#include <string>

namespace refuge::analysis {
namespace {

enum class CharClass { kWord, kApostrophe, kHyphen, kStop, kClause, kSymbol, kSpace };

// Decodes the code point at text[i] (valid UTF-8) and its length.
char32_t decode(std::string_view text, std::size_t i, std::size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + i;
  if (p[0] < 0x80) {
    *len = 1;
    return p[0];
  }
  if (p[0] < 0xE0) {
    *len = 2;
    return (char32_t(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (p[0] < 0xF0) {
    *len = 3;
    return (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *len = 4;
  return (char32_t(p[0] & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) |
         (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

CharClass classify(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return CharClass::kWord;
    }
    switch (c) {
      case '\'': case '`': return CharClass::kApostrophe;
      case '-': return CharClass::kHyphen;
      case '.': case '!': case '?': case '\n': return CharClass::kStop;
      case ',': case ';': case ':': case '(': case ')': case '[': case ']': case '{': case '}':
      case '"': case '<': case '>': return CharClass::kClause;
      default: return CharClass::kSpace;
    }
  }
  if (c == 0x2018 || c == 0x2019 || c == 0x02BC) return CharClass::kApostrophe;
  if (c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB || c == 0x2013 || c == 0x2014) {
    return CharClass::kClause;
  }
  if (c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F) return CharClass::kStop;
  if (c == 0x200D || c == 0xFE0F || c == 0xFE0E || (c >= 0x2190 && c <= 0x2BFF) ||
      (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0xE0000 && c <= 0xE007F) || c == 0x00A9 ||
      c == 0x00AE || c == 0x3030 || c == 0x303D) {
    return CharClass::kSymbol;
  }
  if (c <= 0x00BF || (c >= 0x2000 && c <= 0x206F) || c == 0x3000 || c == 0xFEFF) {
    return CharClass::kSpace;
  }
  return CharClass::kWord;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const Lexicon& lex, const Spelling* spelling, Tokens& out)
      : text_(text), lex_(lex), spelling_(spelling), out_(out),
        marks_ends_(text.find_first_of(".!?") != std::string_view::npos),
        slip_checks_(kSlipChecks + text.size() / kBytesPerSlipCheck) {
    out_.tokens.clear();
    out_.slips.clear();
    out_.clauses.clear();
    out_.sentences.clear();
  }

  void run() {
    std::size_t i = 0, len = 0;
    const std::size_t n = text_.size();
    while (i < n) {
      const char32_t c = decode(text_, i, &len);
      const CharClass k = classify(c);
      if (k == CharClass::kWord) {
        i = word(i);
        continue;
      }
      if (k == CharClass::kStop) {
        stop(c, i, len);
      } else if (k == CharClass::kClause || k == CharClass::kHyphen) {
        new_clause_ = true;
      } else if (k == CharClass::kSymbol) {
        new_sentence_ = true;
      }
      i += len;
    }
    close();
  }

 private:
  void stop(char32_t c, std::size_t i, std::size_t len) {
    if (out_.sentences.empty()) return;
    SentenceSpan& s = out_.sentences.back();
    if (c == '.' && !out_.tokens.empty() && out_.tokens.back().end == i &&
        lex_.in_class(out_.tokens.back().word, lex_.context().abbreviations)) {
      return;  // "Dr. Lee"
    }
    if (c != '\n' && (!new_sentence_ || s.end == i)) s.end = i + len;  // "?!", "..." stay
    if (c == '?') s.question_mark = true;
    new_sentence_ = true;
  }

  // Scans one word from i; returns the index after it.
  std::size_t word(std::size_t i) {
    const std::size_t n = text_.size();
    std::size_t j = i, len = 0;
    while (j < n) {
      const char32_t c = decode(text_, j, &len);
      const CharClass k = classify(c);
      if (k == CharClass::kWord) {
        j += len;
        continue;
      }
      const bool joiner = k == CharClass::kApostrophe || k == CharClass::kHyphen ||
                          (c == '.' && is_digit(text_[j - 1]));
      if (!joiner || j + len >= n) break;
      std::size_t next_len = 0;
      const char32_t next = decode(text_, j + len, &next_len);
      if (classify(next) != CharClass::kWord) break;
      if (c == '.' && !is_digit(static_cast<char>(next))) break;
      j += len;
    }
    emit(i, j);
    return j;
  }

  // `s` with its apostrophes dropped ("don't" → "dont"), in alt_.
  std::string_view without_apostrophes(std::string_view s) {
    alt_.clear();
    for (char c : s) {
      if (c != '\'') alt_.push_back(c);
    }
    return alt_;
  }

  // Appends the ids `norm` stands for; false when the lexicon knows no reading of it.
  bool lookup(std::string_view norm) {
    if (const auto* r = lex_.reading(norm)) {
      ids_.insert(ids_.end(), r->begin(), r->end());
      return true;
    }
    return false;
  }

  void read_word(std::string_view norm) {
    ids_.clear();
    if (lookup(norm)) return;
    if (norm.find('\'') != std::string_view::npos) {
      if (norm.size() > 2 && norm.ends_with("'s") && lookup(norm.substr(0, norm.size() - 2))) {
        return;
      }
      if (lookup(without_apostrophes(norm))) return;
    }
    if (has_run_of_three(norm)) {  // "sooo", "stupiddd"
      for (std::size_t keep : {2u, 1u}) {
        alt_.clear();
        for (std::size_t k = 0; k < norm.size(); ++k) {
          std::size_t run = 0;
          while (run < keep && k >= run + 1 && norm[k - run - 1] == norm[k]) ++run;
          if (run < keep) alt_.push_back(norm[k]);
        }
        if (lookup(alt_)) return;
      }
    }
    if (norm.find('-') != std::string_view::npos) {  // "self-hatred" → self, hatred
      std::size_t a = 0;
      while (a <= norm.size()) {
        std::size_t b = norm.find('-', a);
        if (b == std::string_view::npos) b = norm.size();
        if (b > a && !lookup(norm.substr(a, b - a))) ids_.push_back(kUnknownWord);
        a = b + 1;
      }
      return;
    }
    if (spelling_ != nullptr) {  // "worthlss" → worthless, "sohuldn't" → should not
      std::string_view typed = norm;
      if (norm.size() > 2 && norm.ends_with("'s")) {
        typed.remove_suffix(2);  // "garndmother's" → grandmother, as "grandmother's" is read
      }
      if (typed.find('\'') != std::string_view::npos) typed = without_apostrophes(typed);
      std::string_view form;
      if (const auto* r = spelling_->correct(typed, slip_checks_, &form)) {
        ids_.insert(ids_.end(), r->begin(), r->end());
        slip_form_ = form;
        return;
      }
    }
    ids_.push_back(kUnknownWord);
  }

  // An embedding word (what, how, why ...) among the last three tokens of the sentence so far.
  bool embedded(std::uint32_t sentence_first) const {
    const std::size_t n = out_.tokens.size();
    for (std::size_t k = n; k > sentence_first && k + 3 > n; --k) {
      if (lex_.in_class(out_.tokens[k - 1].word, lex_.context().embedding_words)) return true;
    }
    return false;
  }

  static bool has_run_of_three(std::string_view s) {
    for (std::size_t k = 2; k < s.size(); ++k) {
      if (s[k] == s[k - 1] && s[k] == s[k - 2]) return true;
    }
    return false;
  }

  void emit(std::size_t i, std::size_t j) {
    normalise_word(text_.substr(i, j - i), norm_);
    slip_form_ = {};
    read_word(norm_);
    if (!slip_form_.empty()) {
      out_.slips.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), slip_form_});
    }
    const ContextClasses& cx = lex_.context();
    for (std::size_t k = 0; k < ids_.size(); ++k) {
      const WordId id = ids_[k];
      // A capital "I" in text that marks its sentence ends is inside its writer's sentence ("Nobody
      // sees the wounds I give myself."): only unpunctuated typing is split at "i".
      if (k == 0 && !new_sentence_ && !out_.sentences.empty() && lex_.in_class(id, cx.subject_i) &&
          !(marks_ends_ && text_[i] == 'I')) {
        const SentenceSpan& s = out_.sentences.back();
        const std::size_t so_far = out_.tokens.size() - s.tokens.first;
        if (so_far >= 3 && !lex_.in_class(out_.tokens.back().word, cx.clause_links) &&
            !lex_.in_class(out_.tokens[out_.tokens.size() - 2].word, cx.noun_openers) &&
            !embedded(s.tokens.first)) {
          if (subordinate_) {
            // "every time i try | i fail": the main clause, same thought. An "i" in the first
            // three words of a subordinate clause opened after a comma belongs to it
            // ("honestly, every time i try i fail").
            if (out_.tokens.size() - subordinate_first_ >= 3) subordinate_ = false;
          } else {
            new_sentence_ = true;  // "i failed again | i hate myself"
            run_on_ = true;
          }
        }
      }
      if (new_sentence_ || out_.sentences.empty()) {
        close();
        SentenceSpan s;
        s.start = i;
        s.tokens.first = static_cast<std::uint32_t>(out_.tokens.size());
        s.run_on = run_on_;
        run_on_ = false;
        out_.sentences.push_back(s);
        subordinate_ = lex_.in_class(id, cx.subordinators);
        subordinate_first_ = out_.tokens.size();
        new_sentence_ = false;
        new_clause_ = true;
      }
      if (new_clause_ || out_.clauses.empty()) {
        if (!out_.clauses.empty()) {
          out_.clauses.back().last = static_cast<std::uint32_t>(out_.tokens.size());
        }
        out_.clauses.push_back({static_cast<std::uint32_t>(out_.tokens.size()), 0});
        new_clause_ = false;
        // A clause after a comma that opens with "if", "every", "when" ... keeps its main
        // clause too: "i can never win, every time i try i fail".
        if (!subordinate_ && lex_.in_class(id, cx.subordinators)) {
          subordinate_ = true;
          subordinate_first_ = out_.tokens.size();
        }
      }
      out_.tokens.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), id,
                             static_cast<std::uint32_t>(out_.clauses.size() - 1)});
    }
    out_.sentences.back().end = j;
  }

  void close() {
    const auto n = static_cast<std::uint32_t>(out_.tokens.size());
    if (!out_.sentences.empty()) out_.sentences.back().tokens.last = n;
    if (!out_.clauses.empty()) out_.clauses.back().last = n;
  }

  // Slips checked against every English word (Spelling::correct): this many in any text, and one
  // more per kBytesPerSlipCheck bytes, so a megabyte of made-up near-words stays fast.
  static constexpr std::size_t kSlipChecks = 64;
  static constexpr std::size_t kBytesPerSlipCheck = 16384;

  std::string_view text_;
  const Lexicon& lex_;
  const Spelling* spelling_;
  Tokens& out_;
  const bool marks_ends_;  // the writer uses . ! or ? somewhere
  std::size_t slip_checks_;  // left for this text
  std::string_view slip_form_;  // what the word just read was read as, when it was a slip
  bool new_sentence_ = true;
  bool run_on_ = false;  // the sentence about to start was begun by the "i" guess
  bool subordinate_ = false;  // the sentence opened with "if", "when", "every" ...: its main clause is to come
  std::size_t subordinate_first_ = 0;  // the token that opened the subordinate clause
  bool new_clause_ = true;
  std::string norm_;
  std::string alt_;
  std::vector<WordId> ids_;
};

}  // namespace

void tokenize(std::string_view text, const Lexicon& lexicon, Tokens& out,
              const Spelling* spelling) {
  Tokenizer(text, lexicon, spelling, out).run();
}

}  // namespace refuge::analysis
