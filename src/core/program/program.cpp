#include "core/program/program.h"

#include <algorithm>

namespace refuge::program {
namespace {

// The Refuge pages a module may link to besides /practices/<id> and /program/<id> (FORMAT.md).
constexpr std::string_view kLinkablePages[] = {"/assessments", "/thoughts",   "/journal",
                                               "/safety-plan", "/kit",        "/support",
                                               "/attachment-story", "/program"};

Status error_at(const Module& m, int line, const std::string& message) {
  return Status::InvalidArgument(m.file + ":" + std::to_string(line) + ": " + message);
}

}  // namespace

Result<Program> Program::build(std::vector<Module> modules, std::string_view dir,
                               const std::function<bool(std::string_view)>& practice_known) {
  std::sort(modules.begin(), modules.end(),
            [](const Module& a, const Module& b) { return a.number < b.number; });
  for (std::size_t i = 0; i < modules.size(); ++i) {
    const Module& m = modules[i];
    for (std::size_t j = 0; j < i; ++j) {
      if (modules[j].number == m.number) {
        return error_at(m, m.number_line, "number " + std::to_string(m.number) + " is also used by " +
                                  modules[j].file);
      }
      if (modules[j].id == m.id) {
        return error_at(m, m.id_line, "id '" + m.id + "' is also used by " + modules[j].file);
      }
    }
    for (std::size_t k = 0; k < m.practices.size(); ++k) {
      if (!practice_known(m.practices[k])) {
        return error_at(m, m.practice_lines[k],
                        "practice '" + m.practices[k] + "' is not in content/practices/");
      }
    }
  }
  for (int n = 1; n <= kModuleCount; ++n) {
    bool found = std::any_of(modules.begin(), modules.end(),
                             [n](const Module& m) { return m.number == n; });
    if (!found) {
      return Status::InvalidArgument(std::string(dir) + ": module " + std::to_string(n) +
                                     " is missing (the program has exactly " +
                                     std::to_string(kModuleCount) + " modules, numbered 1 to " +
                                     std::to_string(kModuleCount) + ")");
    }
  }
  Program p;
  p.modules_ = std::move(modules);
  return p;
}

const Module* Program::module(std::string_view id) const {
  for (const auto& m : modules_) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

const Module* Program::previous(const Module& m) const {
  for (std::size_t i = 1; i < modules_.size(); ++i) {
    if (&modules_[i] == &m) return &modules_[i - 1];
  }
  return nullptr;
}

const Module* Program::next(const Module& m) const {
  for (std::size_t i = 0; i + 1 < modules_.size(); ++i) {
    if (&modules_[i] == &m) return &modules_[i + 1];
  }
  return nullptr;
}

bool Program::allows_link(std::string_view url,
                          const std::function<bool(std::string_view)>& practice_known) const {
  std::string_view path = url.substr(0, url.find('#'));
  if (path.empty() || path.front() != '/' || path.find('?') != std::string_view::npos) {
    return false;
  }
  for (std::string_view page : kLinkablePages) {
    if (path == page) return true;
  }
  constexpr std::string_view kPractices = "/practices/";
  constexpr std::string_view kProgram = "/program/";
  if (path.substr(0, kPractices.size()) == kPractices) {
    return practice_known(path.substr(kPractices.size()));
  }
  if (path.substr(0, kProgram.size()) == kProgram) {
    return module(path.substr(kProgram.size())) != nullptr;
  }
  return false;
}

}  // namespace refuge::program
