// A program module (content/program/modules/NN-<id>.md): front matter of `key: value` lines
// between `---` lines, then a Markdown body (the psychoeducation). The format is described in
// content/program/FORMAT.md. Pure data and parsing; no I/O, no Markdown rendering.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace refuge::program {

inline constexpr int kModuleCount = 8;
inline constexpr int kMaxMinutes = 120;
inline constexpr std::size_t kMaxPractices = 4;
inline constexpr std::size_t kMaxReflections = 3;
inline constexpr std::size_t kMaxHomework = 4;

struct ReflectionPrompt {
  std::string slug;    // a-z, 0-9, '-'; unique in the module (the form field and the storage key)
  std::string prompt;
};

struct Module {
  std::string file;  // as given to parse_module, for messages
  std::string id;
  int number = 0;
  std::string title;
  std::string summary;
  int minutes = 0;
  std::vector<std::string> practices;  // practice ids, in file order
  std::vector<ReflectionPrompt> reflections;
  std::vector<std::string> homework;
  std::vector<std::string> sources;
  std::string body;    // the Markdown after the closing `---`
  int body_line = 0;   // the file line the body starts on (for messages about the body)
  // Lines of the front matter, for messages from the checks made with the whole program.
  int id_line = 0;
  int number_line = 0;
  std::vector<int> practice_lines;  // one per practice

  const ReflectionPrompt* reflection(std::string_view slug) const;
};

// Parses one module file. `file` is the path used in messages (its name must be NN-<id>.md).
// Errors are InvalidArgument "<file>:<line>: <message>" for the first problem found.
Result<Module> parse_module(std::string_view file, std::string_view text);

// An id or slug: 1..60 characters of a-z, 0-9 and '-', not starting or ending with '-'.
bool is_slug(std::string_view s);

}  // namespace refuge::program
