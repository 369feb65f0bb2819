// A parsed JSON content file that remembers the line where each value starts, so validation
// errors can say "file:line: what is wrong". Pure: the caller reads the file.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace refuge::content {

class JsonSource {
 public:
  // Syntax errors give InvalidArgument "<file>:<line>: <what is wrong>".
  static Result<JsonSource> parse(std::string file, std::string_view text);

  const nlohmann::json& root() const { return root_; }
  const std::string& file() const { return file_; }
  // Line where the value at `p` starts; the nearest known ancestor's line otherwise; 1 at worst.
  int line_of(const nlohmann::json::json_pointer& p) const;
  // "<file>:<line>: <message>" for the value at `p`.
  std::string error_at(const nlohmann::json::json_pointer& p, std::string_view message) const;

 private:
  std::string file_;
  nlohmann::json root_;
  std::unordered_map<std::string, int> lines_;  // JSON pointer string -> line
};

}  // namespace refuge::content
