// The inner-critic analyser built from content/analysis/ (words.json, rules/*.json, the crisis
// model and the English word list).
#pragma once

#include <string>

#include "core/analysis/analyser.h"
#include "core/status.h"

namespace refuge::content_io {

// content_dir/analysis/words.json, content_dir/analysis/rules/*.json (in name order),
// content_dir/analysis/crisis_model.json and content_dir/analysis/english_words.txt; a mistake in
// them is an error naming file:line.
Result<analysis::Analyser> load_analyser(const std::string& content_dir);

}  // namespace refuge::content_io
