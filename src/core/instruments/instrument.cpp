#include "core/instruments/instrument.h"

#include <algorithm>

namespace refuge::instruments {

const AnswerOption* Item::option(int value) const {
  for (const auto& o : options) {
    if (o.value == value) return &o;
  }
  return nullptr;
}

bool Scale::is_reversed(int item) const {
  return std::binary_search(reverse.begin(), reverse.end(), item);
}

const Band* Scale::band_for(double score) const {
  const Band* found = nullptr;
  for (const auto& b : bands) {
    if (b.from <= score) found = &b;
  }
  return found;
}

const Item* Instrument::item(int number) const {
  if (number < 1 || number > item_count()) return nullptr;
  return &items[static_cast<std::size_t>(number - 1)];
}

const Scale* Instrument::scale(std::string_view id) const {
  for (const auto& s : scales) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const char* to_string(Aggregation a) { return a == Aggregation::kSum ? "sum" : "mean"; }

const char* to_string(Direction d) {
  return d == Direction::kHigherIsBetter ? "higher_is_better" : "lower_is_better";
}

}  // namespace refuge::instruments
