// Pages: the person's own safety plan (read it, write it, change it).
#include "core/text/ascii.h"
#include "web/handlers/pages.h"
#include "web/handlers/render.h"
#include "web/handlers/safety_plans.h"

namespace refuge::web {
namespace {

// The plan page: the plan as written (when there is one) and the form. After a refused save the
// form holds exactly what was typed, and the section at fault is marked.
Response plan_page(Ctx& ctx, const safety::SafetyPlan& saved, const safety::SafetyPlan& typed,
                   const std::string& error, std::size_t bad_section, bool saved_note,
                   int status) {
  const Locale& t = ctx.app.locale;
  nlohmann::json sections = nlohmann::json::array();
  for (std::size_t s = 0; s < safety::kPlanSections.size(); ++s) {
    std::string id = safety::kPlanSections[s];
    std::string text;
    for (const auto& item : typed.items[s]) text += item + "\n";
    bool numbered = s + 1 < safety::kPlanSections.size();  // reasons for living stand apart
    sections.push_back({{"id", id},
                        {"step", numbered ? t.format("plan.step_of", "n", std::to_string(s + 1))
                                          : t.t("plan.step_heart")},
                        {"heading", t.t("plan.section_" + id)},
                        {"prompt", t.t("plan.prompt_" + id)},
                        {"hint", t.t("plan.hint_" + id)},
                        {"text", text},
                        {"invalid", s == bad_section}});
  }
  nlohmann::json steps = safety_plan_steps(ctx, saved);
  return render_page(ctx, "safety_plan", "plan.title",
                     {{"sections", sections},
                      {"steps", steps},
                      {"has_plan", !steps.empty()},
                      {"error", error},
                      {"saved", saved_note}},
                     status);
}

}  // namespace

Response page_safety_plan(Ctx& ctx) {
  auto stored = load_safety_plan(ctx);
  if (!stored.ok()) return error_response(ctx, stored.status());
  return plan_page(ctx, stored->plan, stored->plan, "", safety::kPlanSections.size(),
                   ctx.req.query_param("saved") == "1", 200);
}

Response page_safety_plan_save(Ctx& ctx) {
  safety::SafetyPlan typed;
  for (std::size_t s = 0; s < safety::kPlanSections.size(); ++s) {
    typed.items[s] = text::trimmed_lines(ctx.form.get_or(safety::kPlanSections[s], ""));
  }
  std::size_t bad = safety::kPlanSections.size();
  Status st = save_safety_plan(ctx, typed, &bad);
  if (!st.ok()) {
    // Keep what they typed on screen; show the plan as it is stored above it.
    auto stored = load_safety_plan(ctx);
    safety::SafetyPlan saved = stored.ok() ? stored->plan : safety::SafetyPlan{};
    return plan_page(ctx, saved, typed, safety_plan_error(ctx, st, bad, false), bad, false,
                     http_status_for(st));
  }
  return finish(ctx, Response::redirect("/safety-plan?saved=1"));
}

}  // namespace refuge::web
