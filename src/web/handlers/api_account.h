#pragma once
#include "web/handlers/context.h"
namespace refuge::web {
Response api_signup(Ctx& ctx);
Response api_login(Ctx& ctx);
Response api_logout(Ctx& ctx);
Response api_recover(Ctx& ctx);
Response api_me(Ctx& ctx);
Response api_change_password(Ctx& ctx);
Response api_sessions_list(Ctx& ctx);
Response api_session_end(Ctx& ctx);
}  // namespace refuge::web
