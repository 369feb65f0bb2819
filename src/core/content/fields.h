// Typed, validated access to the fields of a content file, with errors that say
// "<file>:<line>: <field>: what is wrong". Shared by every content parser (practices,
// patterns, ...), so they all report problems the same way.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::content {

class Fields {
 public:
  explicit Fields(const JsonSource& source) : source_(source) {}

  bool has(const nlohmann::json::json_pointer& p) const;
  // The value at p, or a null value when absent.
  const nlohmann::json& at(const nlohmann::json::json_pointer& p) const;
  // InvalidArgument "<file>:<line>: <p>: message".
  Status error(const nlohmann::json::json_pointer& p, std::string_view message) const;

  // A string of min..max code points (valid UTF-8, trimmed of nothing).
  Result<std::string> text(const nlohmann::json::json_pointer& p, std::size_t min,
                           std::size_t max) const;
  // An id: 1..40 characters of a-z, 0-9 and '-', not starting with '-'.
  Result<std::string> id(const nlohmann::json::json_pointer& p) const;
  // A list of min_items..max_items strings of 1..max_chars code points each.
  Result<std::vector<std::string>> text_list(const nlohmann::json::json_pointer& p,
                                             std::size_t min_items, std::size_t max_items,
                                             std::size_t max_chars) const;
  // Ok when every key of the object at p is in `known` (keys starting with '$' are comments);
  // otherwise "<file>:<line>: <p>/<key>: is not a known field" for the first other key, so a
  // misspelt optional field is reported instead of quietly ignored.
  Status only_known(const nlohmann::json::json_pointer& p,
                    std::initializer_list<std::string_view> known) const;
  // A whole number in [min, max].
  Result<int> integer(const nlohmann::json::json_pointer& p, int min, int max) const;
  // Any number in [min, max].
  Result<double> number(const nlohmann::json::json_pointer& p, double min, double max) const;

  const JsonSource& source() const { return source_; }

 private:
  const JsonSource& source_;
};

}  // namespace refuge::content
