// User-facing strings, loaded from content/locales/<lang>.json at start-up. Keys are dotted paths
// ("journal.title"). Immutable after loading: safe to share between threads.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/status.h"

namespace refuge::web {

class Locale {
 public:
  // Parses the JSON text (nested objects of strings). Errors name file:line.
  static Result<Locale> parse(const std::string& file, std::string_view text);
  bool has(std::string_view key) const;
  // The string for key; the key itself when missing (never throws, never empty-handed).
  const std::string& t(std::string_view key) const;
  // Translates a core message that is a locale key ("errors.text_empty"); other text as is.
  std::string message(std::string_view key_or_text) const;
  // {{name}} in the string replaced by value (the one-name case of the next).
  std::string format(std::string_view key, std::string_view name, std::string_view value) const;
  // Each {{name}} of `values` replaced, in one pass: a value is never read again, so a person's
  // words that hold "{{n}}" are shown as typed. Other {{...}} stay as they are.
  std::string format(
      std::string_view key,
      std::initializer_list<std::pair<std::string_view, std::string_view>> values) const;

 private:
  std::unordered_map<std::string, std::string> strings_;
};

}  // namespace refuge::web
