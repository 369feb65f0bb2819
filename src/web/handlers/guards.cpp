#include "web/handlers/guards.h"

#include "store/crypto/key_wrap.h"
#include "store/crypto/random.h"
#include "web/handlers/render.h"
#include "web/http/cookies.h"
#include "web/http/json_body.h"

namespace refuge::web {
namespace {

bool is_safe_method(const Request& req) { return req.method == "GET" || req.method == "HEAD"; }

CookieOptions cookie_options(const Services& app) {
  CookieOptions o;
  o.secure = app.config.secure_cookies;
  return o;
}

// Recognises the signed-in person, if any. A stale cookie is cleared.
void identify(Ctx& ctx) {
  auto token = find_cookie(ctx.req.header("cookie"), kSessionCookie);
  if (!token) return;
  auto who = ctx.app.sessions.resolve(*token);
  if (who.ok()) {
    ctx.csrf_token = who->csrf_token;
    ctx.user = std::move(who.value());
    return;
  }
  CookieOptions gone = cookie_options(ctx.app);
  gone.max_age = 0;
  ctx.set_cookies.push_back(format_set_cookie(kSessionCookie, "", gone));
}

// For people not signed in: the CSRF token comes from a random pre-session cookie.
void ensure_pre_session_token(Ctx& ctx) {
  if (ctx.user) return;
  auto pre = find_cookie(ctx.req.header("cookie"), kPreSessionCookie);
  std::string value = pre && pre->size() == 43 ? *pre : crypto::new_session_token();
  if (!pre || *pre != value) {
    CookieOptions o = cookie_options(ctx.app);
    o.max_age = 2 * 60 * 60;
    ctx.set_cookies.push_back(format_set_cookie(kPreSessionCookie, value, o));
  }
  ctx.csrf_token = crypto::csrf_token_for(value);
}

Response forbidden(Ctx& ctx) { return error_response(ctx, Status::PermissionDenied("errors.csrf")); }

// Decodes the form body; a bad body is a 400 that names the field.
std::optional<Response> decode_form(Ctx& ctx) {
  auto form = parse_form(ctx.req.body);
  if (!form.ok()) return error_response(ctx, form.status());
  ctx.form = std::move(form.value());
  return std::nullopt;
}

bool form_token_ok(Ctx& ctx) {
  auto sent = ctx.form.get("csrf_token");
  return sent && !ctx.csrf_token.empty() && crypto::constant_time_equal(*sent, ctx.csrf_token);
}

bool is_json(const Request& req) {
  std::string_view ct = req.header("content-type");
  return ct.rfind("application/json", 0) == 0;
}

std::optional<Response> decode_json(Ctx& ctx) {
  if (!is_json(ctx.req)) {
    return finish(ctx, json_error(415, ctx.app.locale.t("errors.needs_json")));
  }
  auto body = parse_json_object(ctx.req.body);
  if (!body.ok()) return error_response(ctx, body.status());
  ctx.body = std::move(body.value());
  return std::nullopt;
}

Response with_ctx(Services& app, Request& req, const CtxHandler& h,
                  const std::function<std::optional<Response>(Ctx&)>& before) {
  Ctx ctx{req, app, std::nullopt, {}, nlohmann::json::object(), {}, {}};
  if (auto early = before(ctx)) return *early;
  return h(ctx);
}

}  // namespace

Handler open_page(Services& app, CtxHandler h) {
  return [&app, h](Request& req) {
    return with_ctx(app, req, h, [](Ctx& ctx) -> std::optional<Response> {
      identify(ctx);
      ensure_pre_session_token(ctx);
      return std::nullopt;
    });
  };
}

Handler open_form(Services& app, CtxHandler h) {
  return [&app, h](Request& req) {
    return with_ctx(app, req, h, [](Ctx& ctx) -> std::optional<Response> {
      identify(ctx);
      if (!ctx.user) {
        auto pre = find_cookie(ctx.req.header("cookie"), kPreSessionCookie);
        if (pre) ctx.csrf_token = crypto::csrf_token_for(*pre);
      }
      if (auto bad = decode_form(ctx)) return bad;
      if (!form_token_ok(ctx)) return forbidden(ctx);
      ensure_pre_session_token(ctx);  // pages re-rendered after an error keep a valid token
      return std::nullopt;
    });
  };
}

// Everything a person typed into a form (not the token or the button pressed), one field after
// another, so a form sent after the session ended loses nothing.
static std::string kept_text(const Form& form) {
  std::string kept;
  for (const auto& [name, value] : form.fields) {
    if (name == "csrf_token" || name == "action" || value.empty()) continue;
    if (!kept.empty()) kept += "\n\n";
    kept += value;
  }
  return kept;
}

Handler member_page(Services& app, CtxHandler h) {
  return [&app, h](Request& req) {
    return with_ctx(app, req, h, [](Ctx& ctx) -> std::optional<Response> {
      identify(ctx);
      if (is_safe_method(ctx.req)) {
        if (!ctx.user) return finish(ctx, Response::redirect("/login"));
        return std::nullopt;
      }
      if (auto bad = decode_form(ctx)) return bad;
      if (!ctx.user) {
        // Signed out while writing: show the words back so nothing is lost.
        ensure_pre_session_token(ctx);
        nlohmann::json data = {{"kept_text", kept_text(ctx.form)}};
        return render_page(ctx, "session_ended", "session_ended.title", std::move(data), 401);
      }
      if (!form_token_ok(ctx)) return forbidden(ctx);
      return std::nullopt;
    });
  };
}

Handler open_api(Services& app, CtxHandler h) {
  return [&app, h](Request& req) {
    return with_ctx(app, req, h, [](Ctx& ctx) -> std::optional<Response> {
      if (is_safe_method(ctx.req)) return std::nullopt;
      return decode_json(ctx);
    });
  };
}

Handler member_api(Services& app, CtxHandler h) {
  return [&app, h](Request& req) {
    return with_ctx(app, req, h, [](Ctx& ctx) -> std::optional<Response> {
      identify(ctx);
      if (!ctx.user) return error_response(ctx, Status::Unauthenticated("errors.signed_out"));
      if (is_safe_method(ctx.req)) return std::nullopt;
      std::string_view sent = ctx.req.header("x-csrf-token");
      if (sent.empty() || !crypto::constant_time_equal(sent, ctx.csrf_token)) {
        return forbidden(ctx);
      }
      // A body, when there is one, must be a JSON object (PUT always has one).
      if (!ctx.req.body.empty() || ctx.req.method == "PUT") return decode_json(ctx);
      return std::nullopt;
    });
  };
}

}  // namespace refuge::web
