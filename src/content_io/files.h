// Reading content/ from disk for the parsers in core (which do no I/O). Used by the app at
// start-up, by CLI commands that need the same content, and by tests, benchmarks and fuzzers
// that load the shipped files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::content_io {

// IOError "<path>: cannot be read".
Result<std::string> read_content_file(const std::string& path);
// Also InvalidArgument "<path>:<line>: ..." for a syntax error.
Result<content::JsonSource> read_content_json(const std::string& path);
// The files ending in `extension` (".md") directly in `dir`, in name order; IOError
// "<dir>: cannot be read".
Result<std::vector<std::string>> files_in(const std::string& dir, std::string_view extension);
// The .json files directly in `dir`, in name order; IOError "<dir>: cannot be read".
Result<std::vector<std::string>> json_files_in(const std::string& dir);
// Every .json file directly in `dir`, read and parsed, in name order.
Result<std::vector<content::JsonSource>> read_content_json_files(const std::string& dir);

}  // namespace refuge::content_io
