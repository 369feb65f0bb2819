#include "web/handlers/safety_plans.h"

#include "core/content/string_lists.h"
#include "core/safety/phone_number.h"
#include "web/handlers/render.h"
#include "web/handlers/sealed_documents.h"

namespace refuge::web {

Result<StoredSafetyPlan> load_safety_plan(Ctx& ctx) {
  auto doc = load_person_document(ctx, store::PersonDocumentKind::kSafetyPlan, kSafetyPlanKind);
  if (!doc.ok()) return doc.status();
  if (!*doc) return StoredSafetyPlan{};
  auto plan = safety::decode_plan((*doc)->plaintext);
  if (!plan.ok()) return plan.status();
  return StoredSafetyPlan{std::move(plan.value()), (*doc)->updated_at};
}

Status save_safety_plan(Ctx& ctx, safety::SafetyPlan plan, std::size_t* bad_section) {
  // Deliberately no crisis-language check (note_crisis / support_if_crisis) here, unlike the
  // journal and thought records: a safety plan names its warning signs in plain words ("thoughts
  // of ending my life"), and writing one is the safest thing a person can be doing. Interrupting
  // them, or recording a risk event, would punish exactly the step we want to support.
  auto valid = safety::validate_plan(std::move(plan), bad_section);
  if (!valid.ok()) return valid.status();
  return save_person_document(ctx, store::PersonDocumentKind::kSafetyPlan, kSafetyPlanKind,
                              safety::encode_plan(*valid));
}

std::string safety_plan_error(Ctx& ctx, const Status& st, std::size_t bad_section, bool for_api) {
  std::string message = error_message(ctx, st);
  if (http_status_for(st) == 500 || bad_section >= safety::kPlanSections.size()) return message;
  std::string id = safety::kPlanSections[bad_section];
  return (for_api ? id : ctx.app.locale.t("plan.section_" + id)) + ": " + message;
}

nlohmann::json safety_plan_json(const safety::SafetyPlan& plan) {
  return content::string_lists_json(safety::kPlanSections, plan.items);
}

namespace {

// A line of the plan for display; in the two parts that list people and services to contact, a
// phone number in it becomes a tel: link (one tap in a hard moment).
nlohmann::json plan_line(const std::string& line, bool contacts) {
  auto phone = contacts ? safety::find_phone_number(line) : std::nullopt;
  // Every key is always set, so a template never falls back to a key of an enclosing object.
  if (!phone) return {{"text", line}, {"tel", false}, {"before", ""}, {"phone", ""}, {"after", ""}};
  return {{"text", ""},
          {"before", line.substr(0, phone->start)},
          {"phone", line.substr(phone->start, phone->end - phone->start)},
          {"tel", phone->tel},
          {"after", line.substr(phone->end)}};
}

}  // namespace

nlohmann::json safety_plan_steps(Ctx& ctx, const safety::SafetyPlan& plan) {
  nlohmann::json steps = nlohmann::json::array();
  for (std::size_t s = 0; s < safety::kPlanSections.size(); ++s) {
    if (plan.items[s].empty()) continue;
    std::string id = safety::kPlanSections[s];
    const bool contacts = id == "people_to_ask" || id == "professionals";
    nlohmann::json items = nlohmann::json::array();
    for (const auto& line : plan.items[s]) items.push_back(plan_line(line, contacts));
    steps.push_back({{"id", id},
                     {"heading", ctx.app.locale.t("plan.section_" + id)},
                     {"items", std::move(items)}});
  }
  return steps;
}

}  // namespace refuge::web
