// JSON API: /api/v1/program (the signed-in person's own way through the program).
#include "web/handlers/api_program.h"

#include "web/handlers/crisis_path.h"
#include "web/handlers/program_progress.h"
#include "web/handlers/render.h"
#include "web/http/json_body.h"

namespace refuge::web {
namespace {

Response program_response(Ctx& ctx) {
  auto progress = load_program_progress(ctx);
  if (!progress.ok()) return error_response(ctx, progress.status());
  return finish(ctx, Response::json(200, {{"modules", program_json(ctx, *progress)},
                                          {"reminders", progress->reminders}}));
}

}  // namespace

Response api_program_get(Ctx& ctx) { return program_response(ctx); }

Response api_program_reflection_put(Ctx& ctx) {
  const program::Module* m = ctx.app.program.program().module(ctx.req.param("id"));
  if (!m) return not_found(ctx);
  const program::ReflectionPrompt* r = m->reflection(ctx.req.param("slug"));
  if (!r) return not_found(ctx);
  auto text = required_string(ctx.body, "text");
  if (!text.ok()) return error_response(ctx, text.status());
  Status st = save_reflection(ctx, *m, *r, *text);
  if (!st.ok()) return error_response(ctx, st);
  nlohmann::json out = {{"module", m->id}, {"slug", r->slug}, {"text", *text}};
  // Words with crisis language are kept as written; the answer says where support is, so an app
  // can show it straight away (as the journal API does).
  if (note_crisis(ctx, {*text}, "program")) {
    out["crisis"] = true;
    out["support_url"] = "/support";
  }
  return finish(ctx, Response::json(200, out));
}

Response api_program_done_put(Ctx& ctx) {
  const program::Module* m = ctx.app.program.program().module(ctx.req.param("id"));
  if (!m) return not_found(ctx);
  auto done = ctx.body.find("done");
  if (done == ctx.body.end() || !done->is_boolean()) {
    return error_response(ctx, Status::InvalidArgument("field 'done' must be true or false"));
  }
  Status st = save_done(ctx, *m, done->get<bool>());
  if (!st.ok()) return error_response(ctx, st);
  return finish(ctx, Response::json(200, {{"module", m->id}, {"done", done->get<bool>()}}));
}

}  // namespace refuge::web
