// The analyser built from the shipped content/analysis/ files, loaded once per test binary.
#pragma once

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "content_io/analyser_loader.h"
#include "core/analysis/analyser.h"

namespace refuge::analysis::testing {

inline const Analyser& shipped() {
  static const Analyser* a = [] {
    auto built = content_io::load_analyser(std::string(REFUGE_SOURCE_DIR) + "/content");
    if (!built.ok()) {
      ADD_FAILURE() << built.status().message();
      std::abort();
    }
    return new Analyser(std::move(built.value()));
  }();
  return *a;
}

// The highest confidence of a finding of type t in text (0 when there is none).
inline double confidence_of(std::string_view text, FindingType t) {
  double best = 0;
  for (const Finding& f : shipped().analyse(text).findings()) {
    if (f.type == t) best = std::max(best, f.confidence);
  }
  return best;
}

// Present as the evaluation counts it (confidence ≥ 0.5).
inline bool finds(std::string_view text, FindingType t) { return confidence_of(text, t) >= 0.5; }

}  // namespace refuge::analysis::testing
