// Pages: the program (the eight modules as a path, one module, reflections, done, reminders).
#include "web/handlers/crisis_path.h"
#include "web/handlers/pages.h"
#include "web/handlers/program_progress.h"
#include "web/handlers/render.h"

namespace refuge::web {
namespace {

const program::Program& the_program(Ctx& ctx) { return ctx.app.program.program(); }

std::string module_url(const program::Module& m) { return "/program/" + m.id; }

std::string minutes_label(Ctx& ctx, int minutes) {
  return ctx.app.locale.format("program.minutes", "n", std::to_string(minutes));
}

std::string number_label(Ctx& ctx, int number) {
  return ctx.app.locale.format("program.module_number", "n", std::to_string(number));
}

// What a module page shows after a refused reflection save: that reflection's typed text, and
// the message naming the problem.
struct Refused {
  std::string slug;
  std::string text;
  std::string error;
};

Response module_page(Ctx& ctx, const program::Module& m, const program::Progress& progress,
                     const Refused* refused, int status) {
  const Locale& t = ctx.app.locale;
  const program::Program& p = the_program(ctx);
  nlohmann::json practices = nlohmann::json::array();
  for (const auto& id : m.practices) {
    const practices::Practice* practice = ctx.app.practices.practice(id);
    if (!practice) continue;  // checked at start-up
    practices.push_back(
        {{"id", id}, {"title", practice->title}, {"purpose", practice->purpose}});
  }
  const std::string saved_slug = ctx.req.query_param("saved");
  nlohmann::json reflections = nlohmann::json::array();
  for (const auto& r : m.reflections) {
    const bool is_refused = refused && refused->slug == r.slug;
    reflections.push_back(
        {{"slug", r.slug},
         {"prompt", r.prompt},
         {"text", is_refused ? refused->text : progress.reflection(m.id, r.slug)},
         {"error", is_refused ? refused->error : ""},
         {"invalid", is_refused},
         {"saved", !refused && saved_slug == r.slug}});
  }
  nlohmann::json data = {{"module", {{"id", m.id},
                                     {"number", number_label(ctx, m.number)},
                                     {"title", m.title},
                                     {"summary", m.summary},
                                     {"minutes", minutes_label(ctx, m.minutes)},
                                     {"body_html", ctx.app.program.body_html(m)}}},
                         {"practices", practices},
                         {"has_practices", !practices.empty()},
                         {"reflections", reflections},
                         {"homework", m.homework},
                         {"sources", m.sources},
                         {"done", progress.done(m.id)},
                         {"done_note", ctx.req.query_param("done") == "1"},
                         {"undone_note", ctx.req.query_param("done") == "0"}};
  if (refused) data["refused"] = {{"slug", refused->slug}};
  if (const program::Module* prev = p.previous(m)) {
    data["previous"] = {{"url", module_url(*prev)},
                        {"label", t.format("program.previous", "title", prev->title)}};
  }
  if (const program::Module* next = p.next(m)) {
    data["next"] = {{"url", module_url(*next)},
                    {"label", t.format("program.next", "title", next->title)}};
  }
  data["scripts"] = {"autosave.js"};
  return render_page(ctx, "program_module", "program.title", std::move(data), status);
}

const program::Module* module_from_path(Ctx& ctx) {
  return the_program(ctx).module(ctx.req.param("id"));
}

}  // namespace

Response page_program(Ctx& ctx) {
  auto progress = load_program_progress(ctx);
  if (!progress.ok()) return error_response(ctx, progress.status());
  note_program_opened(ctx, *progress);
  const program::Module* next = program::next_module(the_program(ctx), *progress);
  nlohmann::json modules = nlohmann::json::array();
  for (const auto& m : the_program(ctx).modules()) {
    modules.push_back({{"id", m.id},
                       {"number", std::to_string(m.number)},
                       {"number_label", number_label(ctx, m.number)},
                       {"title", m.title},
                       {"summary", m.summary},
                       {"minutes", minutes_label(ctx, m.minutes)},
                       {"done", progress->done(m.id)},
                       {"next", next == &m}});
  }
  return render_page(ctx, "program_index", "program.title",
                     {{"modules", modules},
                      {"reminders", progress->reminders},
                      {"reminders_saved", ctx.req.query_param("reminders") == "saved"}});
}

Response page_program_module(Ctx& ctx) {
  const program::Module* m = module_from_path(ctx);
  if (!m) return not_found(ctx);
  auto progress = load_program_progress(ctx);
  if (!progress.ok()) return error_response(ctx, progress.status());
  note_program_opened(ctx, *progress);
  return module_page(ctx, *m, *progress, nullptr, 200);
}

Response page_program_reflection_save(Ctx& ctx) {
  const program::Module* m = module_from_path(ctx);
  if (!m) return not_found(ctx);
  const program::ReflectionPrompt* r = m->reflection(ctx.req.param("slug"));
  if (!r) return not_found(ctx);
  std::string text = ctx.form.get_or("text", "");
  Status st = save_reflection(ctx, *m, *r, text);
  if (ctx.form.get_or("action", "") == "autosave") {  // the page's script, as they type
    return autosave_response(ctx, st, {text}, "program");
  }
  if (!st.ok()) {
    // The typed text stays in its box; the rest of the page shows what is stored (or nothing,
    // when the store itself failed).
    auto stored = load_program_progress(ctx);
    Refused refused{r->slug, std::move(text), error_message(ctx, st)};
    return module_page(ctx, *m, stored.ok() ? *stored : program::Progress{}, &refused,
                       http_status_for(st));
  }
  std::string back = module_url(*m) + "?saved=" + r->slug + "#reflection-" + r->slug;
  if (auto help = support_if_crisis(ctx, {text}, "program", back)) return *help;
  return finish(ctx, Response::redirect(back));
}

Response page_program_done(Ctx& ctx) {
  const program::Module* m = module_from_path(ctx);
  if (!m) return not_found(ctx);
  std::string done = ctx.form.get_or("done", "");
  if (done != "1" && done != "0") return error_response(ctx, Status::InvalidArgument("errors.done_value"));
  Status st = save_done(ctx, *m, done == "1");
  if (!st.ok()) return error_response(ctx, st);
  return finish(ctx, Response::redirect(module_url(*m) + "?done=" + done + "#done"));
}

Response page_program_reminders(Ctx& ctx) {
  std::string on = ctx.form.get_or("reminders", "");
  if (on != "1" && on != "0") return error_response(ctx, Status::InvalidArgument("errors.reminders_value"));
  Status st = save_reminders(ctx, on == "1");
  if (!st.ok()) return error_response(ctx, st);
  return finish(ctx, Response::redirect("/program?reminders=saved#reminders"));
}

}  // namespace refuge::web
