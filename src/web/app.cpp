#include "web/app.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "core/accounts/credentials.h"
#include "core/analysis/analyser.h"
#include "core/content/json_source.h"
#include "core/instruments/catalog.h"
#include "core/practices/practice_catalog.h"
#include "core/safety/crisis_directory.h"
#include "web/auth/accounts.h"
#include "web/auth/sessions.h"
#include "web/handlers/render.h"
#include "web/http/router.h"
#include "web/routes.h"
#include "web/security_headers.h"
#include "web/static_files.h"
#include "web/view/locale.h"
#include "web/view/templates.h"

namespace refuge::web {
namespace {

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot be read");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<content::JsonSource> read_json(const std::string& path) {
  auto text = read_file(path);
  if (!text.ok()) return text.status();
  return content::JsonSource::parse(path, *text);
}

// content/practices/*.json, content/breathing/patterns.json, content/soothing/suggestions.json.
Result<practices::PracticeCatalog> load_practices(const std::string& content_dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(content_dir + "/practices", ec)) {
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  }
  if (ec) return Status::IOError(content_dir + "/practices: cannot be read");
  std::sort(files.begin(), files.end());
  std::vector<practices::Practice> list;
  for (const auto& file : files) {
    auto src = read_json(file);
    if (!src.ok()) return src.status();
    auto p = practices::parse_practice(*src);
    if (!p.ok()) return p.status();
    list.push_back(std::move(p.value()));
  }
  auto patterns_src = read_json(content_dir + "/breathing/patterns.json");
  if (!patterns_src.ok()) return patterns_src.status();
  auto patterns = practices::parse_breathing_patterns(*patterns_src);
  if (!patterns.ok()) return patterns.status();
  auto ideas_src = read_json(content_dir + "/soothing/suggestions.json");
  if (!ideas_src.ok()) return ideas_src.status();
  auto ideas = practices::parse_soothing_suggestions(*ideas_src);
  if (!ideas.ok()) return ideas.status();
  return practices::PracticeCatalog::build(std::move(list), std::move(patterns.value()),
                                           std::move(ideas.value()));
}

// content/instruments/*.json, in name order.
Result<instruments::Catalog> load_instruments(const std::string& content_dir) {
  std::vector<instruments::InstrumentFile> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(content_dir + "/instruments", ec)) {
    if (e.path().extension() != ".json") continue;
    auto text = read_file(e.path().string());
    if (!text.ok()) return text.status();
    files.push_back({e.path().string(), std::move(text.value())});
  }
  if (ec) return Status::IOError(content_dir + "/instruments: cannot be read");
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
  return instruments::Catalog::load(files);
}

// content/analysis/words.json and content/analysis/rules/*.json (in name order).
Result<analysis::Analyser> load_analyser(const std::string& content_dir) {
  auto words = read_json(content_dir + "/analysis/words.json");
  if (!words.ok()) return words.status();
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(content_dir + "/analysis/rules", ec)) {
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  }
  if (ec) return Status::IOError(content_dir + "/analysis/rules: cannot be read");
  std::sort(files.begin(), files.end());
  std::vector<content::JsonSource> rules;
  for (const auto& file : files) {
    auto src = read_json(file);
    if (!src.ok()) return src.status();
    rules.push_back(std::move(src.value()));
  }
  return analysis::Analyser::build(*words, rules);
}

}  // namespace

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
  auto locale_text = read_file(locale_file);
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

  auto crisis_src = read_json(config.content_dir + "/crisis/lines.json");
  if (!crisis_src.ok()) return crisis_src.status();
  auto crisis = safety::CrisisDirectory::parse(*crisis_src);
  if (!crisis.ok()) return crisis.status();
  m.crisis = std::move(crisis.value());

  auto catalog = load_practices(config.content_dir);
  if (!catalog.ok()) return catalog.status();
  m.practices = std::move(catalog.value());

  auto instruments = load_instruments(config.content_dir);
  if (!instruments.ok()) return instruments.status();
  m.instruments = std::move(instruments.value());

  auto analyser = load_analyser(config.content_dir);
  if (!analyser.ok()) return analyser.status();
  m.analyser = std::move(analyser.value());

  auto common = read_file(config.content_dir + "/security/common-passwords.txt");
  if (!common.ok()) return common.status();
  m.common = accounts::CommonPasswords::parse(*common);

  m.accounts = std::make_unique<Accounts>(store, m.common, m.config, clock);
  m.sessions = std::make_unique<Sessions>(store, m.config, clock);
  m.services.reset(new Services{m.config, store, *m.locale, *m.templates, *m.statics, *m.crisis,
                                *m.practices, *m.instruments, *m.analyser, *m.accounts, *m.sessions, clock});
  add_routes(m.router, *m.services);
  return app;
}

void App::decorate(const Request&, Response& response) { add_security_headers(response); }

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
    spdlog::error("[{}] handler failed: {}", req.request_id, e.what());
    res = req.is_api() ? json_error(500, m.locale->t("errors.internal"))
                       : Response::html(500, "<!doctype html><title>Refuge</title><p>Something "
                                             "went wrong on our side. <a href=\"/support\">"
                                             "Support now</a></p>");
  }
  add_security_headers(res);
  return res;
}

}  // namespace refuge::web
