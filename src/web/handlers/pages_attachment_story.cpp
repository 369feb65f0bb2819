// Pages: "My attachment story" — the list of reflection topics, and one topic to write in. The
// words are saved first; when they hold crisis language, Support now follows (crisis_path.h).
#include <string>

#include "web/handlers/attachment_stories.h"
#include "web/handlers/crisis_path.h"
#include "web/handlers/pages.h"
#include "web/handlers/render.h"

namespace refuge::web {
namespace {

std::string topic_url(std::string_view id) { return "/attachment-story/" + std::string(id); }

// The page for one topic: its prompt and hints, and the form holding `text` (what is saved, or
// exactly what was typed after a refused save, with the problem named).
Response topic_page(Ctx& ctx, const reflections::Topic& topic, const std::string& text,
                    int64_t updated_at, const std::string& error, bool saved, int status) {
  const Locale& t = ctx.app.locale;
  const auto& topics = ctx.app.reflection_topics.topics();
  std::size_t at = static_cast<std::size_t>(&topic - topics.data());
  nlohmann::json data = {
      {"id", topic.id},
      {"action", topic_url(topic.id)},
      {"title", topic.title},
      {"prompt", topic.prompt},
      {"hints", topic.hints},
      {"has_hints", !topic.hints.empty()},
      {"text", text},
      {"number", t.format("story.topic_of", "n",
                          std::to_string(at + 1) + " / " + std::to_string(topics.size()))},
      {"edited", updated_at ? t.format("story.last_edited", "date", friendly_date(updated_at))
                            : std::string()},
      {"error", error},
      {"saved", saved},
      {"scripts", {"autosave.js"}}};
  if (at + 1 < topics.size()) {
    data["next"] = {{"url", topic_url(topics[at + 1].id)}, {"title", topics[at + 1].title}};
  }
  return render_page(ctx, "attachment_story_topic", "story.title", data, status);
}

}  // namespace

Response page_attachment_story(Ctx& ctx) {
  auto story = load_attachment_story(ctx);
  if (!story.ok()) return error_response(ctx, story.status());
  const Locale& t = ctx.app.locale;
  nlohmann::json topics = nlohmann::json::array();
  int written = 0;
  for (const auto& topic : ctx.app.reflection_topics.topics()) {
    const reflections::Reflection* r = story->find(topic.id);
    written += r ? 1 : 0;
    topics.push_back(
        {{"url", topic_url(topic.id)},
         {"title", topic.title},
         {"written", r != nullptr},
         {"edited", r ? t.format("story.last_edited", "date", friendly_date(r->updated_at))
                      : std::string()}});
  }
  std::string count = std::to_string(written) + " / " + std::to_string(topics.size());
  return render_page(ctx, "attachment_story", "story.title",
                     {{"topics", topics}, {"progress", t.format("story.progress", "n", count)}});
}

Response page_reflection(Ctx& ctx) {
  const reflections::Topic* topic = ctx.app.reflection_topics.find(ctx.req.param("topic"));
  if (!topic) return not_found(ctx);
  auto story = load_attachment_story(ctx);
  if (!story.ok()) return error_response(ctx, story.status());
  const reflections::Reflection* r = story->find(topic->id);
  return topic_page(ctx, *topic, r ? r->text : "", r ? r->updated_at : 0, "",
                    ctx.req.query_param("saved") == "1", 200);
}

Response page_reflection_save(Ctx& ctx) {
  const reflections::Topic* topic = ctx.app.reflection_topics.find(ctx.req.param("topic"));
  if (!topic) return not_found(ctx);
  std::string text = ctx.form.get_or("text", "");  // CR LF already one LF (parse_form)
  auto story = save_reflection(ctx, topic->id, text);
  if (ctx.form.get_or("action", "") == "autosave") {  // the page's script, as they type
    return autosave_response(ctx, story.status(), {text}, "reflection");
  }
  if (!story.ok()) {
    // Every typed character stays in the box, with the problem named above it.
    return topic_page(ctx, *topic, text, 0, error_message(ctx, story.status()), false,
                      http_status_for(story.status()));
  }
  // Saved first; then, when the words hold crisis language, support before anything else.
  if (auto help = support_if_crisis(ctx, {text}, "reflection", topic_url(topic->id))) {
    return *help;
  }
  return finish(ctx, Response::redirect(topic_url(topic->id) + "?saved=1"));
}

}  // namespace refuge::web
