// Reading labelled evaluation files for `refuge analyze --eval` (the analyser's own content is
// loaded by content_io/analyser_loader.h, as the server loads it).
#pragma once

#include <string>
#include <vector>

#include "core/analysis/analyser.h"
#include "core/analysis/evaluation.h"
#include "core/status.h"

namespace refuge::cli {

// Labelled texts from a CSV with columns "thought" and "thinking_traps_addressed" (one row per
// label set; rows of the same thought are merged, labels united; trap names as in the Cognitive
// Reframing data set), or JSON Lines {"text": ..., "labels": [ids]}. `ignored` counts label
// names that are not one of the twelve traps ("negative feeling or emotion", ...).
Result<std::vector<analysis::LabelledText>> read_labelled_file(const std::string& path,
                                                               std::vector<std::string>* ignored);

}  // namespace refuge::cli
