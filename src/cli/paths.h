// Where the binary finds content/ and web/: an explicit flag, else ./content and ./web, else next
// to the binary's parent (build/refuge → ./content), else /usr/share/refuge.
#pragma once

#include <string>

namespace refuge::cli {

std::string find_resource_dir(const std::string& explicit_dir, const std::string& name);
std::string database_path(const std::string& data_dir);  // <data_dir>/refuge.db

}  // namespace refuge::cli
