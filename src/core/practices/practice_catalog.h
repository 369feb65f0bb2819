// Everything content/practices/ holds, checked together: the practices, the breathing patterns
// and the suggestions for the self-soothing kit. Immutable once built; shared by all requests.
#pragma once

#include <string>
#include <vector>

#include "core/practices/breathing_pattern.h"
#include "core/practices/practice.h"
#include "core/practices/soothing_kit.h"
#include "core/status.h"

namespace refuge::practices {

class PracticeCatalog {
 public:
  // Checks ids are unique (errors name the second file with the id).
  static Result<PracticeCatalog> build(std::vector<Practice> practices,
                                       std::vector<BreathingPattern> patterns,
                                       SoothingSuggestions suggestions);

  const std::vector<Practice>& practices() const { return practices_; }
  const std::vector<BreathingPattern>& patterns() const { return patterns_; }
  const SoothingSuggestions& soothing_suggestions() const { return suggestions_; }
  const Practice* practice(std::string_view id) const;
  const BreathingPattern* pattern(std::string_view id) const;

 private:
  std::vector<Practice> practices_;
  std::vector<BreathingPattern> patterns_;
  SoothingSuggestions suggestions_;
};

}  // namespace refuge::practices
