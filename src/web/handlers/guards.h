// Wrappers that turn a handler of Ctx into a route handler, doing the shared work once:
// who is signed in, CSRF checks, and body decoding. Each route names the guard it needs.
#pragma once

#include <functional>

#include "web/handlers/context.h"
#include "web/http/router.h"

namespace refuge::web {

using CtxHandler = std::function<Response(Ctx&)>;

// A page anyone may see (GET). The person is recognised if signed in; forms on the page get a
// CSRF token (a pre-session cookie is set for people not signed in).
Handler open_page(Services& app, CtxHandler h);
// A form POST that works before sign-in (sign up, log in, recover): form decoded, CSRF checked.
Handler open_form(Services& app, CtxHandler h);
// A page for signed-in people: GET redirects to /login when signed out; POST decodes the form and
// checks CSRF. A form whose session ended shows the person what they wrote, so nothing is lost.
Handler member_page(Services& app, CtxHandler h);
// The public JSON API (sign up, log in, recover): needs Content-Type application/json (which a
// cross-site form cannot send, so no token is needed) and a JSON object body.
Handler open_api(Services& app, CtxHandler h);
// The JSON API for signed-in people: 401 when signed out; X-CSRF-Token for every method but GET;
// a body, when present (always for PUT), must be a JSON object.
Handler member_api(Services& app, CtxHandler h);

}  // namespace refuge::web
