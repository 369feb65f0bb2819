#include "web/handlers/safety_path.h"

#include <spdlog/spdlog.h>

#include "store/crypto/random.h"
#include "web/handlers/practice_records.h"
#include "web/handlers/render.h"
#include "web/handlers/safety_plans.h"

namespace refuge::web {

nlohmann::json support_data(Ctx& ctx) {
  std::string wanted = ctx.req.query_param("country");
  if (wanted.empty()) wanted = ctx.app.config.country;
  const auto& info = ctx.app.crisis.for_country(wanted);
  nlohmann::json lines = nlohmann::json::array();
  for (const auto& l : info.lines) {
    lines.push_back({{"name", l.name},
                     {"phone", l.phone},
                     {"tel", l.tel},
                     {"sms", l.sms},
                     {"notes", l.notes}});
  }
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : ctx.app.crisis.countries()) {
    countries.push_back({{"code", c.code}, {"name", c.name}, {"selected", c.code == info.code}});
  }
  nlohmann::json data = {{"country", {{"code", info.code},
                                      {"name", info.name},
                                      {"emergency", info.emergency},
                                      {"emergency_tel", info.emergency_tel},
                                      {"source", info.source},
                                      {"last_checked", info.last_checked},
                                      {"advice", info.advice}}},
                         {"lines", lines},
                         {"has_lines", !lines.empty()},
                         {"countries", countries}};
  // The person's own safety plan and kit, when signed in; a database failure only leaves them
  // out, so the crisis lines always render.
  if (ctx.user) {
    auto plan = load_safety_plan(ctx);
    if (plan.ok()) {
      nlohmann::json steps = safety_plan_steps(ctx, plan->plan);
      data["has_plan"] = !steps.empty();
      data["plan_none"] = steps.empty();
      data["plan_steps"] = std::move(steps);
    }
    auto kit = load_soothing_kit(ctx);
    if (kit.ok() && !kit->empty()) {
      nlohmann::json groups = nlohmann::json::array();
      for (std::size_t g = 0; g < practices::kKitGroups.size(); ++g) {
        if (kit->items[g].empty()) continue;
        groups.push_back({{"name", ctx.app.locale.t(std::string("kit.group_") +
                                                    practices::kKitGroups[g])},
                          {"items", kit->items[g]}});
      }
      data["kit"] = groups;
    }
  }
  return data;
}

void record_risk_event(Ctx& ctx, std::string_view kind, std::string_view source) {
  if (!ctx.user) return;
  store::RiskEventRecord r{crypto::random_id(), ctx.me().account.id, std::string(kind),
                           std::string(source), ctx.app.clock()};
  Status st = ctx.app.store.risk_events().record(r);
  if (!st.ok()) spdlog::error("[{}] risk event not recorded: {}", ctx.req.request_id, st.message());
}

void record_crisis_language(Ctx& ctx, std::string_view source) {
  constexpr std::string_view kind = "crisis_language";
  if (!ctx.user) return;
  auto events = ctx.app.store.risk_events().list(ctx.me().account.id);  // newest first
  if (events.ok()) {
    for (const auto& e : *events) {
      if (e.kind != kind || e.source != source) continue;
      if (ctx.app.clock() - e.created_at < kCrisisLanguageQuietSeconds) return;
      break;
    }
  }
  record_risk_event(ctx, kind, source);
}

}  // namespace refuge::web
