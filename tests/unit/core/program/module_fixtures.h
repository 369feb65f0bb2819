// Module files for the program tests, built in memory: a valid module by default, with any
// front-matter line or the body replaced, so each test changes exactly one thing.
#pragma once

#include <string>
#include <vector>

#include "core/program/module.h"

namespace refuge::program {

struct ModuleText {
  std::string id = "first-steps";
  int number = 1;
  std::vector<std::string> extra_front;  // more `key: value` lines before the closing ---
  std::string body = "## Why start here\n\nA kind word. See [the practice](/practices/rain).\n";

  std::string file() const {
    return "content/program/modules/0" + std::to_string(number) + "-" + id + ".md";
  }
  std::string text() const {
    std::string t = "---\nid: " + id + "\nnumber: " + std::to_string(number) +
                    "\ntitle: Preparing the ground\nsummary: What compassion is.\nminutes: 25\n"
                    "practice: rain\n"
                    "reflection: first | When you hear the word compassion, what comes up?\n"
                    "homework: Try the practice on three days.\n"
                    "source: García-Campayo et al. (2016)\n";
    for (const auto& line : extra_front) t += line + "\n";
    return t + "---\n" + body;
  }
};

// Eight valid modules, numbered 1..8, ids module-1 .. module-8.
inline std::vector<Module> EightModules() {
  std::vector<Module> out;
  for (int n = 1; n <= kModuleCount; ++n) {
    ModuleText m;
    m.id = "module-" + std::to_string(n);
    m.number = n;
    auto parsed = parse_module(m.file(), m.text());
    if (parsed.ok()) out.push_back(std::move(parsed.value()));
  }
  return out;
}

}  // namespace refuge::program
