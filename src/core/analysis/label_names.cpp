#include "core/analysis/label_names.h"

#include <string>
#include <utility>

namespace refuge::analysis {
namespace {

// Lower case, '-' and '_' as spaces, runs of spaces as one, quotes and brackets at either end
// dropped: "  'All-or-Nothing  Thinking' " -> "all or nothing thinking".
std::string normalise(std::string_view label) {
  std::string out;
  for (char c : label) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-' || c == '_' || c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  const auto edge = [](char c) {
    return c == ' ' || c == '\'' || c == '"' || c == '[' || c == ']' || c == '.';
  };
  while (!out.empty() && edge(out.back())) out.pop_back();
  std::size_t a = 0;
  while (a < out.size() && edge(out[a])) ++a;
  return out.substr(a);
}

// Names of the twelve traps that are not their ids written with spaces (those are read below).
// Burns's names, the data set's, and British spellings. Names that cover more than one trap
// ("jumping to conclusions", "magnification and minimization", "mental filter") are left out
// on purpose: they stay unknown rather than being guessed.
constexpr std::pair<std::string_view, FindingType> kNames[] = {
    {"all or nothing thinking", FindingType::all_or_nothing},
    {"black and white thinking", FindingType::all_or_nothing},
    {"overgeneralization", FindingType::overgeneralizing},
    {"overgeneralisation", FindingType::overgeneralizing},
    {"overgeneralising", FindingType::overgeneralizing},
    {"over generalizing", FindingType::overgeneralizing},
    {"over generalising", FindingType::overgeneralizing},
    {"labelling", FindingType::labeling},
    {"should statement", FindingType::should_statements},
    {"personalization", FindingType::personalizing},
    {"personalisation", FindingType::personalizing},
    {"personalising", FindingType::personalizing},
    {"disqualifying the positive", FindingType::disqualifying_positive},
    {"discounting the positive", FindingType::disqualifying_positive},
    {"catastrophising", FindingType::catastrophizing},
    {"comparing and despairing", FindingType::comparing},
    {"comparison", FindingType::comparing},
    {"blame", FindingType::blaming},
};

}  // namespace

std::optional<FindingType> finding_type_from_label(std::string_view label) {
  const std::string n = normalise(label);
  for (const auto& [name, type] : kNames) {
    if (n == name) return type;
  }
  // An id, written with spaces or underscores ("emotional reasoning", "belief_too_much").
  std::string id = n;
  for (char& c : id) {
    if (c == ' ') c = '_';
  }
  return finding_type_from_id(id);
}

}  // namespace refuge::analysis
