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
  const std::string english_path = content_dir + "/analysis/english_words.txt";
  auto english = read_content_file(english_path);
  if (!english.ok()) return english.status();
  const analysis::WordListSource english_words{english_path, std::move(english.value())};
  return analysis::Analyser::build(*words, *rules, &model.value(), &english_words);
}

}  // namespace refuge::content_io
