// JSON API: /api/v1/safety-plan (the signed-in person's own plan; there is no id to guess).
#include "web/handlers/api_safety_plan.h"

#include "web/handlers/render.h"
#include "web/handlers/safety_plans.h"

namespace refuge::web {
namespace {

Response plan_response(Ctx& ctx, const StoredSafetyPlan& stored) {
  nlohmann::json out = safety_plan_json(stored.plan);
  out["updated_at"] = iso_time_or_null(stored.updated_at);
  return finish(ctx, Response::json(200, out));
}

// Every section is a list of strings; a missing or null section is empty (PUT replaces the plan).
Result<safety::SafetyPlan> plan_from_json(const nlohmann::json& body) {
  for (auto it = body.begin(); it != body.end(); ++it) {
    if (safety::plan_section_index(it.key()) == safety::kPlanSections.size() &&
        it.key() != "updated_at") {
      return Status::InvalidArgument("unknown field '" + it.key() + "'");
    }
  }
  safety::SafetyPlan plan;
  for (std::size_t s = 0; s < safety::kPlanSections.size(); ++s) {
    auto it = body.find(safety::kPlanSections[s]);
    if (it == body.end() || it->is_null()) continue;
    std::string wrong =
        "field '" + std::string(safety::kPlanSections[s]) + "' must be a list of strings";
    if (!it->is_array()) return Status::InvalidArgument(wrong);
    for (const auto& item : *it) {
      if (!item.is_string()) return Status::InvalidArgument(wrong);
      plan.items[s].push_back(item.get<std::string>());
    }
  }
  return plan;
}

}  // namespace

Response api_safety_plan_get(Ctx& ctx) {
  auto stored = load_safety_plan(ctx);
  if (!stored.ok()) return error_response(ctx, stored.status());
  return plan_response(ctx, *stored);
}

Response api_safety_plan_put(Ctx& ctx) {
  auto plan = plan_from_json(ctx.body);
  if (!plan.ok()) return error_response(ctx, plan.status());
  std::size_t bad = safety::kPlanSections.size();
  Status st = save_safety_plan(ctx, *plan, &bad);
  if (!st.ok()) {
    return finish(ctx, json_error(http_status_for(st), safety_plan_error(ctx, st, bad, true)));
  }
  auto stored = load_safety_plan(ctx);
  if (!stored.ok()) return error_response(ctx, stored.status());
  return plan_response(ctx, *stored);
}

}  // namespace refuge::web
