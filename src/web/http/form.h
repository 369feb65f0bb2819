// application/x-www-form-urlencoded bodies and query strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace refuge::web {

class Form {
 public:
  // First value for the name, if present.
  std::optional<std::string> get(std::string_view name) const;
  std::string get_or(std::string_view name, std::string_view fallback) const;
  std::vector<std::string> all(std::string_view name) const;
  bool has(std::string_view name) const { return get(name).has_value(); }
  std::vector<std::pair<std::string, std::string>> fields;
};

// '+' is a space; %XX decodes a byte; a CR LF pair in a value (how browsers send a textarea's line
// breaks) becomes one LF, so text reads and counts the same from a form and from the JSON API.
// InvalidArgument (naming the field) for a bad escape or for a name or value that is not valid
// UTF-8.
Result<Form> parse_form(std::string_view body);
// Percent-decoding of one component; nullopt on a bad escape. Does not check UTF-8.
std::optional<std::string> percent_decode(std::string_view s, bool plus_is_space);
std::string percent_encode(std::string_view s);

}  // namespace refuge::web
