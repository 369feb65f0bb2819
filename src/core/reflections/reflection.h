// One piece of reflective writing (an attachment-story topic, a program module's prompt): the
// words as written and when, the limits they are checked against, and the keyed set of them that
// is sealed inside a person's document. No I/O here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace refuge::reflections {

inline constexpr std::size_t kMaxReflectionCodePoints = 10'000;  // per reflection

struct Reflection {
  std::string text;        // as written (never trimmed or reflowed)
  int64_t updated_at = 0;  // unix seconds

  bool operator==(const Reflection&) const = default;
};

// Key (topic id, prompt slug) -> what was written; only keys with words in them.
using Reflections = std::map<std::string, Reflection, std::less<>>;

// InvalidArgument with a locale key: errors.text_unreadable (not valid UTF-8) or
// errors.reflection_too_long (more than kMaxReflectionCodePoints code points).
Status check_reflection_text(std::string_view text);

// check_reflection_text, then keeps the words under `key` at time `now`; words that are only
// white space take the key out ("not written yet" again). Nothing changes on an error.
Status write_reflection_text(Reflections& reflections, std::string_view key, std::string text,
                             int64_t now);

// {"<key>": {"text", "updated_at"}, ...} and back (false when any entry is unreadable).
nlohmann::json reflections_json(const Reflections& reflections);
bool read_reflections(const nlohmann::json& j, Reflections* out);

}  // namespace refuge::reflections
