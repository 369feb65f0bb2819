#include "content_io/catalogs.h"

#include <vector>

#include "content_io/files.h"

namespace refuge::content_io {

// content/practices/*.json, content/breathing/patterns.json, content/soothing/suggestions.json.
Result<practices::PracticeCatalog> load_practices(const std::string& content_dir) {
  auto sources = read_content_json_files(content_dir + "/practices");
  if (!sources.ok()) return sources.status();
  std::vector<practices::Practice> list;
  for (const auto& src : *sources) {
    auto p = practices::parse_practice(src);
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

Result<reflections::TopicCatalog> load_reflection_topics(const std::string& content_dir) {
  auto source = read_content_json(content_dir + "/reflections/attachment-history.json");
  if (!source.ok()) return source.status();
  return reflections::TopicCatalog::parse(*source);
}

}  // namespace refuge::content_io
