// Setting and clearing the session cookie (HttpOnly, SameSite=Lax, Secure when configured).
#pragma once

#include <string_view>

#include "web/handlers/context.h"

namespace refuge::web {

void set_session_cookie(Ctx& ctx, std::string_view token);
void clear_session_cookie(Ctx& ctx);
// Starts a session for a freshly opened account and sets the cookie; returns the CSRF token.
Result<std::string> begin_session(Ctx& ctx, const store::AccountRecord& account,
                                  const crypto::SecretKey& dk);

}  // namespace refuge::web
