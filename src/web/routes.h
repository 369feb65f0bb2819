// The route table: every URL Refuge answers, in one place (see docs/http-api.md).
#pragma once

#include "web/handlers/context.h"
#include "web/http/router.h"

namespace refuge::web {

void add_routes(Router& router, Services& services);

}  // namespace refuge::web
