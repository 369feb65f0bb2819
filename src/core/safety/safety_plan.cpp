#include "core/safety/safety_plan.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/content/string_lists.h"
#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::safety {

bool SafetyPlan::empty() const {
  return std::all_of(items.begin(), items.end(), [](const auto& v) { return v.empty(); });
}

std::size_t plan_section_index(std::string_view id) {
  for (std::size_t s = 0; s < kPlanSections.size(); ++s) {
    if (id == kPlanSections[s]) return s;
  }
  return kPlanSections.size();
}

Result<SafetyPlan> validate_plan(SafetyPlan plan, std::size_t* bad_section) {
  for (std::size_t s = 0; s < kPlanSections.size(); ++s) {
    auto fail = [&](const char* key) {
      if (bad_section) *bad_section = s;
      return Status::InvalidArgument(key);
    };
    std::vector<std::string> kept;
    for (auto& item : plan.items[s]) {
      // Checked before trimming, so a broken byte at either end is reported, not trimmed away.
      if (!text::is_valid_utf8(item)) return fail("errors.text_unreadable");
      std::string t(text::trim(item));
      if (t.empty()) continue;
      if (text::count_code_points(t) > kMaxPlanItemCodePoints) {
        return fail("errors.plan_item_too_long");
      }
      kept.push_back(std::move(t));
    }
    if (kept.size() > kMaxPlanItems) return fail("errors.plan_too_many");
    plan.items[s] = std::move(kept);
  }
  return plan;
}

std::string encode_plan(const SafetyPlan& plan) {
  nlohmann::json j = content::string_lists_json(kPlanSections, plan.items);
  j["v"] = 1;
  return j.dump();
}

Result<SafetyPlan> decode_plan(std::string_view plaintext) {
  auto j = nlohmann::json::parse(plaintext, nullptr, false);
  if (!j.is_object()) return Status::Corruption("safety plan: not a JSON object");
  auto v = j.find("v");
  if (v == j.end() || !v->is_number_integer() || v->get<int>() != 1) {
    return Status::Corruption("safety plan: unknown version");
  }
  SafetyPlan plan;
  Status st = content::read_string_lists(j, kPlanSections, plan.items, "safety plan");
  if (!st.ok()) return st;
  return plan;
}

}  // namespace refuge::safety
