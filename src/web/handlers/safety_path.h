// The safety path: one place that renders "Support now" content (crisis lines for the person's
// country, their own safety plan first, their kit, one-minute starts) and records derived risk facts.
// (crisis_path.h interrupts calmly when a person's words hold crisis language.)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "web/handlers/context.h"

namespace refuge::web {

// Data for the _support_content partial. Works with the database unavailable (the kit is then
// left out).
nlohmann::json support_data(Ctx& ctx);

// Records a derived risk fact for the signed-in person (failures are logged, never shown).
void record_risk_event(Ctx& ctx, std::string_view kind, std::string_view source);

// Writing is checked for crisis language each time it is saved, and it is saved as it is typed,
// so one passage would otherwise be recorded at every pause in typing. A crisis-language event is
// recorded once per source within this period (a new one after it, or from another place).
inline constexpr int64_t kCrisisLanguageQuietSeconds = 60 * 60;

// Records "crisis_language" from `source` unless the person's latest such event from the same
// source is younger than kCrisisLanguageQuietSeconds (when the store cannot tell, it records).
void record_crisis_language(Ctx& ctx, std::string_view source);

}  // namespace refuge::web
