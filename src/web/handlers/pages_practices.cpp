// Pages: the practice library, a practice, the player, the breathing pacer, the practice log
// form (for browsers without JavaScript), progress, and the self-soothing kit.
#include <charconv>
#include <cstdio>
#include <map>

#include "core/practices/practice_log.h"
#include "web/handlers/crisis_path.h"
#include "web/handlers/pages.h"
#include "web/handlers/practice_records.h"
#include "web/handlers/practice_views.h"
#include "web/handlers/render.h"
#include "web/view/svg_chart.h"

namespace refuge::web {
namespace {

constexpr int kProgressWeeks = 12;
constexpr int64_t kWeekSeconds = 7 * 24 * 60 * 60;

std::optional<int64_t> whole_number(std::string_view s) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// A 0–10 rating from a form field: empty means not given.
Result<std::optional<int>> form_rating(const Form& f, const char* field, const char* error_key) {
  std::string raw = f.get_or(field, "");
  if (raw.empty()) return std::optional<int>();
  auto v = whole_number(raw);
  if (!v || *v < 0 || *v > practices::kMaxSuds) return Status::InvalidArgument(error_key);
  return std::optional<int>(static_cast<int>(*v));
}

Response practice_missing(Ctx& ctx) {
  return render_page(ctx, "practice_missing", "practices.missing_title", {}, 404);
}

std::string minutes_text(const Locale& t, int64_t seconds) {
  int64_t minutes = (seconds + 30) / 60;
  return t.format(minutes == 1 ? "practices.minute" : "practices.minutes", "n",
                  std::to_string(minutes));
}

nlohmann::json variant_choices(Ctx& ctx, const practices::Practice& p, std::string_view chosen) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& v : p.variants) {
    std::string label = minutes_text(ctx.app.locale, v.total_seconds());
    if (v.eyes_open) label += " · " + ctx.app.locale.t("practices.eyes_open");
    list.push_back({{"id", v.id}, {"label", label}, {"selected", v.id == chosen}});
  }
  return list;
}

const char* component_key(std::string_view component) {
  static const std::map<std::string_view, const char*> keys = {
      {"mindfulness", "practices.component_mindfulness"},
      {"compassion_for_self", "practices.component_compassion_for_self"},
      {"compassion_for_others", "practices.component_compassion_for_others"},
      {"receiving_compassion", "practices.component_receiving_compassion"},
      {"self_soothing", "practices.component_self_soothing"},
      {"boundaries", "practices.component_boundaries"},
      {"attachment", "practices.component_attachment"}};
  auto it = keys.find(component);
  return it == keys.end() ? "practices.component_mindfulness" : it->second;
}

// The player page, with the no-JavaScript log form keeping what was typed after a problem.
Response player(Ctx& ctx, const practices::Practice& p, const practices::Variant& v,
                const std::string& error, int status) {
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : v.steps) {
    steps.push_back({{"text", s.text},
                     {"seconds", s.seconds},
                     {"bell", s.cue == practices::Cue::kBell},
                     {"stage", s.stage}});
  }
  nlohmann::json data = {
      {"practice", practice_json(p, false)},
      {"component_name", ctx.app.locale.t(component_key(p.component))},
      {"variant", {{"id", v.id}, {"eyes_open", v.eyes_open},
                   {"length", minutes_text(ctx.app.locale, v.total_seconds())},
                   {"total_seconds", v.total_seconds()}}},
      {"variants", variant_choices(ctx, p, v.id)},
      {"steps", steps},
      {"error", error},
      {"scripts", {"bell.js", "player.js"}},
      {"kept", {{"minutes", ctx.form.get_or("minutes", std::to_string(v.total_seconds() / 60))},
                {"completed", ctx.form.get_or("completed", "") == "1"},
                {"suds_before", ctx.form.get_or("suds_before", "")},
                {"suds_after", ctx.form.get_or("suds_after", "")}}}};
  return render_page(ctx, "practice_play", "practices.play_title", std::move(data), status);
}

}  // namespace

