#include "cli/paths.h"

#include <unistd.h>

#include <filesystem>

namespace refuge::cli {
namespace fs = std::filesystem;

std::string find_resource_dir(const std::string& explicit_dir, const std::string& name) {
  if (!explicit_dir.empty()) return explicit_dir;
  std::error_code ec;
  if (fs::is_directory(name, ec)) return name;
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    fs::path exe(std::string(buf, static_cast<size_t>(n)));
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      if (fs::is_directory(dir / name, ec) && fs::exists(dir / "CMakeLists.txt", ec)) {
        return (dir / name).string();
      }
    }
  }
  return "/usr/share/refuge/" + name;
}

std::string database_path(const std::string& data_dir) {
  return (fs::path(data_dir) / "refuge.db").string();
}

}  // namespace refuge::cli
