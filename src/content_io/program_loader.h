// The program's modules, read from content/program/modules/*.md and checked together with the
// practice library (the Markdown bodies are rendered and checked by the web layer).
#pragma once

#include <string>

#include "core/practices/practice_catalog.h"
#include "core/program/program.h"
#include "core/status.h"

namespace refuge::content_io {

// Errors name "<file>:<line>: ..." (or the directory for a missing module).
Result<program::Program> load_program(const std::string& content_dir,
                                      const practices::PracticeCatalog& practices);

}  // namespace refuge::content_io
