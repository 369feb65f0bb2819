// Reading the trap labels of evaluation data, which name traps in many ways: the analyser's ids
// ("all_or_nothing"), the Cognitive Reframing data set's names ("all-or-nothing thinking",
// "comparing and despairing") and the names common in CBT texts ("overgeneralization",
// "labelling", "black-and-white thinking"). Pure.
#pragma once

#include <optional>
#include <string_view>

#include "core/analysis/analyser.h"

namespace refuge::analysis {

// The finding type a label names. Letter case, hyphens, underscores, surrounding quotes and
// spacing do not matter. nullopt for a label that names none of the analyser's types (such
// as the data set's "negative feeling or emotion", which is not a trap).
std::optional<FindingType> finding_type_from_label(std::string_view label);

}  // namespace refuge::analysis
