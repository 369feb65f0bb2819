#pragma once
#include "web/handlers/context.h"
namespace refuge::web {
Response api_safety_plan_get(Ctx& ctx);
Response api_safety_plan_put(Ctx& ctx);
}  // namespace refuge::web
