#pragma once
#include "web/handlers/context.h"
namespace refuge::web {
Response api_program_get(Ctx& ctx);
Response api_program_reflection_put(Ctx& ctx);
Response api_program_done_put(Ctx& ctx);
}  // namespace refuge::web
