// Pages: assessments — the list, taking one (save and resume later), results with the safety
// path, history with the Reliable Change Index, and the attachment map.
#include <charconv>
#include <cstdio>
#include <cmath>
#include <limits>

#include "core/instruments/attachment_map.h"
#include "web/handlers/assessment_views.h"
#include "web/handlers/pages.h"
#include "web/handlers/render.h"
#include "web/handlers/safety_path.h"
#include "web/view/attachment_map_svg.h"
#include "web/view/svg_chart.h"

namespace refuge::web {
namespace {

const instruments::Instrument* instrument_param(Ctx& ctx) {
  return ctx.app.instruments.find(ctx.req.param("instrument"));
}

// The answers in the form ("item_1" = "5", ...). Unanswered items are absent.
Result<instruments::Answers> answers_from_form(const Form& f,
                                               const instruments::Instrument& instrument) {
  instruments::Answers answers;
  for (const auto& item : instrument.items) {
    std::string raw = f.get_or("item_" + std::to_string(item.number), "");
    if (raw.empty()) continue;
    int v = 0;
    auto [p, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
    if (ec != std::errc() || p != raw.data() + raw.size()) {
      return Status::InvalidArgument("item " + std::to_string(item.number) +
                                     ": the answer is not one of the choices");
    }
    answers[item.number] = v;
  }
  return answers;
}

Response take_page(Ctx& ctx, const instruments::Instrument& in, const std::string& id,
                   const instruments::Answers& answers, const std::string& error, int status) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : in.items) {
    if (!item.scored && item.options.empty()) continue;
    auto it = answers.find(item.number);
    nlohmann::json options = nlohmann::json::array();
    for (std::size_t o = 0; o < item.options.size(); ++o) {
      const auto& opt = item.options[o];
      options.push_back({{"value", std::to_string(opt.value)},
                         {"display", opt.display},
                         {"checked", it != answers.end() && it->second == opt.value},
                         {"input_id", "item-" + std::to_string(item.number) + "-" +
                                          std::to_string(opt.value)}});
    }
    items.push_back({{"number", std::to_string(item.number)},
                     {"text", item.text},
                     {"options", options},
                     {"answered", it != answers.end()}});
  }
  nlohmann::json data = {
      {"instrument", {{"id", in.id}, {"title", in.title}, {"short_name", in.short_name},
                      {"intro", in.intro}, {"instructions", in.instructions},
                      {"citation", in.citation}, {"licence", in.licence}}},
      {"id", id},
      {"items", items},
      {"total", std::to_string(items.size())},
      {"answered", std::to_string(answers.size())},
      {"progress_text", ctx.app.locale.format("assessments.answered_of", "n",
                                              std::to_string(answers.size()) + " / " +
                                                  std::to_string(items.size()))},
      {"resuming", !id.empty()},
      {"error", error},
      {"scripts", {"assessment.js"}}};
  return render_page(ctx, "assessment_take", "assessments.take_title", std::move(data), status);
}

}  // namespace

Response page_assessments_index(Ctx& ctx) {
  auto all = list_assessments(ctx, "", true);
  if (!all.ok()) return error_response(ctx, all.status());
  nlohmann::json list = nlohmann::json::array();
  bool has_ecr = false;
  for (const auto& in : ctx.app.instruments.instruments()) {
    const AssessmentView* last = nullptr;
    const AssessmentView* unfinished = nullptr;
    int done = 0;
    for (const auto& a : *all) {
      if (a.instrument != &in) continue;
      if (a.completed) {
        last = &a;
        ++done;
      } else {
        unfinished = &a;
      }
    }
    if (in.attachment_map && done > 0) has_ecr = true;
    nlohmann::json j = {{"id", in.id},
                        {"title", in.title},
                        {"short_name", in.short_name},
                        {"intro", in.intro},
                        {"times", std::to_string(done)},
                        {"has_history", done > 0},
                        {"unfinished", unfinished != nullptr}};
    if (last) {
      j["last_date"] = friendly_date(last->updated_at);
      j["last_id"] = last->id;
    }
    list.push_back(std::move(j));
  }
  nlohmann::json data = {{"instruments", list},
                         {"has_map", has_ecr},
                         {"saved", ctx.req.query_param("saved") == "1"}};
  return render_page(ctx, "assessments_index", "assessments.title", std::move(data));
}

