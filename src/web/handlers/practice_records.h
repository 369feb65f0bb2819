// The signed-in person's practice log and self-soothing kit: validated by core, sealed by the
// vault (ratings and kit items), kept by the store. Shared by the pages and the JSON API.
#pragma once

#include <string>
#include <vector>

#include "core/practices/practice_log.h"
#include "core/practices/soothing_kit.h"
#include "web/handlers/context.h"

namespace refuge::web {

inline constexpr const char* kPracticeSessionKind = "practice_session";
inline constexpr const char* kSoothingKitKind = "soothing_kit";

struct LoggedSession {
  std::string id;
  practices::PracticeSession session;
};

// Validates and stores one session for the signed-in person; returns its id.
Result<std::string> log_practice_session(Ctx& ctx, const practices::PracticeSession& s);
// Sessions started at or after `since`, newest first (at most 5,000).
Result<std::vector<LoggedSession>> practice_sessions_since(Ctx& ctx, int64_t since);

// The person's kit (empty when they have none yet).
Result<practices::SoothingKit> load_soothing_kit(Ctx& ctx);
Status save_soothing_kit(Ctx& ctx, practices::SoothingKit kit);

}  // namespace refuge::web
