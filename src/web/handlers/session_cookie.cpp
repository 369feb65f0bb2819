#include "web/handlers/session_cookie.h"

#include "store/crypto/key_wrap.h"
#include "web/http/cookies.h"

namespace refuge::web {

void set_session_cookie(Ctx& ctx, std::string_view token) {
  CookieOptions o;
  o.secure = ctx.app.config.secure_cookies;
  ctx.set_cookies.push_back(format_set_cookie(kSessionCookie, token, o));
}

void clear_session_cookie(Ctx& ctx) {
  CookieOptions o;
  o.secure = ctx.app.config.secure_cookies;
  o.max_age = 0;
  ctx.set_cookies.push_back(format_set_cookie(kSessionCookie, "", o));
}

Result<std::string> begin_session(Ctx& ctx, const store::AccountRecord& account,
                                  const crypto::SecretKey& dk) {
  auto token = ctx.app.sessions.start(account, dk, ctx.req.header("user-agent"));
  if (!token.ok()) return token.status();
  set_session_cookie(ctx, *token);
  return crypto::csrf_token_for(*token);
}

}  // namespace refuge::web