Response page_practices_index(Ctx& ctx) {
  nlohmann::json groups = nlohmann::json::array();
  for (const char* component : practices::kComponents) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : ctx.app.practices.practices()) {
      if (p.component != component) continue;
      nlohmann::json jp = practice_json(p, false);
      jp["lengths"] = variant_choices(ctx, p, "");
      list.push_back(std::move(jp));
    }
    if (list.empty()) continue;
    groups.push_back({{"id", component},
                      {"name", ctx.app.locale.t(component_key(component))},
                      {"practices", std::move(list)}});
  }
  return render_page(ctx, "practices_index", "practices.title", {{"groups", groups}});
}

Response page_practice_show(Ctx& ctx) {
  const practices::Practice* p = ctx.app.practices.practice(ctx.req.param("id"));
  if (!p) return practice_missing(ctx);
  nlohmann::json data = {{"practice", practice_json(*p, false)},
                         {"component_name", ctx.app.locale.t(component_key(p->component))},
                         {"variants", variant_choices(ctx, *p, p->variants.front().id)}};
  return render_page(ctx, "practice_show", "practices.title", std::move(data));
}

Response page_practice_play(Ctx& ctx) {
  const practices::Practice* p = ctx.app.practices.practice(ctx.req.param("id"));
  if (!p) return practice_missing(ctx);
  std::string wanted = ctx.req.query_param("variant");
  const practices::Variant* v = wanted.empty() ? &p->variants.front() : p->variant(wanted);
  if (!v) return practice_missing(ctx);
  return player(ctx, *p, *v, "", 200);
}

Response page_practice_log(Ctx& ctx) {
  const practices::Practice* p = ctx.app.practices.practice(ctx.req.param("id"));
  if (!p) return practice_missing(ctx);
  const practices::Variant* v = p->variant(ctx.form.get_or("variant", ""));
  if (!v) v = &p->variants.front();
  auto fail = [&](const Status& st) {
    return player(ctx, *p, *v, ctx.app.locale.message(st.message()), http_status_for(st));
  };
  auto minutes = whole_number(ctx.form.get_or("minutes", ""));
  if (!minutes || *minutes < 0 || *minutes > practices::kMaxPractisedSeconds / 60) {
    return fail(Status::InvalidArgument("errors.minutes_range"));
  }
  auto before = form_rating(ctx.form, "suds_before", "errors.suds_before_range");
  if (!before.ok()) return fail(before.status());
  auto after = form_rating(ctx.form, "suds_after", "errors.suds_after_range");
  if (!after.ok()) return fail(after.status());
  practices::PracticeSession s{p->id, v->id, ctx.app.clock() - *minutes * 60, *minutes * 60,
                               ctx.form.get_or("completed", "") == "1", *before, *after};
  auto id = log_practice_session(ctx, s);
  if (!id.ok()) return fail(id.status());
  return finish(ctx, Response::redirect("/progress?logged=1"));
}

Response page_breathe(Ctx& ctx) {
  std::string chosen = ctx.req.query_param("pattern");
  if (!ctx.app.practices.pattern(chosen)) chosen = ctx.app.practices.patterns().front().id;
  auto minutes = whole_number(ctx.req.query_param("minutes"));
  int64_t length = minutes && *minutes >= practices::kMinSessionMinutes &&
                           *minutes <= practices::kMaxSessionMinutes
                       ? *minutes
                       : 3;
  nlohmann::json patterns = nlohmann::json::array();
  for (const auto& p : ctx.app.practices.patterns()) {
    nlohmann::json jp = pattern_json(p);
    jp["selected"] = p.id == chosen;
    jp["phases_json"] = jp["phases"].dump();
    patterns.push_back(std::move(jp));
  }
  nlohmann::json lengths = nlohmann::json::array();
  for (int m : {1, 2, 3, 5, 10, 15, 20, 30, 45, 60}) {
    lengths.push_back({{"value", m}, {"label", minutes_text(ctx.app.locale, m * 60)},
                       {"selected", m == length}});
  }
  nlohmann::json data = {{"patterns", patterns},
                         {"lengths", lengths},
                         {"autostart", ctx.req.query_param("start") == "1"},
                         {"scripts", {"pacer.js"}},
                         {"min_phase", practices::kMinPhaseSeconds},
                         {"max_phase", practices::kMaxPhaseSeconds}};
  return render_page(ctx, "breathe", "breathe.title", std::move(data));
}

