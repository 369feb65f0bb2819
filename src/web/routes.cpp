// Every URL Refuge answers, and the guard each needs (see docs/http-api.md).
#include "web/routes.h"

#include "web/handlers/account_data.h"
#include "web/handlers/api_account.h"
#include "web/handlers/api_analysis.h"
#include "web/handlers/api_assessments.h"
#include "web/handlers/api_attachment_story.h"
#include "web/handlers/api_journal.h"
#include "web/handlers/api_practices.h"
#include "web/handlers/api_program.h"
#include "web/handlers/api_safety_plan.h"
#include "web/handlers/guards.h"
#include "web/handlers/pages.h"
#include "web/handlers/render.h"

namespace refuge::web {

void add_routes(Router& r, Services& s) {
  // Operations and static files.
  r.get("/healthz", [&s](Request&) {
    Status st = s.store.ping();
    return st.ok() ? Response::json(200, {{"status", "ok"}})
                   : Response::json(503, {{"status", "unavailable"}});
  });

  // Pages anyone may see.
  r.get("/", open_page(s, page_home));
  r.get("/support", open_page(s, page_support));
  r.get("/signup", open_page(s, page_signup_form));
  r.post("/signup", open_form(s, page_signup));
  r.get("/login", open_page(s, page_login_form));
  r.post("/login", open_form(s, page_login));
  r.get("/recover", open_page(s, page_recover_form));
  r.post("/recover", open_form(s, page_recover));
  r.get("/practices", open_page(s, page_practices_index));
  r.get("/practices/{id}", open_page(s, page_practice_show));
  r.get("/practices/{id}/play", open_page(s, page_practice_play));
  r.get("/breathe", open_page(s, page_breathe));

  // Pages for signed-in people.
  r.post("/logout", member_page(s, page_logout));
  r.get("/account", member_page(s, page_account));
  r.post("/account/sessions/{id}/end", member_page(s, page_session_end));
  r.get("/account/password", member_page(s, page_password_form));
  r.post("/account/password", member_page(s, page_password));
  r.get("/account/export", member_page(s, page_account_export));
  r.get("/account/delete", member_page(s, page_account_delete_form));
  r.post("/account/delete", member_page(s, page_account_delete));
  r.get("/journal", member_page(s, page_journal_index));
  r.get("/journal/new", member_page(s, page_journal_new));
  r.post("/journal", member_page(s, page_journal_create));
  r.post("/journal/search", member_page(s, page_journal_search));
  r.get("/journal/{id}", member_page(s, page_journal_show));
  r.get("/journal/{id}/edit", member_page(s, page_journal_edit));
  r.post("/journal/{id}", member_page(s, page_journal_update));
  r.post("/journal/{id}/delete", member_page(s, page_journal_delete));
  r.post("/practices/{id}/log", member_page(s, page_practice_log));
  r.get("/progress", member_page(s, page_progress));
  r.get("/kit", member_page(s, page_kit));
  r.post("/kit", member_page(s, page_kit_save));
  r.get("/safety-plan", member_page(s, page_safety_plan));
  r.post("/safety-plan", member_page(s, page_safety_plan_save));
  r.get("/attachment-story", member_page(s, page_attachment_story));
  r.get("/attachment-story/{topic}", member_page(s, page_reflection));
  r.post("/attachment-story/{topic}", member_page(s, page_reflection_save));
  r.get("/program", member_page(s, page_program));
  r.post("/program/reminders", member_page(s, page_program_reminders));
  r.get("/program/{id}", member_page(s, page_program_module));
  r.post("/program/{id}/reflections/{slug}", member_page(s, page_program_reflection_save));
  r.post("/program/{id}/done", member_page(s, page_program_done));
  r.get("/assessments", member_page(s, page_assessments_index));
  r.get("/assessments/attachment-map", member_page(s, page_attachment_map));
  r.get("/assessments/results/{id}", member_page(s, page_assessment_result));
  r.get("/assessments/{instrument}/take", member_page(s, page_assessment_take));
  r.post("/assessments/{instrument}", member_page(s, page_assessment_save));
  r.get("/assessments/{instrument}/history", member_page(s, page_assessment_history));
  r.get("/thoughts", member_page(s, page_thoughts_index));
  r.get("/thoughts/new", member_page(s, page_thought_new));
  r.post("/thoughts", member_page(s, page_thought_create));
  r.get("/thoughts/{id}", member_page(s, page_thought_show));
  r.get("/thoughts/{id}/step/{step}", member_page(s, page_thought_step));
  r.post("/thoughts/{id}/step/{step}", member_page(s, page_thought_step_save));
  r.post("/thoughts/{id}/phrase", member_page(s, page_thought_keep_phrase));
  r.post("/thoughts/{id}/delete", member_page(s, page_thought_delete));
  r.post("/phrases/{id}/delete", member_page(s, page_phrase_delete));

  // JSON API.
  r.post("/api/v1/signup", open_api(s, api_signup));
  r.post("/api/v1/login", open_api(s, api_login));
  r.post("/api/v1/recover", open_api(s, api_recover));
  r.post("/api/v1/logout", member_api(s, api_logout));
  r.get("/api/v1/me", member_api(s, api_me));
  r.post("/api/v1/account/password", member_api(s, api_change_password));
  r.get("/api/v1/account/export", member_api(s, api_account_export));
  r.del("/api/v1/account", member_api(s, api_account_delete));
  r.get("/api/v1/sessions", member_api(s, api_sessions_list));
  r.del("/api/v1/sessions/{id}", member_api(s, api_session_end));
  r.post("/api/v1/journal", member_api(s, api_journal_create));
  r.get("/api/v1/journal", member_api(s, api_journal_list));
  r.get("/api/v1/journal/{id}", member_api(s, api_journal_get));
  r.put("/api/v1/journal/{id}", member_api(s, api_journal_update));
  r.del("/api/v1/journal/{id}", member_api(s, api_journal_delete));
  r.get("/api/v1/instruments", open_api(s, api_instruments_list));
  r.get("/api/v1/instruments/{id}", open_api(s, api_instrument_get));
  r.post("/api/v1/assessments", member_api(s, api_assessment_create));
  r.get("/api/v1/assessments", member_api(s, api_assessments_list));
  r.get("/api/v1/assessments/{id}", member_api(s, api_assessment_get));
  r.get("/api/v1/assessments/{id}/fhir", member_api(s, api_assessment_fhir));
  r.post("/api/v1/analyze", member_api(s, api_analyze));
  r.get("/api/v1/practices", open_api(s, api_practices_list));
  r.get("/api/v1/practices/{id}", open_api(s, api_practice_get));
  r.get("/api/v1/breathing-patterns", open_api(s, api_breathing_patterns));
  r.post("/api/v1/practice-sessions", member_api(s, api_practice_session_create));
  r.get("/api/v1/practice-sessions", member_api(s, api_practice_sessions_list));
  r.get("/api/v1/safety-plan", member_api(s, api_safety_plan_get));
  r.put("/api/v1/safety-plan", member_api(s, api_safety_plan_put));
  r.get("/api/v1/attachment-story", member_api(s, api_attachment_story_get));
  r.put("/api/v1/attachment-story/{topic}", member_api(s, api_reflection_put));
  r.get("/api/v1/program", member_api(s, api_program_get));
  r.put("/api/v1/program/{id}/reflections/{slug}", member_api(s, api_program_reflection_put));
  r.put("/api/v1/program/{id}/done", member_api(s, api_program_done_put));
}

}  // namespace refuge::web
