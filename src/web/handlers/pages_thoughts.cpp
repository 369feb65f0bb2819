// Pages: the compassionate thought record (seven guided steps, saved at every step), its
// history with the traps and beliefs that come up most, and the person's saved kind phrases.
#include <algorithm>
#include <array>
#include <charconv>

#include "core/journal/journal_entry.h"
#include "core/text/ascii.h"
#include "web/handlers/crisis_path.h"
#include "web/handlers/pages.h"
#include "web/handlers/render.h"
#include "web/handlers/thought_records.h"
#include "web/handlers/thought_views.h"
#include "web/view/svg_chart.h"

namespace refuge::web {
namespace {

using thoughts::ThoughtRecord;

constexpr std::size_t kEmotionRows = 4;  // blank rows offered at step 3 (up to kMaxEmotions)

std::string step_url(std::string_view id, int step) {
  return "/thoughts/" + std::string(id) + "/step/" + std::to_string(step);
}

// A whole number 0..100 typed in a field; nullopt when empty, error when not a rating.
Result<std::optional<int>> rating_field(const Form& f, const std::string& name) {
  std::string raw = f.get_or(name, "");
  raw.erase(0, raw.find_first_not_of(' '));
  raw.erase(raw.find_last_not_of(' ') + 1);
  if (raw.empty()) return std::optional<int>();
  int v = -1;
  auto [p, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
  if (ec != std::errc() || p != raw.data() + raw.size() || v < 0 || v > 100) {
    return Status::InvalidArgument("errors.emotion_rating");
  }
  return std::optional<int>(v);
}

// Step 3: the rows the person filled in (name and rating), in order.
Result<std::vector<thoughts::Emotion>> emotions_from_form(const Form& f,
                                                          const std::vector<thoughts::Emotion>& old) {
  std::vector<thoughts::Emotion> out;
  for (std::size_t i = 1; i <= thoughts::kMaxEmotions; ++i) {
    std::string n = std::to_string(i);
    std::string name(text::trim(f.get_or("emotion_name_" + n, "")));
    auto rating = rating_field(f, "emotion_before_" + n);
    if (!rating.ok()) return rating.status();
    if (name.empty() && !*rating) continue;
    if (name.empty()) return Status::InvalidArgument("errors.emotion_name");
    if (!*rating) return Status::InvalidArgument("errors.emotion_rating");
    thoughts::Emotion e{name, **rating, std::nullopt};
    // A feeling already re-rated keeps its second rating while its name is unchanged.
    for (const auto& o : old) {
      if (o.name == name) e.after = o.after;
    }
    out.push_back(std::move(e));
  }
  return out;
}

// Applies what step `step` of the form holds to the record.
Status apply_step(int step, const Form& f, ThoughtRecord& r) {
  switch (step) {
    case 1: r.situation = f.get_or("situation", ""); break;
    case 2: r.critic = f.get_or("critic", ""); break;
    case 3: {
      auto emotions = emotions_from_form(f, r.emotions);
      if (!emotions.ok()) return emotions.status();
      r.emotions = std::move(emotions.value());
      break;
    }
    case 4: r.mindfulness = f.get_or("mindfulness", ""); break;
    case 5: r.common_humanity = f.get_or("common_humanity", ""); break;
    case 6: r.kindness = f.get_or("kindness", ""); break;
    case 7:
      for (std::size_t i = 0; i < r.emotions.size(); ++i) {
        auto after = rating_field(f, "emotion_after_" + std::to_string(i + 1));
        if (!after.ok()) return after.status();
        r.emotions[i].after = *after;
      }
      break;
    default: return Status::InvalidArgument("errors.step_range");
  }
  return Status::Ok();
}

// The free text a step holds (checked for crisis language when saved).
std::vector<std::string_view> step_texts(int step, const ThoughtRecord& r) {
  switch (step) {
    case 1: return {r.situation};
    case 2: return {r.critic};
    case 4: return {r.mindfulness};
    case 5: return {r.common_humanity};
    case 6: return {r.kindness};
    default: return {};
  }
}

nlohmann::json emotions_json(const std::vector<thoughts::Emotion>& emotions, std::size_t rows) {
  nlohmann::json list = nlohmann::json::array();
  std::size_t n = std::min(thoughts::kMaxEmotions, std::max(rows, emotions.size() + 1));
  for (std::size_t i = 0; i < n; ++i) {
    nlohmann::json row = {{"n", std::to_string(i + 1)}, {"name", ""}, {"before", ""}, {"after", ""}};
    if (i < emotions.size()) {
      row["name"] = emotions[i].name;
      row["before"] = std::to_string(emotions[i].before);
      row["after"] = emotions[i].after ? std::to_string(*emotions[i].after) : "";
    }
    list.push_back(row);
  }
  return list;
}

// The step page for record `id` ("" while step 1 of a new record) as the record stands.
// `kept_rows` (rows of "n","name","before","after" as typed) replaces the feelings table after a
// problem, so what was typed is shown again even when it could not be saved.
Response step_page(Ctx& ctx, std::string_view id, int step, const ThoughtRecord& r,
                   const std::string& error, int status,
                   const nlohmann::json& kept_rows = nullptr) {
  const Locale& t = ctx.app.locale;
  std::string n = std::to_string(step);
  nlohmann::json steps = nlohmann::json::array();
  for (int s = 1; s <= thoughts::kSteps; ++s) {
    std::string sn = std::to_string(s);
    nlohmann::json item = {{"n", sn}, {"name", t.t("thoughts.step_" + sn + "_short")},
                           {"current", s == step}};
    if (!id.empty() && s != step && s <= r.step) item["url"] = step_url(id, s);
    steps.push_back(item);
  }
  nlohmann::json data = {
      {"id", std::string(id)},
      {"action", id.empty() ? std::string("/thoughts") : step_url(id, step)},
      {"step", n},
      {"step_of", t.format("thoughts.step_of", "step", n + " / " + std::to_string(thoughts::kSteps))},
      {"step_title", t.t("thoughts.step_" + n + "_title")},
      {"step_prompt", t.t("thoughts.step_" + n + "_prompt")},
      {"steps", steps},
      {"has_back", step > 1},
      {"is_last", step == thoughts::kSteps},
      {"error", error},
      {"record", {{"situation", r.situation}, {"critic", r.critic}, {"mindfulness", r.mindfulness},
                  {"common_humanity", r.common_humanity}, {"kindness", r.kindness}}},
      {"step" + n, true},
      {"scripts", {"autosave.js", "thought-record.js"}}};
  // Only the critic's step and the kindness step show what the analyser notices.
  analysis::Analysis critic;
  if (step == 2 || step == 6) critic = ctx.app.analyser.analyse(r.critic);
  if (step == 2) {
    data["findings"] = findings_view(ctx, r.critic, critic);
    data["checked"] = !r.critic.empty();
    data["finding_notes"] = finding_notes_json(ctx);
  }
  if (step == 3) {
    data["emotions"] = emotions_json(r.emotions, kEmotionRows);
    data["emotion_suggestions"] = journal::split_tags(t.t("thoughts.emotion_suggestions"));
  }
  if (step == 6) {
    nlohmann::json openings = nlohmann::json::array();
    for (auto& o : openings_for(ctx, critic)) openings.push_back(o);
    data["openings"] = openings;
    data["critic_marked"] = findings_view(ctx, r.critic, critic);
  }
  if (step == 7) {
    nlohmann::json rows = emotions_json(r.emotions, 0);
    if (rows.size() > r.emotions.size()) rows.erase(rows.size() - 1);  // no blank row here
    data["emotions"] = rows;
    data["no_emotions"] = r.emotions.empty();
  }
  if ((step == 3 || step == 7) && kept_rows.is_array()) data["emotions"] = kept_rows;
  return render_page(ctx, "thought_step", "thoughts.step_page_title", data, status);
}

// The feelings rows exactly as typed at step 3 or 7.
nlohmann::json kept_emotion_rows(const Form& f, const ThoughtRecord& r, int step) {
  nlohmann::json rows = nlohmann::json::array();
  std::size_t n = step == 3 ? thoughts::kMaxEmotions : r.emotions.size();
  for (std::size_t i = 1; i <= n; ++i) {
    std::string k = std::to_string(i);
    if (step == 3 && !f.has("emotion_name_" + k) && !f.has("emotion_before_" + k)) continue;
    const thoughts::Emotion* e = i <= r.emotions.size() ? &r.emotions[i - 1] : nullptr;
    rows.push_back({{"n", k},
                    {"name", step == 3 ? f.get_or("emotion_name_" + k, "") : (e ? e->name : "")},
                    {"before", step == 3 ? f.get_or("emotion_before_" + k, "")
                                         : (e ? std::to_string(e->before) : "")},
                    {"after", f.get_or("emotion_after_" + k, "")}});
  }
  return rows;
}

// Where a step goes once saved: the next step, the one before, the list, or the finished record.
std::string after_save_url(std::string_view id, int step, const std::string& action) {
  if (action == "back" && step > 1) return step_url(id, step - 1);
  if (action == "later") return "/thoughts?saved=1";
  if (step >= thoughts::kSteps) return "/thoughts/" + std::string(id) + "?done=1";
  return step_url(id, step + 1);
}

int step_param(const Ctx& ctx) {
  std::string_view raw = ctx.req.param("step");
  int step = 0;
  auto [p, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), step);
  if (ec != std::errc() || p != raw.data() + raw.size()) return 0;
  return step >= 1 && step <= thoughts::kSteps ? step : 0;
}

// Keeps the person's kind words as a phrase unless the same words are already kept.
Status keep_phrase(Ctx& ctx, const std::string& text) {
  auto existing = list_phrases(ctx, kMaxListed);
  if (!existing.ok()) return existing.status();
  auto wanted = thoughts::validate_phrase(text);
  if (!wanted.ok()) return wanted.status();
  for (const auto& p : *existing) {
    if (p.text == *wanted) return Status::Ok();
  }
  return save_phrase(ctx, *wanted).status();
}

std::string change_text(const Locale& t, const ThoughtRecord& r) {
  const thoughts::Emotion* strongest = nullptr;
  for (const auto& e : r.emotions) {
    if (!strongest || e.before > strongest->before) strongest = &e;
  }
  if (!strongest || !strongest->after) return "";
  return strongest->name + " " + std::to_string(strongest->before) + " \u2192 " +
         std::to_string(*strongest->after) + " (" + t.t("thoughts.change_label") + " " +
         (*strongest->after > strongest->before ? "+" : "") +
         std::to_string(*strongest->after - strongest->before) + ")";
}

}  // namespace

Response page_thoughts_index(Ctx& ctx) {
  const Locale& t = ctx.app.locale;
  auto records = list_thought_records(ctx, kMaxListed);
  if (!records.ok()) return error_response(ctx, records.status());
  auto phrases = list_phrases(ctx, kMaxListed);
  if (!phrases.ok()) return error_response(ctx, phrases.status());
  std::array<int, analysis::kFindingTypeCount> counts{};
  nlohmann::json list = nlohmann::json::array();
  for (const auto& v : *records) {
    for (const Noticed& n : noticed_types(ctx.app.analyser.analyse(v.record.critic))) {
      if (n.likely) ++counts[static_cast<std::size_t>(n.type)];  // not the "perhaps" ones
    }
    const std::string& words = v.record.critic.empty() ? v.record.situation : v.record.critic;
    nlohmann::json item = {{"id", v.id},
                           {"created", friendly_time(v.created_at)},
                           {"excerpt", journal::excerpt(words, 140)},
                           {"change", change_text(t, v.record)},
                           {"finished", v.record.finished()}};
    if (!v.record.finished()) {
      item["continue_url"] = step_url(v.id, v.record.step);
      item["continue_label"] = t.format("thoughts.continue_at", "step", std::to_string(v.record.step));
    }
    list.push_back(item);
  }
  std::vector<Bar> bars;
  nlohmann::json common = nlohmann::json::array();
  std::vector<std::size_t> order(analysis::kFindingTypeCount);
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
  for (std::size_t i : order) {
    if (counts[i] == 0 || bars.size() == 8) continue;
    auto type = static_cast<analysis::FindingType>(i);
    std::string name = t.t("finding_names." + std::string(analysis::finding_type_id(type)));
    bars.push_back({name, static_cast<double>(counts[i])});
    common.push_back({{"name", name},
                      {"count", counts[i] == 1 ? t.t("thoughts.once")
                                               : t.format("thoughts.times", "n",
                                                          std::to_string(counts[i]))},
                      {"note", t.t("findings." + std::string(analysis::finding_type_id(type)))}});
  }
  nlohmann::json phrase_list = nlohmann::json::array();
  for (const auto& p : *phrases) {
    phrase_list.push_back({{"id", p.id}, {"text", p.text}, {"created", friendly_date(p.created_at)}});
  }
  nlohmann::json data = {{"records", list},
                         {"has_records", !list.empty()},
                         {"common", common},
                         {"has_common", !common.empty()},
                         {"phrases", phrase_list},
                         {"has_phrases", !phrase_list.empty()},
                         {"saved", ctx.req.query_param("saved") == "1"},
                         {"deleted", ctx.req.query_param("deleted") == "1"}};
  if (!bars.empty()) data["chart"] = hbar_chart_svg(bars, t.t("thoughts.common_chart_title"));
  return render_page(ctx, "thoughts_index", "thoughts.title", data);
}

Response page_thought_new(Ctx& ctx) {
  return step_page(ctx, "", 1, ThoughtRecord{}, "", 200);
}

Response page_thought_create(Ctx& ctx) {
  ThoughtRecord r;
  Status st = apply_step(1, ctx.form, r);
  r.step = 2;
  Result<std::string> id = st.ok() ? create_thought_record(ctx, r) : Result<std::string>(st);
  if (!id.ok()) {
    if (http_status_for(id.status()) != 400) return error_response(ctx, id.status());
    return step_page(ctx, "", 1, r, ctx.app.locale.message(id.status().message()), 400);
  }
  std::string next = after_save_url(*id, 1, ctx.form.get_or("action", "next"));
  if (auto help = support_if_crisis(ctx, step_texts(1, r), "thought_record", next)) return *help;
  return finish(ctx, Response::redirect(next));
}

Response page_thought_step(Ctx& ctx) {
  int step = step_param(ctx);
  if (step == 0) return not_found(ctx);
  std::string id(ctx.req.param("id"));
  auto v = load_thought_record(ctx, id);
  if (!v.ok()) return error_response(ctx, v.status());
  return step_page(ctx, id, step, v->record, "", 200);
}

Response page_thought_step_save(Ctx& ctx) {
  int step = step_param(ctx);
  if (step == 0) return not_found(ctx);
  std::string id(ctx.req.param("id"));
  auto v = load_thought_record(ctx, id);
  if (!v.ok()) return error_response(ctx, v.status());
  ThoughtRecord r = v->record;
  std::string action = ctx.form.get_or("action", "next");
  Status st = apply_step(step, ctx.form, r);
  if (st.ok() && action != "back" && action != "check" && action != "autosave") {
    r.step = std::max(r.step, step + 1);
  }
  if (st.ok()) st = update_thought_record(ctx, id, r);
  if (st.ok() && step == 6 && ctx.form.get_or("keep_phrase", "") == "1" && !r.kindness.empty()) {
    st = keep_phrase(ctx, r.kindness);
  }
  if (action == "autosave") {  // the page's script saving as the person types
    return autosave_response(ctx, st, step_texts(step, r), "thought_record");
  }
  if (!st.ok()) {
    if (http_status_for(st) != 400) return error_response(ctx, st);
    return step_page(ctx, id, step, r, ctx.app.locale.message(st.message()), 400,
                     kept_emotion_rows(ctx.form, r, step));
  }
  std::string next = action == "check" ? step_url(id, step) + "#findings"
                                       : after_save_url(id, step, action);
  if (auto help = support_if_crisis(ctx, step_texts(step, r), "thought_record", next)) return *help;
  if (action == "check") return step_page(ctx, id, step, r, "", 200);
  return finish(ctx, Response::redirect(next));
}

Response page_thought_show(Ctx& ctx) {
  std::string id(ctx.req.param("id"));
  auto v = load_thought_record(ctx, id);
  if (!v.ok()) return error_response(ctx, v.status());
  const ThoughtRecord& r = v->record;
  const Locale& t = ctx.app.locale;
  nlohmann::json emotions = nlohmann::json::array();
  for (const auto& e : r.emotions) {
    emotions.push_back({{"name", e.name},
                        {"before", std::to_string(e.before)},
                        {"after", e.after ? std::to_string(*e.after) : ""}});
  }
  nlohmann::json data = {
      {"id", id},
      {"created", friendly_time(v->created_at)},
      {"record", {{"situation", r.situation}, {"mindfulness", r.mindfulness},
                  {"common_humanity", r.common_humanity}, {"kindness", r.kindness}}},
      {"critic", findings_view(ctx, r.critic, ctx.app.analyser.analyse(r.critic))},
      {"has_critic", !r.critic.empty()},
      {"emotions", emotions},
      {"has_emotions", !emotions.empty()},
      {"change", change_text(t, r)},
      {"finished", r.finished()},
      {"done", ctx.req.query_param("done") == "1"},
      {"kept", ctx.req.query_param("kept") == "1"},
      {"can_keep", !r.kindness.empty()}};
  if (!r.finished()) data["continue_url"] = step_url(id, r.step);
  return render_page(ctx, "thought_show", "thoughts.record_title", data);
}

Response page_thought_keep_phrase(Ctx& ctx) {
  std::string id(ctx.req.param("id"));
  auto v = load_thought_record(ctx, id);
  if (!v.ok()) return error_response(ctx, v.status());
  Status st = keep_phrase(ctx, v->record.kindness);
  if (!st.ok()) return error_response(ctx, st);
  return finish(ctx, Response::redirect("/thoughts/" + id + "?kept=1"));
}

Response page_thought_delete(Ctx& ctx) {
  Status st = delete_thought_record(ctx, ctx.req.param("id"));
  if (!st.ok()) return error_response(ctx, st);
  return finish(ctx, Response::redirect("/thoughts?deleted=1"));
}

Response page_phrase_delete(Ctx& ctx) {
  Status st = delete_phrase(ctx, ctx.req.param("id"));
  if (!st.ok()) return error_response(ctx, st);
  std::string back = ctx.form.get_or("back", "");
  return finish(ctx, Response::redirect(back == "home" ? "/" : "/thoughts"));
}

}  // namespace refuge::web
