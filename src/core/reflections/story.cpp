#include "core/reflections/story.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::reflections {

const Reflection* Story::find(std::string_view topic_id) const {
  auto it = reflections.find(topic_id);
  return it == reflections.end() ? nullptr : &it->second;
}

int64_t Story::updated_at() const {
  int64_t newest = 0;
  for (const auto& [id, r] : reflections) newest = std::max(newest, r.updated_at);
  return newest;
}

Status check_reflection(const TopicCatalog& catalog, std::string_view topic_id,
                        std::string_view text) {
  if (!catalog.find(topic_id)) return Status::NotFound("errors.reflection_topic_unknown");
  if (!text::is_valid_utf8(text)) return Status::InvalidArgument("errors.text_unreadable");
  if (text::count_code_points(text) > kMaxReflectionCodePoints) {
    return Status::InvalidArgument("errors.reflection_too_long");
  }
  return Status::Ok();
}

Status write_reflection(Story& story, const TopicCatalog& catalog, std::string_view topic_id,
                        std::string text, int64_t now) {
  Status st = check_reflection(catalog, topic_id, text);
  if (!st.ok()) return st;
  if (text::trim(text).empty()) {
    if (auto it = story.reflections.find(topic_id); it != story.reflections.end()) {
      story.reflections.erase(it);
    }
    return Status::Ok();
  }
  story.reflections.insert_or_assign(std::string(topic_id), Reflection{std::move(text), now});
  return Status::Ok();
}

std::string encode_story(const Story& story) {
  nlohmann::json topics = nlohmann::json::object();
  for (const auto& [id, r] : story.reflections) {
    topics[id] = {{"text", r.text}, {"updated_at", r.updated_at}};
  }
  return nlohmann::json{{"v", 1}, {"topics", std::move(topics)}}.dump();
}

Result<Story> decode_story(std::string_view plaintext) {
  auto j = nlohmann::json::parse(plaintext, nullptr, false);
  if (!j.is_object()) return Status::Corruption("attachment story: not a JSON object");
  auto v = j.find("v");
  if (v == j.end() || !v->is_number_integer() || v->get<int>() != 1) {
    return Status::Corruption("attachment story: unknown version");
  }
  auto topics = j.find("topics");
  if (topics == j.end() || !topics->is_object()) {
    return Status::Corruption("attachment story: no topics");
  }
  Story story;
  for (const auto& [id, r] : topics->items()) {
    auto text = r.find("text");
    auto at = r.find("updated_at");
    if (!r.is_object() || text == r.end() || !text->is_string() || at == r.end() ||
        !at->is_number_integer()) {
      return Status::Corruption("attachment story: a topic is unreadable");
    }
    story.reflections.emplace(id, Reflection{text->get<std::string>(), at->get<int64_t>()});
  }
  return story;
}

}  // namespace refuge::reflections
