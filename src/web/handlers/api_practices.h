#pragma once
#include "web/handlers/context.h"
namespace refuge::web {
Response api_practices_list(Ctx& ctx);
Response api_practice_get(Ctx& ctx);
Response api_breathing_patterns(Ctx& ctx);
Response api_practice_session_create(Ctx& ctx);
Response api_practice_sessions_list(Ctx& ctx);
}  // namespace refuge::web
