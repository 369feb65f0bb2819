// Reading the analyser's content (content/analysis/) and labelled evaluation files for
// `refuge analyze`. The web layer loads the same files the same way (load_analyser).
#pragma once

#include <string>
#include <vector>

#include "core/analysis/analyser.h"
#include "core/analysis/evaluation.h"
#include "core/status.h"

namespace refuge::cli {

// words.json and every rules/*.json (sorted by file name) under `analysis_dir`.
Result<analysis::Analyser> load_analyser(const std::string& analysis_dir);

// Labelled texts from a CSV with columns "thought" and "thinking_traps_addressed" (one row per
// label set; rows of the same thought are merged, labels united; trap names as in the Cognitive
// Reframing data set), or JSON Lines {"text": ..., "labels": [ids]}. `ignored` counts label
// names that are not one of the twelve traps ("negative feeling or emotion", ...).
Result<std::vector<analysis::LabelledText>> read_labelled_file(const std::string& path,
                                                               std::vector<std::string>* ignored);

}  // namespace refuge::cli
