// Reading content/ from disk for the parsers in core (which do no I/O): one place, used by the
// app at start-up and by CLI commands that need the same content (refuge analyze).
#pragma once

#include <string>

#include "core/analysis/analyser.h"
#include "core/content/json_source.h"
#include "core/instruments/catalog.h"
#include "core/practices/practice_catalog.h"
#include "core/status.h"

namespace refuge::web {

// IOError "<path>: cannot be read".
Result<std::string> read_content_file(const std::string& path);
// Also InvalidArgument "<path>:<line>: ..." for a syntax error.
Result<content::JsonSource> read_content_json(const std::string& path);

// content/practices/*.json, content/breathing/patterns.json, content/soothing/suggestions.json.
Result<practices::PracticeCatalog> load_practices(const std::string& content_dir);
// content/instruments/*.json, in name order.
Result<instruments::Catalog> load_instruments(const std::string& content_dir);
// content/analysis/words.json and content/analysis/rules/*.json (in name order).
Result<analysis::Analyser> load_analyser(const std::string& content_dir);

}  // namespace refuge::web
