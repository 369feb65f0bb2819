// JSON API: /api/v1/attachment-story (the signed-in person's own story; there is no id to guess)
// and /api/v1/attachment-story/{topic} (one reflection).
#include "web/handlers/api_attachment_story.h"

#include "web/handlers/attachment_stories.h"
#include "web/handlers/crisis_path.h"
#include "web/handlers/render.h"
#include "web/http/json_body.h"

namespace refuge::web {

Response api_attachment_story_get(Ctx& ctx) {
  auto story = load_attachment_story(ctx);
  if (!story.ok()) return error_response(ctx, story.status());
  return finish(ctx, Response::json(200, attachment_story_json(ctx, *story, true)));
}

Response api_reflection_put(Ctx& ctx) {
  const reflections::Topic* topic = ctx.app.reflection_topics.find(ctx.req.param("topic"));
  if (!topic) return error_response(ctx, Status::NotFound("errors.reflection_topic_unknown"));
  for (const auto& [key, value] : ctx.body.items()) {
    if (key != "text") {
      return error_response(ctx, Status::InvalidArgument("unknown field '" + key + "'"));
    }
  }
  auto text = required_string(ctx.body, "text");
  if (!text.ok()) return error_response(ctx, text.status());
  auto story = save_reflection(ctx, topic->id, *text);
  if (!story.ok()) return error_response(ctx, story.status());
  nlohmann::json out = reflection_json(topic->id, topic->title, story->find(topic->id));
  // Saved first, as written; the answer then says when support should be shown.
  mark_crisis(ctx, {*text}, "reflection", out);
  return finish(ctx, Response::json(200, out));
}

}  // namespace refuge::web
