#include "web/handlers/assessment_views.h"

#include <cmath>
#include <cstdio>

#include "web/handlers/render.h"

namespace refuge::web {
namespace {

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string verdict_key(instruments::ChangeVerdict v) {
  return std::string("assessments.verdict_") + instruments::to_string(v);
}

}  // namespace

std::string score_text(const instruments::Scale& scale, double value) {
  if (scale.aggregation == instruments::Aggregation::kMean) return fixed(value, 2);
  return std::abs(value - std::round(value)) < 1e-9 ? fixed(value, 0) : fixed(value, 1);
}

nlohmann::json scores_json(const AssessmentView& a) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& s : a.score.scales) {
    const instruments::Scale* scale = a.instrument->scale(s.scale_id);
    if (!scale) continue;
    nlohmann::json j = {{"id", s.scale_id},
                        {"name", scale->name},
                        {"explanation", scale->explanation},
                        {"answered", s.answered},
                        {"items", s.item_count},
                        {"prorated", s.prorated},
                        {"not_enough", !s.value.has_value()},
                        {"min", scale->min},
                        {"max", scale->max},
                        {"value", s.value ? nlohmann::json(*s.value) : nullptr},
                        {"value_text", s.value ? score_text(*scale, *s.value) : ""},
                        {"band", s.band}};
    if (s.value) {
      if (const instruments::Band* b = scale->band_for(*s.value)) {
        j["band_label"] = b->label;
        j["band_meaning"] = b->meaning;
      }
    }
    list.push_back(std::move(j));
  }
  return list;
}

nlohmann::json assessment_json(const AssessmentView& a) {
  nlohmann::json risks = nlohmann::json::array();
  for (const auto& r : a.score.risks) risks.push_back(r.id);
  return {{"id", a.id},
          {"instrument", a.instrument->id},
          {"title", a.instrument->title},
          {"completed", a.completed},
          {"created_at", iso_time(a.created_at)},
          {"updated_at", iso_time(a.updated_at)},
          {"scores", scores_json(a)},
          {"risk", a.score.needs_safety_path()},
          {"risk_signals", risks}};
}

nlohmann::json change_json(const Locale& t, const instruments::Scale& scale,
                           const AssessmentView& before, const AssessmentView& after) {
  const auto* b = before.score.scale(scale.id);
  const auto* a = after.score.scale(scale.id);
  if (!b || !a || !b->value || !a->value) return nullptr;
  auto rc = instruments::reliable_change(scale, *b->value, *a->value);
  if (!rc.ok()) return nullptr;
  nlohmann::json j = {{"scale", scale.id},
                      {"name", scale.name},
                      {"before", score_text(scale, rc->before)},
                      {"after", score_text(scale, rc->after)},
                      {"difference", (rc->difference > 0 ? "+" : "") + fixed(rc->difference, 2)},
                      {"available", rc->available()},
                      {"unavailable_reason", rc->unavailable_reason}};
  if (rc->available()) {
    j["verdict"] = instruments::to_string(*rc->verdict);
    j["verdict_label"] = t.t(verdict_key(*rc->verdict));
    j["rci"] = fixed(rc->rci, 2);
    j["threshold"] = fixed(rc->threshold, 2);
    j["reliability"] = fixed(rc->reliability, 2);
    j["sd"] = fixed(rc->sd, 2);
    j["reliability_source"] = rc->reliability_source;
    j["sd_source"] = rc->sd_source;
  }
  return j;
}

nlohmann::json talking_therapies_json(const Locale& t, const AssessmentView& before,
                                      const AssessmentView& after) {
  const auto& rules = before.instrument->talking_therapies;
  if (!rules) return nullptr;
  const auto* b = before.score.scale(rules->scale);
  const auto* a = after.score.scale(rules->scale);
  if (!b || !a || !b->value || !a->value) return nullptr;
  auto c = instruments::talking_therapies_change(*before.instrument, *b->value, *a->value);
  if (!c.ok()) return nullptr;
  return {{"before", fixed(c->before, 0)},
          {"after", fixed(c->after, 0)},
          {"change", (c->change > 0 ? "+" : "") + fixed(c->change, 0)},
          {"verdict_label", t.t(verdict_key(c->verdict))},
          {"threshold", fixed(c->threshold_points, 0)},
          {"caseness", fixed(c->caseness, 0)},
          {"case_before", c->case_before},
          {"case_after", c->case_after},
          {"recovered", c->recovered},
          {"source", rules->source}};
}

}  // namespace refuge::web
