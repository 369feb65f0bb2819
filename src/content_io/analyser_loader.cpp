#include "content_io/analyser_loader.h"

#include <vector>

#include "content_io/files.h"

namespace refuge::content_io {

Result<analysis::Analyser> load_analyser(const std::string& content_dir) {
  auto words = read_content_json(content_dir + "/analysis/words.json");
  if (!words.ok()) return words.status();
  auto files = json_files_in(content_dir + "/analysis/rules");
  if (!files.ok()) return files.status();
  std::vector<content::JsonSource> rules;
  for (const auto& file : *files) {
    auto src = read_content_json(file);
    if (!src.ok()) return src.status();
    rules.push_back(std::move(src.value()));
  }
  return analysis::Analyser::build(*words, rules);
}

}  // namespace refuge::content_io
