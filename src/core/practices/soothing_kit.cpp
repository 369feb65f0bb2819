#include "core/practices/soothing_kit.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/content/fields.h"
#include "core/content/string_lists.h"
#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::practices {

bool SoothingKit::empty() const {
  return std::all_of(items.begin(), items.end(), [](const auto& v) { return v.empty(); });
}

Result<SoothingSuggestions> parse_soothing_suggestions(const content::JsonSource& source) {
  content::Fields f(source);
  SoothingSuggestions s;
  for (std::size_t g = 0; g < kKitGroups.size(); ++g) {
    auto list = f.text_list(nlohmann::json::json_pointer("/groups") / kKitGroups[g], 1, 20, 120);
    if (!list.ok()) return list.status();
    s.items[g] = std::move(list.value());
  }
  return s;
}

std::vector<std::string> kit_items_from_lines(std::string_view text) {
  return text::trimmed_lines(text);
}

Result<SoothingKit> validate_kit(SoothingKit kit) {
  for (auto& group : kit.items) {
    std::vector<std::string> kept;
    for (auto& item : group) {
      std::string t(text::trim(item));
      if (t.empty() || std::find(kept.begin(), kept.end(), t) != kept.end()) continue;
      if (!text::is_valid_utf8(t)) return Status::InvalidArgument("errors.text_unreadable");
      if (text::count_code_points(t) > kMaxKitItemCodePoints) {
        return Status::InvalidArgument("errors.kit_item_too_long");
      }
      kept.push_back(std::move(t));
    }
    if (kept.size() > kMaxKitItems) return Status::InvalidArgument("errors.kit_too_many");
    group = std::move(kept);
  }
  return kit;
}

std::string encode_kit(const SoothingKit& kit) {
  return content::string_lists_json(kKitGroups, kit.items).dump();
}

Result<SoothingKit> decode_kit(std::string_view plaintext) {
  auto j = nlohmann::json::parse(plaintext, nullptr, false);
  if (!j.is_object()) return Status::Corruption("soothing kit: not a JSON object");
  SoothingKit kit;
  Status st = content::read_string_lists(j, kKitGroups, kit.items, "soothing kit");
  if (!st.ok()) return st;
  return kit;
}

}  // namespace refuge::practices
