#include "web/handlers/attachment_stories.h"

#include "web/handlers/render.h"
#include "web/handlers/sealed_documents.h"

namespace refuge::web {
nlohmann::json reflection_json(std::string_view id, std::string_view title,
                               const reflections::Reflection* r) {
  return {{"id", id},
          {"title", title},
          {"text", r ? r->text : ""},
          {"updated_at", iso_time_or_null(r ? r->updated_at : 0)}};
}

Result<reflections::Story> load_attachment_story(Ctx& ctx) {
  auto doc =
      load_person_document(ctx, store::PersonDocumentKind::kAttachmentStory, kAttachmentStoryKind);
  if (!doc.ok()) return doc.status();
  if (!*doc) return reflections::Story{};
  return reflections::decode_story((*doc)->plaintext);
}

Result<reflections::Story> save_reflection(Ctx& ctx, std::string_view topic_id, std::string text) {
  const auto& topics = ctx.app.reflection_topics;
  Status st = reflections::check_reflection(topics, topic_id, text);
  if (!st.ok()) return st;
  reflections::Story story;
  st = update_person_document(
      ctx, store::PersonDocumentKind::kAttachmentStory, kAttachmentStoryKind,
      [&](const std::string* stored) -> Result<std::string> {
        if (stored) {
          auto decoded = reflections::decode_story(*stored);
          if (!decoded.ok()) return decoded.status();
          story = std::move(decoded.value());
        } else {
          story = reflections::Story{};
        }
        Status w = reflections::write_reflection(story, topics, topic_id, text, ctx.app.clock());
        if (!w.ok()) return w;
        return reflections::encode_story(story);
      });
  if (!st.ok()) return st;
  return story;
}

nlohmann::json attachment_story_json(Ctx& ctx, const reflections::Story& story, bool every_topic) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& t : ctx.app.reflection_topics.topics()) {
    const reflections::Reflection* r = story.find(t.id);
    if (r || every_topic) list.push_back(reflection_json(t.id, t.title, r));
  }
  if (!every_topic) {
    for (const auto& [id, r] : story.reflections) {
      if (!ctx.app.reflection_topics.find(id)) list.push_back(reflection_json(id, "", &r));
    }
  }
  return {{"updated_at", iso_time_or_null(story.updated_at())}, {"topics", std::move(list)}};
}

}  // namespace refuge::web
