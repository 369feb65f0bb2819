// The net under the crisis rules: a logistic model over the words and word pairs of a sentence,
// trained by scripts/train-crisis-model.mjs on text written for Refuge and kept as data in
// content/analysis/crisis_model.json. The analyser asks it only about sentences (or the pieces
// of one run of unpunctuated typing, read together), alone and with the sentence before, that no
// rule has marked as crisis; rules catch the language they know, the model some of what they
// have never seen (see content/analysis/README.md for what it was measured on).
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::analysis {

class CrisisModel {
 public:
  // Errors: InvalidArgument "<file>:<line>: <field>: what is wrong".
  static Result<CrisisModel> parse(const content::JsonSource& source);

  // The weighted features of some text: each word and each pair of neighbouring words once,
  // sorted by key. Several sentences are read together by joining their readings (the pair
  // across the gap between two sentences is not a feature).
  class Reading {
   public:
    void clear() { features_.clear(); }
    // Adds `other`'s features that this reading lacks.
    void join(const Reading& other);

   private:
    friend class CrisisModel;
    std::vector<std::pair<std::uint64_t, double>> features_;
    std::vector<std::pair<std::uint64_t, double>> scratch_;
  };

  // Reads `sentence` into `out`. Words are runs of ASCII letters and digits, lower-cased, with
  // apostrophes (' and U+2019) dropped inside them; everything else separates. Linear in the
  // length (the sort is over the sentence's own features).
  void read(std::string_view sentence, Reading& out) const;
  // 0..1: how likely what was read carries crisis language.
  double probability(const Reading& r) const;
  // read() then probability(), with per-thread scratch space.
  double probability(std::string_view sentence) const;
  // A sentence at or above it is crisis; the finding then carries confidence().
  double threshold() const { return threshold_; }
  double confidence() const { return confidence_; }
  std::size_t feature_count() const { return count_; }

  // The hash the model keys a feature by ("want" or "want die"), for tests.
  static std::uint64_t feature_hash(std::string_view feature);

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0: empty (no feature hashes to 0, see feature_hash)
    double weight = 0;
  };
  double weight(std::uint64_t key) const;
  void insert(std::uint64_t key, double weight);

  std::vector<Slot> slots_;
  int shift_ = 63;
  std::size_t count_ = 0;
  double bias_ = 0, threshold_ = 1, confidence_ = 0;
};

}  // namespace refuge::analysis
