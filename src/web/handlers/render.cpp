#include "web/handlers/render.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "web/view/utc_time.h"

namespace refuge::web {

Response finish(Ctx& ctx, Response r) {
  for (const auto& c : ctx.set_cookies) r.add_header("Set-Cookie", c);
  return r;
}

namespace {

// The first path segment marks the active navigation link ("home" for "/").
std::string_view nav_section(std::string_view path) {
  if (path.size() < 2) return "home";  // "/" (or nothing, when a request could not be read)
  std::string_view section = path.substr(1, path.find('/', 1) - 1);
  return section.empty() ? "home" : section;
}

// The rendered page, or a plain 500 page (the template's failure is logged, never shown).
Response page_response(Ctx& ctx, std::string_view page, Result<std::string> html, int status) {
  if (!html.ok()) {
    spdlog::error("[{}] template {} failed: {}", ctx.req.request_id, page, html.status().message());
    return finish(ctx, Response::html(500, "<!doctype html><title>Refuge</title><p>Something went "
                                           "wrong on our side. <a href=\"/support\">Support now</a>"));
  }
  return finish(ctx, Response::html(status, std::move(html.value())));
}

}  // namespace

Response render_page(Ctx& ctx, std::string_view page, std::string_view title_key,
                     nlohmann::json data, int status) {
  nlohmann::json common = {{"page_title", ctx.app.locale.t(title_key)},
                           {"csrf_token", ctx.csrf_token}};
  if (ctx.user) {
    common["user"] = {{"username", ctx.user->account.username},
                      {"role", store::to_string(ctx.user->account.role)}};
  }
  common["nav"] = {{std::string(nav_section(ctx.req.path)), true}};
  // Page scripts (file names under /static/js/) are loaded by the layout.
  if (auto it = data.find("scripts"); it != data.end()) common["scripts"] = *it;
  for (const auto& [key, value] : common.items()) data[key] = value;
  return page_response(ctx, page, ctx.app.templates.render_page(page, data, std::move(common)),
                       status);
}

Response render_view_page(Ctx& ctx, std::string_view page, std::string_view title_key,
                          const View& data, int status) {
  // The names and values render_page puts in `common`; strings that outlive the rendering
  // (locale text, the request's token and person, the path) are borrowed, not copied.
  View common = View::object();
  common.reserve(5);
  common.add("page_title", View::borrow(ctx.app.locale.t(title_key)));
  common.add("csrf_token", View::borrow(ctx.csrf_token));
  if (ctx.user) {
    View& user = common.add("user", View::object());
    user.reserve(2);
    user.add("username", View::borrow(ctx.user->account.username));
    user.add("role", View::borrow(store::to_string(ctx.user->account.role)));
  }
  common.add("nav", View::object()).add(nav_section(ctx.req.path), true);
  if (const View* scripts = data.find("scripts")) common.set("scripts", *scripts);
  return page_response(ctx, page, ctx.app.templates.render_page(page, data, common), status);
}

int http_status_for(const Status& s) {
  switch (s.code()) {
    case Status::Code::kOk: return 200;
    case Status::Code::kInvalidArgument: return 400;
    case Status::Code::kUnauthenticated: return 401;
    case Status::Code::kPermissionDenied: return 403;
    case Status::Code::kNotFound: return 404;
    case Status::Code::kAlreadyExists: return 409;
    case Status::Code::kTooManyRequests: return 429;
    default: return 500;
  }
}

std::string error_message(Ctx& ctx, const Status& s) {
  if (http_status_for(s) == 500) {
    // Store and crypto messages never hold personal text, but they are internals: log, don't show.
    spdlog::error("[{}] {}", ctx.req.request_id, s.message());
    return ctx.app.locale.t("errors.internal");
  }
  return ctx.app.locale.message(s.message());
}

Response error_response(Ctx& ctx, const Status& s) {
  int status = http_status_for(s);
  std::string message = error_message(ctx, s);
  if (ctx.req.is_api()) return finish(ctx, json_error(status, message));
  nlohmann::json data = {{"status", std::to_string(status)}, {"message", message}};
  return render_page(ctx, "error", "errors.title", std::move(data), status);
}

Response not_found(Ctx& ctx) { return error_response(ctx, Status::NotFound("errors.not_found")); }

Result<nlohmann::json> sessions_json(Ctx& ctx, std::string (*format)(int64_t)) {
  auto sessions = ctx.app.sessions.list(ctx.me());
  if (!sessions.ok()) return sessions.status();
  nlohmann::json list = nlohmann::json::array();
  for (const auto& s : *sessions) {
    list.push_back({{"id", s.id},
                    {"device", s.device},
                    {"created_at", format(s.created_at)},
                    {"last_seen_at", format(s.last_seen_at)},
                    {"current", s.id == ctx.me().session_id}});
  }
  return list;
}

std::string iso_time(int64_t t) { return utc_iso(t); }
nlohmann::json iso_time_or_null(int64_t t) { return t ? nlohmann::json(utc_iso(t)) : nullptr; }
std::string friendly_time(int64_t t) { return utc_friendly_time(t); }
std::string friendly_date(int64_t t) { return utc_friendly_date(t); }

std::vector<std::string> chart_date_labels(const std::vector<int64_t>& times) {
  std::vector<std::string> labels;
  for (int64_t t : times) labels.push_back(friendly_date(t));
  auto year = [](const std::string& d) { return d.substr(d.rfind(' ') + 1); };
  bool one_year = std::all_of(labels.begin(), labels.end(),
                              [&](const std::string& d) { return year(d) == year(labels.front()); });
  if (one_year) {
    for (auto& d : labels) d.resize(d.rfind(' '));
  }
  return labels;
}

}  // namespace refuge::web
