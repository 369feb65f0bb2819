#include "core/practices/practice_catalog.h"

#include <algorithm>

namespace refuge::practices {

Result<PracticeCatalog> PracticeCatalog::build(std::vector<Practice> practices,
                                               std::vector<BreathingPattern> patterns,
                                               SoothingSuggestions suggestions) {
  PracticeCatalog c;
  for (auto& p : practices) {
    if (p.id == kBreathingPracticeId || c.practice(p.id)) {
      return Status::InvalidArgument("practice id \"" + p.id + "\" is used twice");
    }
    c.practices_.push_back(std::move(p));
  }
  std::sort(c.practices_.begin(), c.practices_.end(),
            [](const Practice& a, const Practice& b) { return a.title < b.title; });
  c.patterns_ = std::move(patterns);
  c.suggestions_ = std::move(suggestions);
  return c;
}

const Practice* PracticeCatalog::practice(std::string_view id) const {
  for (const auto& p : practices_) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const BreathingPattern* PracticeCatalog::pattern(std::string_view id) const {
  for (const auto& p : patterns_) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

}  // namespace refuge::practices
