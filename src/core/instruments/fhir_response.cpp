#include "core/instruments/fhir_response.h"

#include <algorithm>
#include <cmath>

namespace refuge::instruments {
namespace {

using nlohmann::json;

constexpr const char* kLoinc = "http://loinc.org";
constexpr const char* kUcum = "http://unitsofmeasure.org";
constexpr const char* kCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr const char* kDataAbsent = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

// Refuge's own code system for scores, beside the Questionnaire's canonical URL.
std::string score_system(const Instrument& inst) {
  std::string suffix = "/Questionnaire/" + inst.id;
  std::string base = inst.url;
  if (base.size() > suffix.size() && base.ends_with(suffix)) {
    base.resize(base.size() - suffix.size());
  }
  return base + "/CodeSystem/scores";
}

// FHIR ids allow letters, digits, '-' and '.': scale ids use '_', so it becomes '-'.
std::string observation_id(const std::string& scale_id) {
  std::string id = "score-" + scale_id;
  std::replace(id.begin(), id.end(), '_', '-');
  return id;
}

json subject_and_time(const ResponseContext& ctx) {
  json j = json::object();
  if (!ctx.subject_reference.empty()) j["subject"] = {{"reference", ctx.subject_reference}};
  j["effectiveDateTime"] = ctx.authored;
  return j;
}

json scale_observation(const Instrument& inst, const Scale& scale, const ScaleScore& s,
                       const ResponseContext& ctx) {
  json coding = json::array();
  if (scale.loinc) coding.push_back({{"system", kLoinc}, {"code", *scale.loinc}});
  coding.push_back({{"system", score_system(inst)},
                    {"code", inst.id + "." + scale.id},
                    {"display", inst.short_name + " " + scale.name}});
  json obs = {{"resourceType", "Observation"},
              {"id", observation_id(scale.id)},
              {"status", "final"},
              {"category", json::array({{{"coding", json::array({{{"system", kCategory},
                                                                  {"code", "survey"},
                                                                  {"display", "Survey"}}})}}})},
              {"code", {{"coding", coding}, {"text", inst.short_name + ": " + scale.name}}}};
  obs.update(subject_and_time(ctx));
  if (!s.value) {
    obs["dataAbsentReason"] = {
        {"coding", json::array({{{"system", kDataAbsent}, {"code", "unknown"}}})},
        {"text", "Not enough answers to score this scale (" + std::to_string(s.answered) + " of " +
                     std::to_string(s.item_count) + " answered)"}};
  } else if (scale.aggregation == Aggregation::kSum && !s.prorated) {
    obs["valueInteger"] = static_cast<int>(std::lround(*s.value));
  } else {
    obs["valueQuantity"] = {
        {"value", *s.value}, {"unit", "{score}"}, {"system", kUcum}, {"code", "{score}"}};
  }
  if (const Band* band = s.value ? scale.band_for(*s.value) : nullptr) {
    obs["interpretation"] = json::array({{{"text", band->label}}});
  }
  if (s.prorated) {
    obs["note"] = json::array({{{"text", "Prorated from " + std::to_string(s.answered) + " of " +
                                             std::to_string(s.item_count) + " answers"}}});
  }
  obs["derivedFrom"] = json::array({{{"reference", "#"}}});
  return obs;
}

json panel_observation(const Instrument& inst, const json& members, const ResponseContext& ctx) {
  json coding = json::array();
  if (inst.loinc_panel) coding.push_back({{"system", kLoinc}, {"code", *inst.loinc_panel}});
  coding.push_back({{"system", score_system(inst)}, {"code", inst.id}, {"display", inst.title}});
  json panel = {
      {"resourceType", "Observation"},
      {"id", "panel"},
      {"status", "final"},
      {"category",
       json::array({{{"coding", json::array({{{"system", kCategory}, {"code", "survey"}}})}}})},
      {"code", {{"coding", coding}, {"text", inst.title}}}};
  panel.update(subject_and_time(ctx));
  json refs = json::array();
  for (const auto& m : members) refs.push_back({{"reference", "#" + m["id"].get<std::string>()}});
  panel["hasMember"] = refs;
  panel["derivedFrom"] = json::array({{{"reference", "#"}}});
  return panel;
}

}  // namespace

const nlohmann::json& questionnaire_resource(const Instrument& instrument) {
  return instrument.questionnaire;
}

std::string questionnaire_canonical(const Instrument& instrument) {
  return instrument.url + "|" + instrument.version;
}

Result<nlohmann::json> questionnaire_response(const Instrument& inst, const Answers& answers,
                                              const Score& score, const ResponseContext& ctx) {
  if (ctx.authored.empty()) return Status::InvalidArgument("the authored date-time is missing");
  if (score.instrument_id != inst.id || score.scales.size() != inst.scales.size()) {
    return Status::InvalidArgument("the score does not belong to " + inst.id);
  }
  json items = json::array();
  bool complete = true;
  for (const Item& item : inst.items) {
    auto it = answers.find(item.number);
    if (it == answers.end()) {
      complete = complete && !item.required;
      continue;
    }
    const AnswerOption* o = item.option(it->second);
    if (o == nullptr) return check_answer(inst, it->first, it->second);
    items.push_back(
        {{"linkId", std::to_string(item.number)},
         {"text", item.text},
         {"answer",
          json::array({{{"valueCoding",
                         {{"system", o->system}, {"code", o->code}, {"display", o->display}}}}})}});
  }
  for (const auto& [number, value] : answers) {
    if (inst.item(number) == nullptr) return check_answer(inst, number, value);
  }
  json observations = json::array();
  for (std::size_t i = 0; i < inst.scales.size(); ++i) {
    observations.push_back(scale_observation(inst, inst.scales[i], score.scales[i], ctx));
  }
  json contained = observations;
  contained.push_back(panel_observation(inst, observations, ctx));

  json r = {{"resourceType", "QuestionnaireResponse"}};
  if (!ctx.id.empty()) r["id"] = ctx.id;
  r["contained"] = contained;
  r["questionnaire"] = questionnaire_canonical(inst);
  r["status"] = complete ? "completed" : "in-progress";
  if (!ctx.subject_reference.empty()) r["subject"] = {{"reference", ctx.subject_reference}};
  r["authored"] = ctx.authored;
  r["item"] = items;
  return r;
}

}  // namespace refuge::instruments
