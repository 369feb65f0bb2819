// Scores a set of answers exactly per an instrument's published key: reverse-keyed items are
// flipped (lowest + highest answer − answer), each scale is the mean or sum of its items, and the
// instrument's missing-answer rule decides whether a scale can be scored. Pure and thread-safe.
#pragma once

#include <climits>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/instruments/instrument.h"
#include "core/status.h"

namespace refuge::instruments {

// Item number -> the answer's value. Unanswered items are absent.
using Answers = std::map<int, int>;

struct ScaleScore {
  std::string scale_id;
  std::optional<double> value;  // empty: "not enough answers" under the missing-answer rule
  int answered = 0;             // items of the scale that were answered
  int item_count = 0;           // items in the scale
  bool prorated = false;        // a sum scored with answers missing (mean of answered × items)
  std::string band;             // id of the band the value falls in; empty without one
};

// A reason to show the safety path at once: a risk item answered (item set) or a score in a
// risk band (scale set).
struct RiskSignal {
  std::string id;     // the risk item's id ("self_harm_thoughts") or the band's id ("severe")
  int item = 0;       // the item, for an item signal
  std::string scale;  // the scale, for a band signal
};

struct Score {
  std::string instrument_id;
  std::vector<ScaleScore> scales;  // in the instrument's scale order
  std::vector<RiskSignal> risks;
  bool needs_safety_path() const { return !risks.empty(); }
  const ScaleScore* scale(std::string_view id) const;  // nullptr when there is no such scale
};

// OK when `value` is one of item `item`'s answers; else InvalidArgument naming the item
// ("item 3: 7 is not an answer (1–5)" or "there is no item 40 (items are 1–36)").
Status check_answer(const Instrument& instrument, int item, int value);

// Checks every answer (see check_answer), then scores. The result does not refer to `answers`.
Result<Score> score_answers(const Instrument& instrument, const Answers& answers);

// The same scoring for many respondents (batch scoring): the per-scale keys are prepared once.
// Holds a reference to `instrument`, which must outlive it.
class Scorer {
 public:
  static constexpr int kNoAnswer = INT_MIN;

  explicit Scorer(const Instrument& instrument);
  const Instrument& instrument() const { return instrument_; }
  // `values[n]` is the answer to item n (index 0 is unused; size item_count() + 1), or kNoAnswer.
  // Every answer must already have passed check_answer. Reuses `out`'s storage.
  void score(std::span<const int> values, Score* out) const;

 private:
  struct KeyedItem {
    int item;
    int flip;  // 0, or lowest + highest answer for a reverse-keyed item
  };
  struct PreparedScale {
    std::vector<KeyedItem> items;
    int min_answered;  // fewest answers that can be scored
  };
  const Instrument& instrument_;
  std::vector<PreparedScale> scales_;
};

}  // namespace refuge::instruments
