#include "core/analysis/analyser.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

#include "core/analysis/context.h"
#include "core/analysis/crisis_model.h"
#include "core/analysis/lexicon.h"
#include "core/analysis/matcher.h"
#include "core/analysis/rules.h"
#include "core/analysis/tokenizer.h"

namespace refuge::analysis {
namespace {

// Findings below this confidence are not reported at all.
constexpr double kReportFloor = 0.25;

// A finding before its cue is copied: small and cheap to sort.
struct Raw {
  FindingType type;
  std::uint32_t start;
  std::uint32_t end;
  double confidence;
};

// Same-type findings that overlap become one (the union of their spans, the highest confidence);
// then the sentence's findings are ordered by position, then type. `fs` arrives in order of
// start (matches come in token order), so one pass with the last finding of each type merges,
// and only findings with the same start can be out of order afterwards: an insertion sort puts
// them right in linear time (at most one finding per type starts at any one place).
void merge(std::vector<Raw>& fs) {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t last[kFindingTypeCount];
  std::fill(std::begin(last), std::end(last), kNone);
  std::size_t out = 0;
  for (std::size_t i = 0; i < fs.size(); ++i) {
    const Raw f = fs[i];
    const auto t = static_cast<std::size_t>(f.type);
    if (last[t] != kNone && f.start < fs[last[t]].end) {
      Raw& m = fs[last[t]];
      m.end = std::max(m.end, f.end);
      m.confidence = std::max(m.confidence, f.confidence);
    } else {
      last[t] = out;
      fs[out++] = f;
    }
  }
  fs.resize(out);
  for (std::size_t i = 1; i < fs.size(); ++i) {
    const Raw v = fs[i];
    std::size_t j = i;
    for (; j > 0 && fs[j - 1].start == v.start && fs[j - 1].type > v.type; --j) fs[j] = fs[j - 1];
    fs[j] = v;
  }
}

}  // namespace

struct Analyser::Impl {
  Lexicon lexicon;
  std::vector<Rule> rules;
  std::unique_ptr<Matcher> matcher;
  // Classes with phrases that rules test with `with`/`without` and their sentence and text forms
  // (see Context::compute).
  std::vector<ClassIndex> phrase_classes;
  std::bitset<kMaxClasses> phrase_mask;
  // Asked about sentences, and runs of typed pieces, that no rule marks as crisis.
  std::optional<CrisisModel> crisis_model;
  // Reads "worthlss" as worthless (see spelling.h); none when no English word list was given.
  std::optional<Spelling> spelling;
};

Analyser::Analyser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyser::Analyser(Analyser&&) noexcept = default;
Analyser& Analyser::operator=(Analyser&&) noexcept = default;
Analyser::~Analyser() = default;

Result<Analyser> Analyser::build(const content::JsonSource& words,
                                 const std::vector<content::JsonSource>& rules,
                                 const content::JsonSource* crisis_model,
                                 const WordListSource* english_words) {
  auto lexicon = Lexicon::parse(words);
  if (!lexicon.ok()) return lexicon.status();
  auto impl = std::make_unique<Impl>();
  impl->lexicon = std::move(lexicon.value());
  if (rules.empty()) return Status::InvalidArgument("content/analysis/rules: no rule files");
  for (const content::JsonSource& file : rules) {
    Status s = load_rules(file, impl->lexicon, impl->rules);
    if (!s.ok()) return s;
  }
  if (impl->lexicon.word_count() >= (1u << 21)) {
    return Status::InvalidArgument("content/analysis: more than 2 million distinct words");
  }
  impl->lexicon.finish();
  if (english_words) {
    auto spelling = Spelling::build(*english_words, impl->lexicon);
    if (!spelling.ok()) return spelling.status();
    impl->spelling = std::move(spelling.value());
  }
  if (crisis_model) {
    auto model = CrisisModel::parse(*crisis_model);
    if (!model.ok()) return model.status();
    impl->crisis_model = std::move(model.value());
  }
  impl->matcher = std::make_unique<Matcher>(impl->lexicon, impl->rules);
  std::bitset<kMaxClasses> tested;
  for (const Rule& r : impl->rules) {
    tested |= r.without | r.without_in_sentence;
    for (const auto* needs : {&r.with, &r.with_in_sentence, &r.with_in_text}) {
      for (const auto& w : *needs) tested |= w;
    }
  }
  for (std::size_t c = 0; c < kMaxClasses; ++c) {
    const auto ci = static_cast<ClassIndex>(c);
    if (tested[c] && c < impl->lexicon.class_count() && !impl->lexicon.phrases(ci).empty()) {
      impl->phrase_classes.push_back(ci);
      impl->phrase_mask.set(c);
    }
  }
  return Analyser(std::move(impl));
}

namespace {

// Whether a sentence of `a` from `first` on has a crisis finding.
bool any_crisis(const Analysis& a, std::size_t first) {
  return std::any_of(a.sentences.begin() + first, a.sentences.end(), [](const Sentence& s) {
    return std::any_of(s.findings.begin(), s.findings.end(),
                       [](const Finding& f) { return f.type == FindingType::crisis; });
  });
}

// Asks the model about what `r` read: the sentences of `a` from `first` on. When none of them is
// marked as crisis yet and the model says crisis, each of them gets a crisis finding that spans
// it, placed first (it starts before any rule's finding).
void ask_crisis_model(const CrisisModel& model, const CrisisModel::Reading& r,
                      std::string_view text, std::size_t first, Analysis& a) {
  if (any_crisis(a, first) || model.probability(r) < model.threshold()) return;
  for (std::size_t k = first; k < a.sentences.size(); ++k) {
    Sentence& s = a.sentences[k];
    s.findings.insert(s.findings.begin(),
                      Finding{FindingType::crisis, s.start, s.end, model.confidence(),
                              std::string(text.substr(s.start, s.end - s.start))});
  }
  a.crisis = true;
}

// Feeds the model during analyse(): each run of sentences (one sentence, or the pieces
// unpunctuated typing was split into at "i") is read as one text, as the model was trained on
// whole lines, then together with the run before it in the same paragraph ("Quiet day. Decided
// that when the dog goes, I'll go too."), never across a line break. Each sentence is read once.
class ModelReader {
 public:
  ModelReader(const CrisisModel& model, std::string_view text, const std::vector<Slip>& slips,
              Analysis& a)
      : model_(model), text_(text), slips_(slips), a_(a) {}

