// Pages: sign up, log in, log out, recovery, account and sessions, password change.
#include "web/handlers/pages.h"
#include "web/handlers/render.h"
#include "web/handlers/session_cookie.h"
#include "web/http/cookies.h"

namespace refuge::web {
namespace {

// A form re-shown after a problem: the message, and what the person typed (never passwords).
Response form_again(Ctx& ctx, std::string_view page, std::string_view title_key,
                    const Status& problem, nlohmann::json kept = nlohmann::json::object()) {
  kept["error"] = ctx.app.locale.message(problem.message());
  int status = http_status_for(problem);
  return render_page(ctx, page, title_key, kept, status == 500 ? 500 : status);
}

Status passwords_match(const Form& f) {
  if (f.get_or("password", "") != f.get_or("password_confirm", "")) {
    return Status::InvalidArgument("errors.passwords_differ");
  }
  return Status::Ok();
}

}  // namespace

Response page_signup_form(Ctx& ctx) { return render_page(ctx, "signup", "signup.title"); }

Response page_signup(Ctx& ctx) {
  std::string username = ctx.form.get_or("username", "");
  nlohmann::json kept = {{"username", username}};
  Status same = passwords_match(ctx.form);
  if (!same.ok()) return form_again(ctx, "signup", "signup.title", same, kept);
  auto created =
      ctx.app.accounts.sign_up(username, ctx.form.get_or("password", ""), store::Role::kPerson);
  if (!created.ok()) return form_again(ctx, "signup", "signup.title", created.status(), kept);
  // Sign the new person in straight away: the data key is fresh in hand.
  auto csrf = begin_session(ctx, created->account, created->data_key);
  if (csrf.ok()) {
    ctx.csrf_token = *csrf;
    ctx.user = Principal{created->account, "", created->data_key, *csrf};
  }
  return render_page(ctx, "recovery_code", "signup.code_title",
                     {{"recovery_code", created->recovery_code}, {"welcome", true}});
}

Response page_login_form(Ctx& ctx) { return render_page(ctx, "login", "login.title"); }

Response page_login(Ctx& ctx) {
  std::string username = ctx.form.get_or("username", "");
  auto opened =
      ctx.app.accounts.log_in(username, ctx.form.get_or("password", ""), ctx.req.remote_address);
  if (!opened.ok()) {
    return form_again(ctx, "login", "login.title", opened.status(), {{"username", username}});
  }
  auto csrf = begin_session(ctx, opened->account, opened->data_key);
  if (!csrf.ok()) return error_response(ctx, csrf.status());
  return finish(ctx, Response::redirect("/journal"));
}

Response page_logout(Ctx& ctx) {
  if (auto token = find_cookie(ctx.req.header("cookie"), kSessionCookie)) {
    ctx.app.sessions.end(*token);
  }
  clear_session_cookie(ctx);
  return finish(ctx, Response::redirect("/"));
}

Response page_recover_form(Ctx& ctx) { return render_page(ctx, "recover", "recover.title"); }

Response page_recover(Ctx& ctx) {
  std::string username = ctx.form.get_or("username", "");
  nlohmann::json kept = {{"username", username}};
  Status same = passwords_match(ctx.form);
  if (!same.ok()) return form_again(ctx, "recover", "recover.title", same, kept);
  auto code = ctx.app.accounts.recover(username, ctx.form.get_or("recovery_code", ""),
                                       ctx.form.get_or("password", ""), ctx.req.remote_address);
  if (!code.ok()) return form_again(ctx, "recover", "recover.title", code.status(), kept);
  return render_page(ctx, "recovery_code", "recover.code_title",
                     {{"recovery_code", *code}, {"recovered", true}});
}

Response page_account(Ctx& ctx) {
  auto sessions = sessions_json(ctx, friendly_time);
  if (!sessions.ok()) return error_response(ctx, sessions.status());
  nlohmann::json data = {{"sessions", std::move(sessions.value())},
                         {"role", store::to_string(ctx.me().account.role)},
                         {"notice", ctx.req.query_param("done") == "password"
                                        ? ctx.app.locale.t("account.password_changed")
                                        : ""}};
  return render_page(ctx, "account", "account.title", std::move(data));
}

Response page_session_end(Ctx& ctx) {
  Status st = ctx.app.sessions.end_other(ctx.me(), ctx.req.param("id"));
  if (!st.ok()) return error_response(ctx, st);
  return finish(ctx, Response::redirect("/account"));
}

Response page_password_form(Ctx& ctx) { return render_page(ctx, "password", "password.title"); }

Response page_password(Ctx& ctx) {
  Status same = passwords_match(ctx.form);
  if (!same.ok()) return form_again(ctx, "password", "password.title", same);
  Status st = ctx.app.accounts.change_password(ctx.me(), ctx.form.get_or("current_password", ""),
                                               ctx.form.get_or("password", ""));
  if (!st.ok()) return form_again(ctx, "password", "password.title", st);
  ctx.app.sessions.end_all_others(ctx.me());
  return finish(ctx, Response::redirect("/account?done=password"));
}

}  // namespace refuge::web
