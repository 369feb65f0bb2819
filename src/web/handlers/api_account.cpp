// JSON API: sign-up, log-in, log-out, recovery, password change, sessions.
#include "web/handlers/api_account.h"

#include "web/handlers/render.h"
#include "web/handlers/session_cookie.h"
#include "web/http/cookies.h"
#include "web/http/json_body.h"

namespace refuge::web {
namespace {

// Reads the named string fields of the body, or the first error naming the missing one.
Status read_fields(const nlohmann::json& body,
                   std::initializer_list<std::pair<const char*, std::string*>> fields) {
  for (auto& [name, out] : fields) {
    auto v = required_string(body, name);
    if (!v.ok()) return v.status();
    *out = std::move(v.value());
  }
  return Status::Ok();
}

}  // namespace

Response api_signup(Ctx& ctx) {
  std::string username, password;
  Status st = read_fields(ctx.body, {{"username", &username}, {"password", &password}});
  if (!st.ok()) return error_response(ctx, st);
  auto created = ctx.app.accounts.sign_up(username, password, store::Role::kPerson);
  if (!created.ok()) return error_response(ctx, created.status());
  auto r = Response::json(201, {{"id", created->account.id},
                                {"username", created->account.username},
                                {"recovery_code", created->recovery_code},
                                {"recovery_note", ctx.app.locale.t("signup.recovery_note")}});
  return finish(ctx, std::move(r));
}

Response api_login(Ctx& ctx) {
  std::string username, password;
  Status st = read_fields(ctx.body, {{"username", &username}, {"password", &password}});
  if (!st.ok()) return error_response(ctx, st);
  auto opened = ctx.app.accounts.log_in(username, password, ctx.req.remote_address);
  if (!opened.ok()) return error_response(ctx, opened.status());
  auto csrf = begin_session(ctx, opened->account, opened->data_key);
  if (!csrf.ok()) return error_response(ctx, csrf.status());
  return finish(ctx, Response::json(200, {{"csrf_token", *csrf},
                                          {"username", opened->account.username},
                                          {"role", store::to_string(opened->account.role)}}));
}

Response api_logout(Ctx& ctx) {
  if (auto token = find_cookie(ctx.req.header("cookie"), kSessionCookie)) {
    ctx.app.sessions.end(*token);
  }
  clear_session_cookie(ctx);
  return finish(ctx, Response::empty(204));
}

Response api_recover(Ctx& ctx) {
  std::string username, code, password;
  Status st = read_fields(ctx.body, {{"username", &username},
                                     {"recovery_code", &code},
                                     {"new_password", &password}});
  if (!st.ok()) return error_response(ctx, st);
  auto new_code = ctx.app.accounts.recover(username, code, password, ctx.req.remote_address);
  if (!new_code.ok()) return error_response(ctx, new_code.status());
  return finish(ctx, Response::json(200, {{"recovery_code", *new_code}}));
}

Response api_me(Ctx& ctx) {
  const auto& a = ctx.me().account;
  return finish(ctx, Response::json(200, {{"id", a.id},
                                          {"username", a.username},
                                          {"role", store::to_string(a.role)},
                                          {"csrf_token", ctx.me().csrf_token}}));
}

Response api_change_password(Ctx& ctx) {
  std::string current, next;
  Status st =
      read_fields(ctx.body, {{"current_password", &current}, {"new_password", &next}});
  if (!st.ok()) return error_response(ctx, st);
  st = ctx.app.accounts.change_password(ctx.me(), current, next);
  if (!st.ok()) return error_response(ctx, st);
  ctx.app.sessions.end_all_others(ctx.me());
  return finish(ctx, Response::empty(204));
}

Response api_sessions_list(Ctx& ctx) {
  auto sessions = sessions_json(ctx, iso_time);
  if (!sessions.ok()) return error_response(ctx, sessions.status());
  return finish(ctx, Response::json(200, {{"sessions", std::move(sessions.value())}}));
}

Response api_session_end(Ctx& ctx) {
  Status st = ctx.app.sessions.end_other(ctx.me(), ctx.req.param("id"));
  if (!st.ok()) return error_response(ctx, st);
  return finish(ctx, Response::empty(204));
}

}  // namespace refuge::web
