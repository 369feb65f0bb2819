#include "core/reflections/story.h"

#include <algorithm>

#include <nlohmann/json.hpp>


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
  return check_reflection_text(text);
}

Status write_reflection(Story& story, const TopicCatalog& catalog, std::string_view topic_id,
                        std::string text, int64_t now) {
  if (!catalog.find(topic_id)) return Status::NotFound("errors.reflection_topic_unknown");
  return write_reflection_text(story.reflections, topic_id, std::move(text), now);
}

std::string encode_story(const Story& story) {
  return nlohmann::json{{"v", 1}, {"topics", reflections_json(story.reflections)}}.dump();
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
  if (!read_reflections(*topics, &story.reflections)) {
    return Status::Corruption("attachment story: a topic is unreadable");
  }
  return story;
}

}  // namespace refuge::reflections
