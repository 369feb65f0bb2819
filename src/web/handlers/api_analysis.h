#pragma once
#include "web/handlers/context.h"
namespace refuge::web {
// POST /api/v1/analyze {"text"} -> {"findings": [...], "crisis": bool}; the text is analysed in
// memory only: never stored, never logged.
Response api_analyze(Ctx& ctx);
}  // namespace refuge::web
