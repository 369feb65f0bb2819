#include "web/app.h"

#include <typeinfo>

#include <spdlog/spdlog.h>

#include "core/accounts/credentials.h"
#include "core/analysis/analyser.h"
#include "core/content/json_source.h"
#include "core/instruments/catalog.h"
#include "core/practices/practice_catalog.h"
#include "content_io/analyser_loader.h"
#include "content_io/catalogs.h"
#include "content_io/files.h"
#include "core/safety/crisis_directory.h"
#include "web/auth/accounts.h"
#include "web/auth/sessions.h"
#include "web/handlers/render.h"
#include "web/http/router.h"
#include "web/program_content.h"
#include "web/routes.h"
#include "web/security_headers.h"
#include "web/static_files.h"
#include "web/view/locale.h"
#include "web/view/templates.h"

namespace refuge::web {
struct App::Impl {
  AppConfig config;
  Clock clock;
  std::optional<Locale> locale;
  std::optional<Templates> templates;
  std::optional<StaticFiles> statics;
  std::optional<safety::CrisisDirectory> crisis;
  std::optional<practices::PracticeCatalog> practices;
  std::optional<instruments::Catalog> instruments;
  std::optional<analysis::Analyser> analyser;
  std::optional<reflections::TopicCatalog> reflection_topics;
  std::optional<ProgramContent> program;
  accounts::CommonPasswords common;
  std::unique_ptr<Accounts> accounts;
  std::unique_ptr<Sessions> sessions;
  std::unique_ptr<Services> services;
  Router router;
};

App::App() : impl_(std::make_unique<Impl>()) {}
App::~App() = default;

Result<std::unique_ptr<App>> App::create(const AppConfig& config, store::Store& store,
                                         Clock clock) {
  std::unique_ptr<App> app(new App());
  Impl& m = *app->impl_;
  m.config = config;
  m.clock = clock;

  std::string locale_file = config.content_dir + "/locales/en.json";
  auto locale_text = content_io::read_content_file(locale_file);
  if (!locale_text.ok()) return locale_text.status();
  auto locale = Locale::parse(locale_file, *locale_text);
  if (!locale.ok()) return locale.status();
  m.locale = std::move(locale.value());

  auto templates = Templates::load(config.web_dir + "/templates", *m.locale);
  if (!templates.ok()) return templates.status();
  m.templates = std::move(templates.value());

  auto statics = StaticFiles::load(config.web_dir + "/static");
  if (!statics.ok()) return statics.status();
  m.statics = std::move(statics.value());

  auto crisis_src = content_io::read_content_json(config.content_dir + "/crisis/lines.json");
  if (!crisis_src.ok()) return crisis_src.status();
  auto crisis = safety::CrisisDirectory::parse(*crisis_src);
  if (!crisis.ok()) return crisis.status();
  m.crisis = std::move(crisis.value());

  auto catalog = content_io::load_practices(config.content_dir);
  if (!catalog.ok()) return catalog.status();
  m.practices = std::move(catalog.value());

  auto instruments = content_io::load_instruments(config.content_dir);
  if (!instruments.ok()) return instruments.status();
  m.instruments = std::move(instruments.value());

  auto program = ProgramContent::load(config.content_dir, *m.practices);
  if (!program.ok()) return program.status();
  m.program = std::move(program.value());

  auto analyser = content_io::load_analyser(config.content_dir);
  if (!analyser.ok()) return analyser.status();
  m.analyser = std::move(analyser.value());

  auto topics = content_io::load_reflection_topics(config.content_dir);
  if (!topics.ok()) return topics.status();
  m.reflection_topics = std::move(topics.value());

  auto common = content_io::read_content_file(config.content_dir + "/security/common-passwords.txt");
  if (!common.ok()) return common.status();
  m.common = accounts::CommonPasswords::parse(*common);

  m.accounts = std::make_unique<Accounts>(store, m.common, m.config, clock);
  m.sessions = std::make_unique<Sessions>(store, m.config, clock);
  m.services.reset(new Services{m.config, store, *m.locale, *m.templates, *m.statics, *m.crisis,
                                *m.practices, *m.instruments, *m.analyser, *m.reflection_topics,
                                *m.accounts, *m.sessions, clock, *m.program});
  add_routes(m.router, *m.services);
  return app;
}

void App::decorate(const Request& request, Response& response) const {
  if (!request.is_api()) {
    const int status = response.status;
    const char* key = status == 413   ? "errors.too_large"
                      : status >= 500 ? "errors.internal"
                                      : "errors.unreadable_request";
    Request req = request;  // what the server could read of it (the page's path, for the nav)
    Ctx ctx{req, *impl_->services, std::nullopt, {}, nlohmann::json::object(), {}, {}};
    response = render_page(ctx, "error", "errors.title",
                           {{"status", std::to_string(status)}, {"message", impl_->locale->t(key)}},
                           status);
  }
  add_security_headers(response);
}

Response App::handle(Request& req) {
  Impl& m = *impl_;
  Response res;
  try {
    if (req.path.rfind("/static/", 0) == 0 && (req.method == "GET" || req.method == "HEAD") &&
        m.statics->serve(req, req.path.substr(8), res)) {
      add_security_headers(res);
      return res;
    }
    auto match = m.router.match(req.method, req.path);
    Ctx ctx{req, *m.services, std::nullopt, {}, nlohmann::json::object(), {}, {}};
    if (match.handler) {
      req.params = std::move(match.params);
      res = (*match.handler)(req);
    } else if (!match.allowed_methods.empty()) {
      std::string allow;
      for (const auto& a : match.allowed_methods) allow += (allow.empty() ? "" : ", ") + a;
      res = req.is_api() ? json_error(405, m.locale->t("errors.method_not_allowed"))
                         : render_page(ctx, "error", "errors.title",
                                       {{"status", "405"},
                                        {"message", m.locale->t("errors.method_not_allowed")}},
                                       405);
      res.set_header("Allow", allow);
    } else {
      res = not_found(ctx);
    }
  } catch (const std::exception& e) {
    // The type, never what(): a message can quote its input (a JSON parser's "last read"), and
    // the input may be someone's writing.
    spdlog::error("[{}] handler failed with {}", req.request_id, typeid(e).name());
    res = req.is_api() ? json_error(500, m.locale->t("errors.internal"))
                       : Response::html(500, "<!doctype html><title>Refuge</title><p>Something "
                                             "went wrong on our side. <a href=\"/support\">"
                                             "Support now</a></p>");
  }
  add_security_headers(res);
  return res;
}

}  // namespace refuge::web
