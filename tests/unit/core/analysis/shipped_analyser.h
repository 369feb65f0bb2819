// The analyser built from the shipped content/analysis/ files, loaded once per test binary.
#pragma once

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "content_io/analyser_loader.h"
#include "content_io/files.h"
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

// The JSON objects of a JSON Lines file in tests/unit/core/analysis/ (blank lines skipped).
inline std::vector<nlohmann::json> json_lines(const std::string& file_name) {
  auto text = content_io::read_content_file(std::string(REFUGE_SOURCE_DIR) +
                                           "/tests/unit/core/analysis/" + file_name);
  EXPECT_TRUE(text.ok()) << text.status().message();
  std::vector<nlohmann::json> out;
  std::stringstream lines(text.ok() ? *text : std::string());
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

// The highest confidence of a finding of type t in text (0 when there is none).
inline double confidence_of(std::string_view text, FindingType t) {
  double best = 0;
  for (const Finding& f : shipped().analyse(text).findings()) {
    if (f.type == t) best = std::max(best, f.confidence);
  }
  return best;
}

// The text typed with a slip in every word of six or more letters: its second and third letters
// swapped ("I'm a prefect faliure" from "I'm a perfect failure"). ASCII letters make words.
inline std::string with_slips(std::string_view text) {
  std::string out(text);
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = 0; i < out.size();) {
    std::size_t j = i;
    while (j < out.size() && letter(out[j])) ++j;
    if (j - i >= 6) std::swap(out[i + 1], out[i + 2]);
    i = j == i ? i + 1 : j;
  }
  return out;
}

// Present as the evaluation counts it (confidence ≥ 0.5).
inline bool finds(std::string_view text, FindingType t) { return confidence_of(text, t) >= 0.5; }

}  // namespace refuge::analysis::testing
