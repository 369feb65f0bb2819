// The analyser built from the shipped content/analysis/ files, loaded once per test binary.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyser.h"

namespace refuge::analysis::testing {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline content::JsonSource source(const std::string& path) {
  auto s = content::JsonSource::parse(path, read_file(path));
  if (!s.ok()) ADD_FAILURE() << s.status().message();
  return std::move(s.value());
}

inline const Analyser& shipped() {
  static const Analyser* a = [] {
    const std::string dir = std::string(REFUGE_SOURCE_DIR) + "/content/analysis";
    std::vector<std::string> paths;
    for (const auto& e : std::filesystem::directory_iterator(dir + "/rules")) {
      paths.push_back(e.path().string());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<content::JsonSource> rules;
    for (const auto& p : paths) rules.push_back(source(p));
    auto built = Analyser::build(source(dir + "/words.json"), rules);
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
