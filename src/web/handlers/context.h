// What a handler works with: the request, the application's services, the signed-in person (if
// any) and the already-decoded body. Built by the wrappers in routes.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analysis/analyser.h"
#include "core/instruments/catalog.h"
#include "core/practices/practice_catalog.h"
#include "core/reflections/topic_catalog.h"
#include "core/safety/crisis_directory.h"
#include "store/store.h"
#include "web/auth/accounts.h"
#include "web/auth/principal.h"
#include "web/auth/sessions.h"
#include "web/clock.h"
#include "web/config.h"
#include "web/http/form.h"
#include "web/http/request.h"
#include "web/http/response.h"
#include "web/program_content.h"
#include "web/static_files.h"
#include "web/view/locale.h"
#include "web/view/templates.h"

namespace refuge::web {

struct Services {
  const AppConfig& config;
  store::Store& store;
  const Locale& locale;
  const Templates& templates;
  const StaticFiles& statics;
  const safety::CrisisDirectory& crisis;
  const practices::PracticeCatalog& practices;
  const instruments::Catalog& instruments;
  const analysis::Analyser& analyser;
  const reflections::TopicCatalog& reflection_topics;
  Accounts& accounts;
  Sessions& sessions;
  Clock clock;
  const ProgramContent& program;
};

struct Ctx {
  Request& req;
  Services& app;
  std::optional<Principal> user;
  Form form;                   // the decoded body of a form POST
  nlohmann::json body;         // the decoded body of a JSON request (an object)
  std::string csrf_token;      // the token forms on this page must carry
  std::vector<std::string> set_cookies;  // Set-Cookie values to add to the response

  const Principal& me() const { return *user; }
};

inline constexpr const char* kSessionCookie = "refuge_session";
inline constexpr const char* kPreSessionCookie = "refuge_pre";

}  // namespace refuge::web
