#include "web/content_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace refuge::web {
namespace {

// The .json files directly in `dir`, in name order.
Result<std::vector<std::string>> json_files_in(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  }
  if (ec) return Status::IOError(dir + ": cannot be read");
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Result<std::string> read_content_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot be read");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<content::JsonSource> read_content_json(const std::string& path) {
  auto text = read_content_file(path);
  if (!text.ok()) return text.status();
  return content::JsonSource::parse(path, *text);
}

// content/practices/*.json, content/breathing/patterns.json, content/soothing/suggestions.json.
Result<practices::PracticeCatalog> load_practices(const std::string& content_dir) {
  auto files = json_files_in(content_dir + "/practices");
  if (!files.ok()) return files.status();
  std::vector<practices::Practice> list;
  for (const auto& file : *files) {
    auto src = read_content_json(file);
    if (!src.ok()) return src.status();
    auto p = practices::parse_practice(*src);
    if (!p.ok()) return p.status();
    list.push_back(std::move(p.value()));
  }
  auto patterns_src = read_content_json(content_dir + "/breathing/patterns.json");
  if (!patterns_src.ok()) return patterns_src.status();
  auto patterns = practices::parse_breathing_patterns(*patterns_src);
  if (!patterns.ok()) return patterns.status();
  auto ideas_src = read_content_json(content_dir + "/soothing/suggestions.json");
  if (!ideas_src.ok()) return ideas_src.status();
  auto ideas = practices::parse_soothing_suggestions(*ideas_src);
  if (!ideas.ok()) return ideas.status();
  return practices::PracticeCatalog::build(std::move(list), std::move(patterns.value()),
                                           std::move(ideas.value()));
}

Result<instruments::Catalog> load_instruments(const std::string& content_dir) {
  auto paths = json_files_in(content_dir + "/instruments");
  if (!paths.ok()) return paths.status();
  std::vector<instruments::InstrumentFile> files;
  for (const auto& path : *paths) {
    auto text = read_content_file(path);
    if (!text.ok()) return text.status();
    files.push_back({path, std::move(text.value())});
  }
  return instruments::Catalog::load(files);
}

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

}  // namespace refuge::web
