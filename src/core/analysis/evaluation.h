// Measures the analyser against labelled texts: precision, recall and F1 per finding type,
// macro-F1 over the twelve thinking traps, and "any trap" precision/recall. Pure.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/analysis/analyser.h"

namespace refuge::analysis {

struct LabelledText {
  std::string text;
  std::vector<FindingType> labels;  // the expert's labels (an empty list: no trap)
};

struct TypeScore {
  int tp = 0, fp = 0, fn = 0;
  int support() const { return tp + fn; }
  double precision() const { return tp + fp == 0 ? 0 : double(tp) / (tp + fp); }
  double recall() const { return tp + fn == 0 ? 0 : double(tp) / (tp + fn); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

struct Evaluation {
  std::size_t texts = 0;
  std::array<TypeScore, kFindingTypeCount> by_type{};
  TypeScore any_trap;  // a text with any of the twelve traps, predicted and labelled
  double macro_f1() const;  // over the twelve thinking traps
};

// A type counts as predicted for a text when a finding of it reaches `threshold`.
Evaluation evaluate(const Analyser& analyser, const std::vector<LabelledText>& texts,
                    double threshold);

// The table `refuge analyze --eval` prints (Markdown, so it can go into BENCHMARKS.md).
std::string format_evaluation(const Evaluation& e, double threshold);

}  // namespace refuge::analysis
