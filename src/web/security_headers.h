// The headers every response carries (pages, API, static files, errors made by the server).
#pragma once

#include "web/http/response.h"

namespace refuge::web {

// Strict CSP (no inline script or style, frame-ancestors 'none'), nosniff, no-referrer,
// a Permissions-Policy that turns off what Refuge never uses, and no caching of personal pages.
void add_security_headers(Response& response);

}  // namespace refuge::web
