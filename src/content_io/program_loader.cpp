#include "content_io/program_loader.h"

#include <vector>

#include "content_io/files.h"

namespace refuge::content_io {

Result<program::Program> load_program(const std::string& content_dir,
                                      const practices::PracticeCatalog& practices) {
  const std::string dir = content_dir + "/program/modules";
  auto paths = files_in(dir, ".md");
  if (!paths.ok()) return paths.status();
  std::vector<program::Module> modules;
  for (const auto& path : *paths) {
    auto text = read_content_file(path);
    if (!text.ok()) return text.status();
    auto m = program::parse_module(path, *text);
    if (!m.ok()) return m.status();
    modules.push_back(std::move(m.value()));
  }
  return program::Program::build(std::move(modules), dir, [&practices](std::string_view id) {
    return practices.practice(id) != nullptr;
  });
}

}  // namespace refuge::content_io