  // After the sentence `s` was added to the analysis; `run_ends` says whether its run ends with
  // it (the next sentence, if any, is not a run-on piece).
  void add(const SentenceSpan& s, bool run_ends) {
    Buffers& b = buffers();
    const std::string_view sentence = as_read(s);
    if (!s.run_on) {
      run_first_ = a_.sentences.size() - 1;
      model_.read(sentence, b.run);
    } else {
      model_.read(sentence, b.piece);
      b.run.join(b.piece);
    }
    if (!run_ends) return;
    ask_crisis_model(model_, b.run, text_, run_first_, a_);
    if (run_first_ > 0) {  // a run before this one, in the same paragraph unless a line ends
      const std::size_t from = a_.sentences[run_first_ - 1].end;
      if (text_.substr(from, a_.sentences[run_first_].start - from).find('\n') ==
          std::string_view::npos) {
        b.pair = b.previous;
        b.pair.join(b.run);
        ask_crisis_model(model_, b.pair, text_, previous_first_, a_);
      }
    }
    std::swap(b.previous, b.run);
    previous_first_ = run_first_;
  }

 private:
  struct Buffers {  // per thread, reused across calls
    CrisisModel::Reading run, previous, piece, pair;
  };
  static Buffers& buffers() {
    thread_local Buffers b;
    return b;
  }

