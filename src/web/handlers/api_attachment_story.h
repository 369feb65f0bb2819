#pragma once
#include "web/handlers/context.h"
namespace refuge::web {
Response api_attachment_story_get(Ctx& ctx);
Response api_reflection_put(Ctx& ctx);
}  // namespace refuge::web
