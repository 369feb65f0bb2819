#pragma once
#include "web/handlers/context.h"
namespace refuge::web {
Response api_journal_create(Ctx& ctx);
Response api_journal_list(Ctx& ctx);
Response api_journal_get(Ctx& ctx);
Response api_journal_update(Ctx& ctx);
Response api_journal_delete(Ctx& ctx);
}  // namespace refuge::web
