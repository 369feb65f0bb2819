#include "core/reflections/reflection.h"

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::reflections {

Status check_reflection_text(std::string_view text) {
  if (!text::is_valid_utf8(text)) return Status::InvalidArgument("errors.text_unreadable");
  if (text::count_code_points(text) > kMaxReflectionCodePoints) {
    return Status::InvalidArgument("errors.reflection_too_long");
  }
  return Status::Ok();
}

Status write_reflection_text(Reflections& reflections, std::string_view key, std::string text,
                             int64_t now) {
  Status st = check_reflection_text(text);
  if (!st.ok()) return st;
  if (text::trim(text).empty()) {
    if (auto it = reflections.find(key); it != reflections.end()) reflections.erase(it);
    return Status::Ok();
  }
  reflections.insert_or_assign(std::string(key), Reflection{std::move(text), now});
  return Status::Ok();
}

nlohmann::json reflections_json(const Reflections& reflections) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, r] : reflections) {
    out[key] = {{"text", r.text}, {"updated_at", r.updated_at}};
  }
  return out;
}

bool read_reflections(const nlohmann::json& j, Reflections* out) {
  if (!j.is_object()) return false;
  for (const auto& [key, r] : j.items()) {
    if (!r.is_object()) return false;
    auto text = r.find("text");
    auto at = r.find("updated_at");
    if (text == r.end() || !text->is_string() || at == r.end() || !at->is_number_integer()) {
      return false;
    }
    out->insert_or_assign(key, Reflection{text->get<std::string>(), at->get<int64_t>()});
  }
  return true;
}

}  // namespace refuge::reflections
