#include "content_io/analyser_loader.h"

#include <vector>

#include "content_io/files.h"

namespace refuge::content_io {

Result<analysis::Analyser> load_analyser(const std::string& content_dir) {
  auto words = read_content_json(content_dir + "/analysis/words.json");
  if (!words.ok()) return words.status();
  auto rules = read_content_json_files(content_dir + "/analysis/rules");
  if (!rules.ok()) return rules.status();
  auto model = read_content_json(content_dir + "/analysis/crisis_model.json");
  if (!model.ok()) return model.status();
  return analysis::Analyser::build(*words, *rules, &model.value());
}

}  // namespace refuge::content_io
