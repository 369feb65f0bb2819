// Private to the instrument loader: typed reads of JSON fields that fail with "file:line: what".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::instruments::detail {

using Json = nlohmann::json;
using Ptr = Json::json_pointer;

#define REFUGE_RETURN_IF_ERROR(expr)                       \
  do {                                                     \
    if (::refuge::Status s_ = (expr); !s_.ok()) return s_; \
  } while (0)

// True when `j` is an object whose `key` is the string `want` (never throws).
inline bool has_string(const Json& j, const char* key, std::string_view want) {
  if (!j.is_object()) return false;
  auto it = j.find(key);
  return it != j.end() && it->is_string() && it->get_ref<const std::string&>() == want;
}

class Fields {
 public:
  explicit Fields(const content::JsonSource& src) : src_(src) {}

  Status fail(const Ptr& at, std::string_view message) const;
  // `obj` at `at` must be a JSON object.
  Status object(const Json& obj, const Ptr& at, std::string_view what) const;
  // A non-empty string (or, with allow_empty, any string). Missing fails unless `optional`.
  Status text(const Json& obj, const Ptr& at, const char* name, std::string* out,
              bool optional = false, bool allow_empty = false) const;
  Status number(const Json& obj, const Ptr& at, const char* name, double* out) const;
  // A number or null (or absent); `out` is empty for null.
  Status number_or_null(const Json& obj, const Ptr& at, const char* name,
                        std::optional<double>* out) const;
  Status integer(const Json& obj, const Ptr& at, const char* name, int* out) const;
  Status boolean(const Json& obj, const Ptr& at, const char* name, bool* out, bool fallback) const;
  // A list of whole numbers; missing fails unless `optional`. `out` keeps the file's order.
  Status integers(const Json& obj, const Ptr& at, const char* name, std::vector<int>* out,
                  bool optional = false) const;
  // A list; sets *out to it. Missing fails unless `optional` (then *out is nullptr).
  Status array(const Json& obj, const Ptr& at, const char* name, const Json** out,
               bool optional = false) const;

 private:
  const content::JsonSource& src_;
};

}  // namespace refuge::instruments::detail
