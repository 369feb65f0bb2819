// The eight modules of the program, checked together against the practice library: ids unique,
// numbers 1..8 each exactly once, every practice id known. Immutable once built; shared by all
// requests. Links in the bodies are checked with allows_link when the bodies are rendered.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/program/module.h"
#include "core/status.h"

namespace refuge::program {

class Program {
 public:
  // `dir` names the modules' directory in messages about a missing module.
  // `practice_known` says whether a practice id exists.
  static Result<Program> build(std::vector<Module> modules, std::string_view dir,
                               const std::function<bool(std::string_view)>& practice_known);

  // In number order (1..8).
  const std::vector<Module>& modules() const { return modules_; }
  const Module* module(std::string_view id) const;  // nullptr when unknown
  // The module before and after `m` in number order, or nullptr.
  const Module* previous(const Module& m) const;
  const Module* next(const Module& m) const;

  // Whether a Markdown link target in a module body is allowed: only Refuge pages (a path
  // starting with '/'): /practices/<known id>, /program/<module id>, and the fixed pages listed
  // in FORMAT.md. An optional #fragment is allowed after any of them.
  bool allows_link(std::string_view url,
                   const std::function<bool(std::string_view)>& practice_known) const;

 private:
  std::vector<Module> modules_;
};

}  // namespace refuge::program
