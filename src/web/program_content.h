// The program as the web layer serves it: the checked modules (core) and each module's body
// rendered to HTML once at start-up (a body with raw HTML, an image or a link outside Refuge
// stops start-up with file:line). Immutable once loaded; shared by all requests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/practices/practice_catalog.h"
#include "core/program/program.h"
#include "core/status.h"

namespace refuge::web {

class ProgramContent {
 public:
  // Reads content/program/modules/ (through content_io) and renders the bodies.
  static Result<ProgramContent> load(const std::string& content_dir,
                                     const practices::PracticeCatalog& practices);
  // Renders the bodies of already parsed modules (tests use fixture modules).
  static Result<ProgramContent> from_program(program::Program program,
                                             const practices::PracticeCatalog& practices);

  const program::Program& program() const { return program_; }
  // The body HTML of a module of program().
  const std::string& body_html(const program::Module& m) const;

 private:
  program::Program program_;
  std::vector<std::string> html_;  // in program_.modules() order
};

}  // namespace refuge::web
