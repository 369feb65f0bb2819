// A person's self-soothing kit: their own comforting activities grouped by sense, plus people and
// places. Sealed by the vault as one document, like all personal writing.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::practices {

inline constexpr std::array<const char*, 8> kKitGroups = {
    "sight", "sound", "smell", "taste", "touch", "movement", "people", "places"};
inline constexpr std::size_t kMaxKitItems = 30;         // per group
inline constexpr std::size_t kMaxKitItemCodePoints = 200;

struct SoothingKit {
  // One list per group, in kKitGroups order.
  std::array<std::vector<std::string>, kKitGroups.size()> items;

  bool empty() const;
  bool operator==(const SoothingKit&) const = default;
};

// Starting ideas per group (content/practices/soothing-suggestions.json).
struct SoothingSuggestions {
  std::array<std::vector<std::string>, kKitGroups.size()> items;
};
Result<SoothingSuggestions> parse_soothing_suggestions(const content::JsonSource& source);

// One item per line of `text` (blank lines dropped, each line trimmed).
std::vector<std::string> kit_items_from_lines(std::string_view text);
// Trims, drops empties and duplicates; errors are locale keys: errors.kit_too_many,
// errors.kit_item_too_long, errors.text_unreadable.
Result<SoothingKit> validate_kit(SoothingKit kit);

// The plaintext the vault seals (JSON {"sight": [...], ...}) and back (Corruption when bad).
std::string encode_kit(const SoothingKit& kit);
Result<SoothingKit> decode_kit(std::string_view plaintext);

}  // namespace refuge::practices
