#include "web/handlers/account_data.h"

#include "core/content/string_lists.h"
#include "store/crypto/password_hash.h"
#include "web/handlers/assessment_records.h"
#include "web/handlers/attachment_stories.h"
#include "web/handlers/assessment_views.h"
#include "web/handlers/journal_entries.h"
#include "web/handlers/practice_records.h"
#include "web/handlers/practice_views.h"
#include "web/handlers/program_progress.h"
#include "web/handlers/render.h"
#include "web/handlers/safety_plans.h"
#include "web/handlers/session_cookie.h"
#include "web/handlers/thought_records.h"
#include "web/http/json_body.h"

namespace refuge::web {

Result<nlohmann::json> export_account(Ctx& ctx) {
  const auto& a = ctx.me().account;
  nlohmann::json journal = nlohmann::json::array();
  constexpr int64_t kBatch = 100;
  for (int64_t offset = 0;; offset += kBatch) {
    auto page = list_journal_entries(ctx, offset, kBatch);
    if (!page.ok()) return page.status();
    for (const auto& e : page->entries) {
      journal.push_back({{"id", e.id},
                         {"text", e.content.text},
                         {"mood", e.content.mood ? nlohmann::json(*e.content.mood) : nullptr},
                         {"tags", e.content.tags},
                         {"created_at", iso_time(e.created_at)},
                         {"updated_at", iso_time(e.updated_at)}});
    }
    if (static_cast<int64_t>(page->entries.size()) < kBatch) break;
  }
  auto sessions = practice_sessions_since(ctx, 0);
  if (!sessions.ok()) return sessions.status();
  nlohmann::json practice_log = nlohmann::json::array();
  for (const auto& s : *sessions) practice_log.push_back(session_json(s));
  auto kit = load_soothing_kit(ctx);
  if (!kit.ok()) return kit.status();
  nlohmann::json kit_json = content::string_lists_json(practices::kKitGroups, kit->items);
  auto plan = load_safety_plan(ctx);
  if (!plan.ok()) return plan.status();
  nlohmann::json plan_json = safety_plan_json(plan->plan);
  plan_json["updated_at"] = iso_time_or_null(plan->updated_at);
  auto story = load_attachment_story(ctx);
  if (!story.ok()) return story.status();
  auto progress = load_program_progress(ctx);
  if (!progress.ok()) return progress.status();
  nlohmann::json program_export = {{"modules", program_json(ctx, *progress)},
                                   {"reminders", progress->reminders}};
  auto assessments = list_assessments(ctx, "", true);
  if (!assessments.ok()) return assessments.status();
  nlohmann::json assessments_json = nlohmann::json::array();
  for (const auto& a : *assessments) {
    nlohmann::json j = assessment_json(a);
    nlohmann::json answers = nlohmann::json::object();
    for (const auto& [item, value] : a.answers) answers[std::to_string(item)] = value;
    j["answers"] = answers;
    assessments_json.push_back(std::move(j));
  }
  auto records = list_thought_records(ctx, kMaxListed);
  if (!records.ok()) return records.status();
  nlohmann::json records_json = nlohmann::json::array();
  for (const auto& v : *records) {
    nlohmann::json record = nlohmann::json::parse(thoughts::encode_record(v.record));
    record.erase("v");
    record["id"] = v.id;
    record["created_at"] = iso_time(v.created_at);
    record["updated_at"] = iso_time(v.updated_at);
    records_json.push_back(std::move(record));
  }
  auto phrases = list_phrases(ctx, kMaxListed);
  if (!phrases.ok()) return phrases.status();
  nlohmann::json phrases_json = nlohmann::json::array();
  for (const auto& p : *phrases) {
    phrases_json.push_back({{"id", p.id}, {"text", p.text}, {"created_at", iso_time(p.created_at)}});
  }
  return nlohmann::json{{"format", "refuge-export"},
                        {"version", 1},
                        {"exported_at", iso_time(ctx.app.clock())},
                        {"account", {{"username", a.username},
                                     {"role", store::to_string(a.role)},
                                     {"created_at", iso_time(a.created_at)}}},
                        {"journal", journal},
                        {"practice_log", practice_log},
                        {"soothing_kit", kit_json},
                        {"safety_plan", plan_json},
                        {"attachment_story", attachment_story_json(ctx, *story, false)},
                        {"program", program_export},
                        {"assessments", assessments_json},
                        {"thought_records", records_json},
                        {"compassion_phrases", phrases_json}};
}

Status delete_account(Ctx& ctx, std::string_view password) {
  auto account = ctx.app.store.accounts().find(ctx.me().account.id);
  if (!account.ok()) return account.status();
  if (!crypto::verify_password(account->password_hash, password)) {
    return Status::InvalidArgument("errors.current_password_wrong");
  }
  return ctx.app.store.accounts().remove(account->id);
}

namespace {

Response download(Ctx& ctx, const nlohmann::json& doc) {
  Response r = Response::json(200, doc);
  r.set_header("Content-Disposition", "attachment; filename=\"refuge-export.json\"");
  return finish(ctx, std::move(r));
}

}  // namespace

Response page_account_export(Ctx& ctx) {
  auto doc = export_account(ctx);
  if (!doc.ok()) return error_response(ctx, doc.status());
  return download(ctx, *doc);
}

Response api_account_export(Ctx& ctx) { return page_account_export(ctx); }

Response page_account_delete_form(Ctx& ctx) {
  return render_page(ctx, "account_delete", "delete.title");
}

Response page_account_delete(Ctx& ctx) {
  Status st = delete_account(ctx, ctx.form.get_or("password", ""));
  if (!st.ok()) {
    return render_page(ctx, "account_delete", "delete.title",
                       {{"error", ctx.app.locale.message(st.message())}}, http_status_for(st));
  }
  clear_session_cookie(ctx);
  ctx.user.reset();
  return render_page(ctx, "account_deleted", "delete.done_title");
}

Response api_account_delete(Ctx& ctx) {
  auto password = required_string(ctx.body, "password");
  if (!password.ok()) return error_response(ctx, password.status());
  Status st = delete_account(ctx, *password);
  if (!st.ok()) return error_response(ctx, st);
  clear_session_cookie(ctx);
  return finish(ctx, Response::empty(204));
}

}  // namespace refuge::web
