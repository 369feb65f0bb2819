// Pages: home and "Support now".
#include "web/handlers/journal_entries.h"
#include "web/handlers/pages.h"
#include "web/handlers/practice_records.h"
#include "web/handlers/render.h"

namespace refuge::web {

Response page_home(Ctx& ctx) {
  nlohmann::json data = nlohmann::json::object();
  if (ctx.user) {
    auto recent = list_journal_entries(ctx, 0, 3);
    if (recent.ok()) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& e : recent->entries) {
        list.push_back({{"id", e.id},
                        {"excerpt", journal::excerpt(e.content.text, 120)},
                        {"created", friendly_time(e.created_at)}});
      }
      data["recent"] = list;
      data["has_recent"] = !list.empty();
    }
  }
  return render_page(ctx, "home", "home.title", data);
}

Response page_support(Ctx& ctx) {
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
  // The person's own kit, when signed in. Support must render even when the database is down,
  // so a failure here only leaves the kit out.
  if (ctx.user) {
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
  return render_page(ctx, "support", "support.title", data);
}

}  // namespace refuge::web
