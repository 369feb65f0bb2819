// Test helpers: the real content files under content/instruments/, loaded once per test binary.
#pragma once

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "core/instruments/catalog.h"
#include "core/instruments/scoring.h"

namespace refuge::instruments::testing {

inline std::string instrument_path(const std::string& id) {
  return std::string(REFUGE_SOURCE_DIR) + "/content/instruments/" + id + ".json";
}

inline std::string instrument_text(const std::string& id) {
  std::ifstream in(instrument_path(id), std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The instrument from content/; stops the test binary if the shipped file does not load.
inline const Instrument& instrument(const std::string& id) {
  static std::map<std::string, Instrument> cache;
  auto it = cache.find(id);
  if (it != cache.end()) return it->second;
  auto loaded = load_instrument_file({instrument_path(id), instrument_text(id)});
  if (!loaded.ok()) {
    std::cerr << "cannot load " << id << ": " << loaded.status().message() << "\n";
    std::abort();
  }
  return cache.emplace(id, std::move(loaded).value()).first->second;
}

// Answers from a list of values for items 1, 2, 3, ...
inline Answers answers_from(std::initializer_list<int> values) {
  Answers a;
  int n = 1;
  for (int v : values) a[n++] = v;
  return a;
}

}  // namespace refuge::instruments::testing
