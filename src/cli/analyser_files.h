// Reading labelled evaluation files for `refuge analyze --eval` (the analyser's own content is
// loaded by content_io/analyser_loader.h, as the server loads it).
#pragma once

#include <string>
#include <vector>

#include "core/analysis/analyser.h"
#include "core/analysis/evaluation.h"
#include "core/status.h"

namespace refuge::cli {

// Labelled texts from a CSV (or tab-separated file) with columns "thought" and
// "thinking_traps_addressed" (as the Cognitive Reframing data set has them; "text" and "labels"
// also do, in any letter case), one row per label set, rows of the same thought merged and their
// labels united; or from JSON Lines {"text": ..., "labels": [...]} ("thought" and
// "thinking_traps_addressed" also do; labels a list or one string of names), lines of the same
// text merged the same way. Labels are ids or trap names as evaluation data writes them
// (label_names.h); `ignored` receives the names that are none of the analyser's types
// ("negative feeling or emotion", ...), which count as no trap.
Result<std::vector<analysis::LabelledText>> read_labelled_file(const std::string& path,
                                                               std::vector<std::string>* ignored);

}  // namespace refuge::cli
