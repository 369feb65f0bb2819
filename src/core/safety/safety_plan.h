// A person's safety plan (Stanley & Brown 2012, the Safety Planning Intervention): a short,
// prioritised list they write in their own words and use in order when a crisis may be building.
// Sealed by the vault as one document, like all personal writing. No I/O here.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace refuge::safety {

// The sections in the order the plan is used (the ids are the form field names, the JSON keys of
// the API, the export and the sealed document, and the suffix of the locale keys plan.section_*):
// 1 warning signs; 2 internal coping; 3 people and places that distract; 4 people to ask for
// help; 5 professionals and services; 6 making the surroundings safer; and reasons for living.
inline constexpr std::array<const char*, 7> kPlanSections = {
    "warning_signs",  "internal_coping",  "social_distraction", "people_to_ask",
    "professionals", "safe_environment", "reasons_for_living"};
inline constexpr std::size_t kMaxPlanItems = 20;           // per section
inline constexpr std::size_t kMaxPlanItemCodePoints = 500;

struct SafetyPlan {
  // One list per section, in kPlanSections order.
  std::array<std::vector<std::string>, kPlanSections.size()> items;

  bool empty() const;
  bool operator==(const SafetyPlan&) const = default;
};

// Index of a section id in kPlanSections, or kPlanSections.size() when unknown.
std::size_t plan_section_index(std::string_view id);

// Form text becomes items with text::trimmed_lines (one item per line).
// Trims every item and drops empty ones (order and repeats are the person's: kept as written).
// Errors are locale keys: errors.plan_too_many, errors.plan_item_too_long,
// errors.text_unreadable; `bad_section`, when given, is set to the index of the section that
// failed (it is left alone on success).
Result<SafetyPlan> validate_plan(SafetyPlan plan, std::size_t* bad_section = nullptr);

// The plaintext the vault seals (JSON {"v":1,"warning_signs":[...],...}) and back (Corruption
// when unreadable).
std::string encode_plan(const SafetyPlan& plan);
Result<SafetyPlan> decode_plan(std::string_view plaintext);

}  // namespace refuge::safety
