// JSON request bodies: parse with a message a client can act on, and typed field access that
// names the missing or wrong field.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace refuge::web {

// InvalidArgument "malformed JSON at line L, column C: ..." / "invalid UTF-8 ..." /
// "expected a JSON object". Depth is limited (64) so deep nesting cannot exhaust the stack.
Result<nlohmann::json> parse_json_object(std::string_view body);

// InvalidArgument "missing field 'name'" / "field 'name' must be a string".
Result<std::string> required_string(const nlohmann::json& obj, std::string_view name);
// nullopt when absent or null; InvalidArgument when present with the wrong type.
Result<std::optional<std::string>> optional_string(const nlohmann::json& obj,
                                                   std::string_view name);
Result<std::optional<long long>> optional_integer(const nlohmann::json& obj,
                                                  std::string_view name);

}  // namespace refuge::web