  // The sentence with its slips of the keyboard replaced by the words they were read as
  // ("i am suicdal" is read as "i am suicidal"); valid until the next call.
  std::string_view as_read(const SentenceSpan& s) {
    const std::string_view sentence = text_.substr(s.start, s.end - s.start);
    while (next_slip_ < slips_.size() && slips_[next_slip_].start < s.start) ++next_slip_;
    if (next_slip_ == slips_.size() || slips_[next_slip_].start >= s.end) return sentence;
    thread_local std::string read_as;
    read_as.clear();
    std::size_t at = s.start;
    for (; next_slip_ < slips_.size() && slips_[next_slip_].start < s.end; ++next_slip_) {
      const Slip& slip = slips_[next_slip_];
      read_as.append(text_.substr(at, slip.start - at));
      read_as.append(slip.form);
      at = slip.end;
    }
    read_as.append(text_.substr(at, s.end - at));
    return read_as;
  }

  const CrisisModel& model_;
  std::string_view text_;
  const std::vector<Slip>& slips_;
  std::size_t next_slip_ = 0;
  Analysis& a_;
  std::size_t run_first_ = 0;       // the first sentence of the current run
  std::size_t previous_first_ = 0;  // ... and of the run before it (when run_first_ > 0)
};

}  // namespace

Analysis Analyser::analyse(std::string_view text) const {
  // Per-thread scratch space, reused across calls (analyse() is const and thread-safe).
  thread_local Tokens tokens;
  thread_local std::vector<Match> matches;
  thread_local Context context;
  tokenize(text, impl_->lexicon, tokens, impl_->spelling ? &*impl_->spelling : nullptr);
  matches.clear();
  impl_->matcher->find(tokens, matches);
  context.compute(impl_->lexicon, tokens, impl_->phrase_classes, impl_->phrase_mask);

  Analysis a;
  a.sentences.reserve(tokens.sentences.size());
  thread_local std::vector<Raw> raw;
  std::size_t si = 0, mi = 0;
  std::optional<ModelReader> reader;
  if (impl_->crisis_model) reader.emplace(*impl_->crisis_model, text, tokens.slips, a);
  for (const SentenceSpan& s : tokens.sentences) {
    raw.clear();
    for (; mi < matches.size() && matches[mi].first < s.tokens.last; ++mi) {  // in token order
      const Match& m = matches[mi];
      const Rule& rule = impl_->rules[m.rule];
      const double factor = context.factor(rule, m, si);
      if (factor == 0) continue;
      const std::uint32_t start = tokens.tokens[m.first].start;
      const std::uint32_t end = tokens.tokens[m.last - 1].end;
      for (const RuleType& t : rule.types) {
        const double c = std::round(t.confidence * factor * 100) / 100;
        if (c >= kReportFloor) raw.push_back({t.type, start, end, c});
      }
    }
    ++si;
    Sentence& out = a.sentences.emplace_back(Sentence{s.start, s.end, {}});
    if (!raw.empty()) {
      merge(raw);
      out.findings.reserve(raw.size());
      for (const Raw& f : raw) {
        out.findings.push_back({f.type, f.start, f.end, f.confidence,
                                std::string(text.substr(f.start, f.end - f.start))});
        a.crisis = a.crisis || f.type == FindingType::crisis;
      }
    }
    if (reader) {
      reader->add(s, si == tokens.sentences.size() || !tokens.sentences[si].run_on);
    }
  }
  return a;
}

bool Analyser::has_crisis_language(std::string_view text) const { return analyse(text).crisis; }

nlohmann::json analysis_to_json(const Analysis& a) {
  auto finding = [](const Finding& f) {
    return nlohmann::json{{"type", finding_type_id(f.type)}, {"start", f.start}, {"end", f.end},
                          {"confidence", f.confidence}, {"cue", f.cue}};
  };
  nlohmann::json sentences = nlohmann::json::array();
  nlohmann::json all = nlohmann::json::array();
  for (const Sentence& s : a.sentences) {
    nlohmann::json fs = nlohmann::json::array();
    for (const Finding& f : s.findings) {
      fs.push_back(finding(f));
      all.push_back(finding(f));
    }
    sentences.push_back({{"start", s.start}, {"end", s.end}, {"findings", std::move(fs)}});
  }
  return {{"sentences", std::move(sentences)}, {"findings", std::move(all)}, {"crisis", a.crisis}};
}

}  // namespace refuge::analysis
