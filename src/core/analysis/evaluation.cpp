#include "core/analysis/evaluation.h"

#include <cstdio>

namespace refuge::analysis {

double Evaluation::macro_f1() const {
  double sum = 0;
  for (std::size_t t = 0; t < kThinkingTrapCount; ++t) sum += by_type[t].f1();
  return sum / kThinkingTrapCount;
}

Evaluation evaluate(const Analyser& analyser, const std::vector<LabelledText>& texts,
                    double threshold) {
  Evaluation e;
  e.texts = texts.size();
  for (const LabelledText& lt : texts) {
    std::array<bool, kFindingTypeCount> predicted{}, labelled{};
    for (const Finding& f : analyser.analyse(lt.text).findings()) {
      if (f.confidence >= threshold) predicted[static_cast<std::size_t>(f.type)] = true;
    }
    for (FindingType t : lt.labels) labelled[static_cast<std::size_t>(t)] = true;
    bool any_p = false, any_l = false;
    for (std::size_t t = 0; t < kFindingTypeCount; ++t) {
      TypeScore& s = e.by_type[t];
      s.tp += predicted[t] && labelled[t];
      s.fp += predicted[t] && !labelled[t];
      s.fn += !predicted[t] && labelled[t];
      if (t < kThinkingTrapCount) {
        any_p = any_p || predicted[t];
        any_l = any_l || labelled[t];
      }
    }
    e.any_trap.tp += any_p && any_l;
    e.any_trap.fp += any_p && !any_l;
    e.any_trap.fn += !any_p && any_l;
  }
  return e;
}

std::string format_evaluation(const Evaluation& e, double threshold) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "%zu texts, a type counts when a finding reaches %.2f\n\n",
                e.texts, threshold);
  out += line;
  out += "| type | precision | recall | F1 | support | predicted |\n|---|---|---|---|---|---|\n";
  for (std::size_t t = 0; t < kFindingTypeCount; ++t) {
    const TypeScore& s = e.by_type[t];
    if (t >= kThinkingTrapCount && s.support() == 0 && s.tp + s.fp == 0) continue;
    std::snprintf(line, sizeof line, "| %s | %.3f | %.3f | %.3f | %d | %d |\n",
                  std::string(finding_type_id(static_cast<FindingType>(t))).c_str(),
                  s.precision(), s.recall(), s.f1(), s.support(), s.tp + s.fp);
    out += line;
  }
  std::snprintf(line, sizeof line,
                "\nmacro-F1 (twelve thinking traps): %.3f\n"
                "any trap: precision %.3f, recall %.3f, F1 %.3f (%d texts with a trap)\n",
                e.macro_f1(), e.any_trap.precision(), e.any_trap.recall(), e.any_trap.f1(),
                e.any_trap.support());
  out += line;
  return out;
}

}  // namespace refuge::analysis
