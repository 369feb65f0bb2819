// The signed-in person's safety plan: validated by core, sealed by the vault as one document,
// kept by the store. Shared by the plan page, the JSON API, Support now and the export.
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "core/safety/safety_plan.h"
#include "web/handlers/context.h"

namespace refuge::web {

inline constexpr const char* kSafetyPlanKind = "safety_plan";

struct StoredSafetyPlan {
  safety::SafetyPlan plan;  // empty when they have none yet
  int64_t updated_at = 0;   // 0 when they have none yet
};

Result<StoredSafetyPlan> load_safety_plan(Ctx& ctx);

// Validates and stores the plan. On a validation error `bad_section` (when given) is the index of
// the section that failed. The words are never checked for crisis language: see the .cpp.
Status save_safety_plan(Ctx& ctx, safety::SafetyPlan plan, std::size_t* bad_section = nullptr);

// The message for a failed save (errors.internal for a store failure, which is logged), naming
// the section: by its heading on the page, by its field
// id ("warning_signs") in the API.
std::string safety_plan_error(Ctx& ctx, const Status& st, std::size_t bad_section, bool for_api);

// The plan as {"warning_signs": [...], ...} (the API and the export).
nlohmann::json safety_plan_json(const safety::SafetyPlan& plan);

// The non-empty sections, in order, for the templates: [{"number", "heading", "items"}].
nlohmann::json safety_plan_steps(Ctx& ctx, const safety::SafetyPlan& plan);

}  // namespace refuge::web
