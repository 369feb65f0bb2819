#include "core/instruments/scoring.h"

#include <cmath>

namespace refuge::instruments {

const ScaleScore* Score::scale(std::string_view id) const {
  for (const auto& s : scales) {
    if (s.scale_id == id) return &s;
  }
  return nullptr;
}

Status check_answer(const Instrument& instrument, int item, int value) {
  const Item* it = instrument.item(item);
  if (it == nullptr) {
    return Status::InvalidArgument("there is no item " + std::to_string(item) + " (items are 1–" +
                                   std::to_string(instrument.item_count()) + ")");
  }
  if (it->option(value) == nullptr) {
    return Status::InvalidArgument("item " + std::to_string(item) + ": " + std::to_string(value) +
                                   " is not an answer (" + std::to_string(it->min_value()) + "–" +
                                   std::to_string(it->max_value()) + ")");
  }
  return Status::Ok();
}

Result<Score> score_answers(const Instrument& instrument, const Answers& answers) {
  std::vector<int> values(static_cast<std::size_t>(instrument.item_count()) + 1, Scorer::kNoAnswer);
  for (const auto& [item, value] : answers) {
    Status s = check_answer(instrument, item, value);
    if (!s.ok()) return s;
    values[static_cast<std::size_t>(item)] = value;
  }
  Score score;
  Scorer(instrument).score(values, &score);
  return score;
}

Scorer::Scorer(const Instrument& instrument) : instrument_(instrument) {
  for (const Scale& s : instrument.scales) {
    PreparedScale p;
    for (int n : s.items) {
      const Item& it = *instrument.item(n);
      p.items.push_back({n, s.is_reversed(n) ? it.min_value() + it.max_value() : 0});
    }
    // 80 % of 18 items is 14.4, so 15 answers are needed; the epsilon keeps 80 % of 5 at 4.
    double need = instrument.min_answered_fraction * static_cast<double>(s.items.size());
    p.min_answered = static_cast<int>(std::ceil(need - 1e-9));
    scales_.push_back(std::move(p));
  }
}

void Scorer::score(std::span<const int> values, Score* out) const {
  out->instrument_id = instrument_.id;
  out->scales.resize(scales_.size());
  out->risks.clear();
  for (std::size_t i = 0; i < scales_.size(); ++i) {
    const Scale& scale = instrument_.scales[i];
    const PreparedScale& prepared = scales_[i];
    ScaleScore& result = out->scales[i];
    result.scale_id = scale.id;
    result.item_count = static_cast<int>(prepared.items.size());
    int sum = 0, answered = 0;
    for (const KeyedItem& k : prepared.items) {
      int v = values[static_cast<std::size_t>(k.item)];
      if (v == kNoAnswer) continue;
      sum += k.flip == 0 ? v : k.flip - v;
      ++answered;
    }
    result.answered = answered;
    result.prorated = false;
    result.band.clear();
    if (answered == 0 || answered < prepared.min_answered) {
      result.value.reset();
      continue;
    }
    double mean = static_cast<double>(sum) / answered;
    if (scale.aggregation == Aggregation::kMean) {
      result.value = mean;
    } else if (answered == result.item_count) {
      result.value = sum;
    } else {
      result.value = mean * result.item_count;
      result.prorated = true;
    }
    if (const Band* band = scale.band_for(*result.value)) {
      result.band = band->id;
      if (band->risk) out->risks.push_back({band->id, 0, scale.id});
    }
  }
  for (const RiskItem& r : instrument_.risk_items) {
    int v = values[static_cast<std::size_t>(r.item)];
    if (v != kNoAnswer && v >= r.at_or_above) out->risks.push_back({r.id, r.item, ""});
  }
}

}  // namespace refuge::instruments
