#include "web/handlers/practice_views.h"

#include "web/handlers/render.h"

namespace refuge::web {

nlohmann::json practice_json(const practices::Practice& p, bool with_steps) {
  nlohmann::json variants = nlohmann::json::array();
  for (const auto& v : p.variants) {
    nlohmann::json jv = {{"id", v.id},
                         {"minutes", v.minutes},
                         {"eyes_open", v.eyes_open},
                         {"total_seconds", v.total_seconds()}};
    if (with_steps) {
      nlohmann::json steps = nlohmann::json::array();
      for (const auto& s : v.steps) {
        steps.push_back({{"text", s.text},
                         {"seconds", s.seconds},
                         {"cue", s.cue == practices::Cue::kBell ? "bell" : "none"},
                         {"stage", s.stage}});
      }
      jv["steps"] = std::move(steps);
    }
    variants.push_back(std::move(jv));
  }
  return {{"id", p.id},
          {"title", p.title},
          {"purpose", p.purpose},
          {"component", p.component},
          {"suitable_when", p.suitable_when},
          {"informed_by", p.informed_by},
          {"staged", p.staged},
          {"stages", p.stages()},
          {"variants", std::move(variants)}};
}

nlohmann::json pattern_json(const practices::BreathingPattern& p) {
  nlohmann::json phases = nlohmann::json::array();
  for (const auto& ph : p.phases) {
    phases.push_back({{"kind", practices::to_string(ph.kind)}, {"seconds", ph.seconds}});
  }
  return {{"id", p.id},
          {"name", p.name},
          {"description", p.description},
          {"cycle_seconds", p.cycle_seconds()},
          {"phases", std::move(phases)}};
}

nlohmann::json session_json(const LoggedSession& l) {
  const auto& s = l.session;
  auto rating = [](const std::optional<int>& v) { return v ? nlohmann::json(*v) : nullptr; };
  return {{"id", l.id},
          {"practice_id", s.practice_id},
          {"variant", s.variant},
          {"started_at", iso_time(s.started_at)},
          {"seconds", s.seconds},
          {"completed", s.completed},
          {"suds_before", rating(s.suds_before)},
          {"suds_after", rating(s.suds_after)}};
}

}  // namespace refuge::web