Response page_progress(Ctx& ctx) {
  int64_t now = ctx.app.clock();
  int64_t since = practices::week_start(now) - (kProgressWeeks - 1) * kWeekSeconds;
  auto logged = practice_sessions_since(ctx, since);
  if (!logged.ok()) return error_response(ctx, logged.status());
  std::vector<practices::PracticeSession> sessions;
  for (const auto& l : *logged) sessions.push_back(l.session);
  const Locale& t = ctx.app.locale;

  auto weeks = practices::minutes_per_week(sessions, now, kProgressWeeks);
  std::vector<Bar> bars;
  nlohmann::json rows = nlohmann::json::array();
  int64_t total_seconds = 0;
  std::vector<int64_t> week_starts;
  for (const auto& w : weeks) week_starts.push_back(w.week_start);
  const std::vector<std::string> labels = chart_date_labels(week_starts);
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    const auto& w = weeks[i];
    bars.push_back({labels[i], w.seconds / 60.0});
    rows.push_back({{"week", friendly_date(w.week_start)},
                    {"minutes", std::to_string((w.seconds + 30) / 60)}});
    total_seconds += w.seconds;
  }
  nlohmann::json uses = nlohmann::json::array();
  for (const auto& u : practices::practice_use(sessions)) {
    const practices::Practice* p = ctx.app.practices.practice(u.practice_id);
    std::string name = p ? p->title : t.t("breathe.title");
    std::string change;
    if (u.suds_change) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%+.1f", *u.suds_change);
      change = buf;
    }
    uses.push_back({{"name", name},
                    {"times", std::to_string(u.times)},
                    {"time", minutes_text(t, u.seconds)},
                    {"suds_change", change},
                    {"rated", std::to_string(u.rated)}});
  }
  nlohmann::json data = {
      {"chart", bar_chart_svg(bars, t.t("progress.chart_title"))},
      {"weeks", rows},
      {"has_sessions", !sessions.empty()},
      {"uses", uses},
      {"total", minutes_text(t, total_seconds)},
      {"logged", ctx.req.query_param("logged") == "1"}};
  return render_page(ctx, "progress", "progress.title", std::move(data));
}

namespace {

Response kit_page(Ctx& ctx, const practices::SoothingKit& kit, const std::string& error,
                  bool saved, int status) {
  const auto& ideas = ctx.app.practices.soothing_suggestions();
  nlohmann::json groups = nlohmann::json::array();
  for (std::size_t g = 0; g < practices::kKitGroups.size(); ++g) {
    std::string text;
    for (const auto& item : kit.items[g]) text += item + "\n";
    std::string id = practices::kKitGroups[g];
    groups.push_back({{"id", id},
                      {"name", ctx.app.locale.t("kit.group_" + id)},
                      {"text", text},
                      {"ideas", ideas.items[g]}});
  }
  return render_page(ctx, "kit", "kit.title",
                     {{"groups", groups}, {"error", error}, {"saved", saved}}, status);
}

}  // namespace

Response page_kit(Ctx& ctx) {
  auto kit = load_soothing_kit(ctx);
  if (!kit.ok()) return error_response(ctx, kit.status());
  return kit_page(ctx, *kit, "", ctx.req.query_param("saved") == "1", 200);
}

Response page_kit_save(Ctx& ctx) {
  practices::SoothingKit kit;
  for (std::size_t g = 0; g < practices::kKitGroups.size(); ++g) {
    kit.items[g] = practices::kit_items_from_lines(ctx.form.get_or(practices::kKitGroups[g], ""));
  }
  Status st = save_soothing_kit(ctx, kit);
  if (!st.ok()) {
    return kit_page(ctx, kit, ctx.app.locale.message(st.message()), false, http_status_for(st));
  }
  // A kit is a list of comforts, but words of crisis can land anywhere: they are kept (saved
  // above) and Support now comes straight after, as for the journal and thought records.
  std::vector<std::string_view> items;
  for (const auto& group : kit.items) items.insert(items.end(), group.begin(), group.end());
  if (auto help = support_if_crisis(ctx, items, "soothing_kit", "/kit?saved=1")) return *help;
  return finish(ctx, Response::redirect("/kit?saved=1"));
}

}  // namespace refuge::web
