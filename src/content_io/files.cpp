#include "content_io/files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace refuge::content_io {

Result<std::vector<std::string>> files_in(const std::string& dir, std::string_view extension) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == extension) files.push_back(e.path().string());
  }
  if (ec) return Status::IOError(dir + ": cannot be read");
  std::sort(files.begin(), files.end());
  return files;
}

Result<std::vector<std::string>> json_files_in(const std::string& dir) {
  return files_in(dir, ".json");
}

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

Result<std::vector<content::JsonSource>> read_content_json_files(const std::string& dir) {
  auto files = json_files_in(dir);
  if (!files.ok()) return files.status();
  std::vector<content::JsonSource> sources;
  sources.reserve(files->size());
  for (const auto& file : *files) {
    auto src = read_content_json(file);
    if (!src.ok()) return src.status();
    sources.push_back(std::move(src.value()));
  }
  return sources;
}

}  // namespace refuge::content_io