Response page_assessment_take(Ctx& ctx) {
  const instruments::Instrument* in = instrument_param(ctx);
  if (!in) return not_found(ctx);
  // Resume the unfinished one, if there is one.
  auto list = list_assessments(ctx, in->id, true);
  if (!list.ok()) return error_response(ctx, list.status());
  for (auto it = list->rbegin(); it != list->rend(); ++it) {
    if (!it->completed) return take_page(ctx, *in, it->id, it->answers, "", 200);
  }
  return take_page(ctx, *in, "", {}, "", 200);
}

Response page_assessment_save(Ctx& ctx) {
  const instruments::Instrument* in = instrument_param(ctx);
  if (!in) return not_found(ctx);
  std::string id = ctx.form.get_or("assessment_id", "");
  bool finish_now = ctx.form.get_or("action", "finish") != "save";
  auto answers = answers_from_form(ctx.form, *in);
  if (!answers.ok()) return take_page(ctx, *in, id, {}, answers.status().message(), 400);
  auto saved = save_assessment(ctx, *in, id, *answers, finish_now);
  if (!saved.ok()) {
    return take_page(ctx, *in, id, *answers, ctx.app.locale.message(saved.status().message()),
                     http_status_for(saved.status()));
  }
  if (!finish_now) return finish(ctx, Response::redirect("/assessments?saved=1"));
  return finish(ctx, Response::redirect("/assessments/results/" + saved->id));
}

Response page_assessment_result(Ctx& ctx) {
  auto a = load_assessment(ctx, ctx.req.param("id"));
  if (!a.ok()) return error_response(ctx, a.status());
  if (!a->completed) {
    return finish(ctx, Response::redirect("/assessments/" + a->instrument->id + "/take"));
  }
  nlohmann::json data = {{"assessment", assessment_json(*a)},
                         {"instrument", {{"id", a->instrument->id},
                                         {"title", a->instrument->title},
                                         {"short_name", a->instrument->short_name},
                                         {"citation", a->instrument->citation},
                                         {"scoring_note", a->instrument->scoring_note},
                                         {"missing_rule", a->instrument->missing_answer_rule}}},
                         {"date", friendly_time(a->updated_at)},
                         {"scores", scores_json(*a)},
                         {"is_map", a->instrument->attachment_map.has_value()}};
  if (a->score.needs_safety_path()) {
    data["risk"] = true;
    data["support"] = support_data(ctx);
  }
  if (a->instrument->attachment_map) {
    auto place = instruments::place_on_map(*a->instrument, a->score);
    if (place.ok() && place->region) {
      data["region"] = {{"label", place->region->label},
                        {"description", place->region->description}};
    }
  }
  return render_page(ctx, "assessment_result", "assessments.result_title", std::move(data));
}

