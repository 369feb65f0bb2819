// Finding type ids (part of the API) and the Analysis helpers.
#include <array>

#include "core/analysis/analyser.h"

namespace refuge::analysis {
namespace {

constexpr std::array<std::string_view, kFindingTypeCount> kIds = {
    "all_or_nothing",     "overgeneralizing",       "labeling",
    "fortune_telling",    "mind_reading",           "emotional_reasoning",
    "should_statements",  "personalizing",          "disqualifying_positive",
    "catastrophizing",    "comparing",              "blaming",
    "belief_too_much",    "belief_not_enough",      "belief_unlovable",
    "belief_must_be_perfect", "belief_abandonment", "belief_burden",
    "belief_distrust",    "self_criticism",         "crisis",
};

}  // namespace

std::string_view finding_type_id(FindingType t) { return kIds[static_cast<std::size_t>(t)]; }

std::optional<FindingType> finding_type_from_id(std::string_view id) {
  for (std::size_t i = 0; i < kIds.size(); ++i) {
    if (kIds[i] == id) return static_cast<FindingType>(i);
  }
  return std::nullopt;
}

bool is_thinking_trap(FindingType t) { return static_cast<std::size_t>(t) < kThinkingTrapCount; }

bool is_core_belief(FindingType t) {
  return t >= FindingType::belief_too_much && t <= FindingType::belief_distrust;
}

std::vector<Finding> Analysis::findings() const {
  std::vector<Finding> out;
  for (const Sentence& s : sentences) out.insert(out.end(), s.findings.begin(), s.findings.end());
  return out;
}

}  // namespace refuge::analysis