Response page_assessment_history(Ctx& ctx) {
  const instruments::Instrument* in = instrument_param(ctx);
  if (!in) return not_found(ctx);
  auto list = list_assessments(ctx, in->id, false);
  if (!list.ok()) return error_response(ctx, list.status());
  const auto& done = *list;
  const Locale& t = ctx.app.locale;

  // The chart: the total when the instrument has one, else every scale.
  std::vector<const instruments::Scale*> charted;
  if (const auto* total = in->scale("total")) {
    charted.push_back(total);
  } else {
    for (const auto& s : in->scales) charted.push_back(&s);
  }
  std::vector<int64_t> times;
  for (const auto& a : done) times.push_back(a.updated_at);
  std::vector<std::string> dates = chart_date_labels(times);
  std::vector<Series> series;
  for (const auto* s : charted) {
    Series ser{s->name, {}};
    for (const auto& a : done) {
      const auto* sc = a.score.scale(s->id);
      ser.values.push_back(sc && sc->value ? *sc->value : std::numeric_limits<double>::quiet_NaN());
    }
    series.push_back(std::move(ser));
  }
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json choices = nlohmann::json::array();
  for (const auto& a : done) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& s : scores_json(a)) values.push_back(s["not_enough"].get<bool>() ? "—" : s["value_text"]);
    rows.push_back({{"id", a.id}, {"date", friendly_time(a.updated_at)}, {"values", values}});
  }
  nlohmann::json heads = nlohmann::json::array();
  for (const auto& s : in->scales) heads.push_back(s.name);

  nlohmann::json data = {{"instrument", {{"id", in->id}, {"title", in->title},
                                         {"short_name", in->short_name}}},
                         {"rows", rows},
                         {"heads", heads},
                         {"count", std::to_string(done.size())},
                         {"has_any", !done.empty()},
                         {"has_two", done.size() >= 2}};
  if (!done.empty()) {
    const instruments::Scale* first = charted.front();
    data["chart"] = line_chart_svg(dates, series, first->min, first->max,
                                   t.format("assessments.chart_title", "n", in->short_name));
  }
  if (done.size() >= 2) {
    // First and latest, or the two the person picked.
    std::string from_id = ctx.req.query_param("from"), to_id = ctx.req.query_param("to");
    const AssessmentView* from = &done.front();
    const AssessmentView* to = &done.back();
    for (const auto& a : done) {
      if (a.id == from_id) from = &a;
      if (a.id == to_id) to = &a;
    }
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& s : in->scales) {
      auto c = change_json(t, s, *from, *to);
      if (!c.is_null()) changes.push_back(std::move(c));
    }
    data["changes"] = changes;
    data["from_date"] = friendly_time(from->updated_at);
    data["to_date"] = friendly_time(to->updated_at);
    auto tt = talking_therapies_json(t, *from, *to);
    if (!tt.is_null()) data["tt"] = tt;
    for (const auto& a : done) {
      choices.push_back({{"id", a.id},
                         {"date", friendly_time(a.updated_at)},
                         {"is_from", &a == from},
                         {"is_to", &a == to}});
    }
    data["choices"] = choices;
  }
  return render_page(ctx, "assessment_history", "assessments.history_title", std::move(data));
}

Response page_attachment_map(Ctx& ctx) {
  const instruments::Instrument* ecr = nullptr;
  for (const auto& in : ctx.app.instruments.instruments()) {
    if (in.attachment_map) ecr = &in;
  }
  if (!ecr) return not_found(ctx);
  const auto& rules = *ecr->attachment_map;
  auto list = list_assessments(ctx, ecr->id, false);
  if (!list.ok()) return error_response(ctx, list.status());
  std::vector<MapPoint> points;
  nlohmann::json positions = nlohmann::json::array();
  for (const auto& a : *list) {
    auto place = instruments::place_on_map(*ecr, a.score);
    if (!place.ok()) continue;
    std::string date = friendly_date(a.updated_at);
    points.push_back({place->anxiety, place->avoidance, date});
    char anx[16], avo[16];
    std::snprintf(anx, sizeof anx, "%.2f", place->anxiety);
    std::snprintf(avo, sizeof avo, "%.2f", place->avoidance);
    positions.push_back({{"date", date},
                         {"anxiety", anx},
                         {"avoidance", avo},
                         {"region", place->region ? place->region->label : ""}});
  }
  std::vector<MapRegionLabel> regions;
  nlohmann::json region_list = nlohmann::json::array();
  for (const auto& r : rules.regions) {
    regions.push_back({r.label, r.high_anxiety, r.high_avoidance});
    region_list.push_back({{"label", r.label}, {"description", r.description}});
  }
  const auto* anxiety = ecr->scale(rules.anxiety_scale);
  const Locale& t = ctx.app.locale;
  nlohmann::json data = {{"positions", positions},
                         {"has_positions", !positions.empty()},
                         {"regions", region_list},
                         {"cut_off_source", rules.cut_off_source},
                         {"note", rules.note},
                         {"instrument_id", ecr->id}};
  if (!points.empty()) {
    data["map"] = attachment_map_svg(points, regions, anxiety->min, anxiety->max, rules.cut_off,
                                     t.t("assessments.map_svg_title"), t.t("assessments.map_x"),
                                     t.t("assessments.map_y"));
    data["latest"] = positions.back();
  }
  return render_page(ctx, "attachment_map", "assessments.map_title", std::move(data));
}

}  // namespace refuge::web
