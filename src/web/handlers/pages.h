// HTML page handlers (server-rendered; they work without JavaScript).
#pragma once
#include "web/handlers/context.h"
namespace refuge::web {
// pages_home.cpp
Response page_home(Ctx& ctx);
Response page_support(Ctx& ctx);
// pages_account.cpp
Response page_signup_form(Ctx& ctx);
Response page_signup(Ctx& ctx);
Response page_login_form(Ctx& ctx);
Response page_login(Ctx& ctx);
Response page_logout(Ctx& ctx);
Response page_recover_form(Ctx& ctx);
Response page_recover(Ctx& ctx);
Response page_account(Ctx& ctx);
Response page_session_end(Ctx& ctx);
Response page_password_form(Ctx& ctx);
Response page_password(Ctx& ctx);
// pages_journal.cpp
Response page_journal_index(Ctx& ctx);
Response page_journal_search(Ctx& ctx);
Response page_journal_new(Ctx& ctx);
Response page_journal_create(Ctx& ctx);
Response page_journal_show(Ctx& ctx);
Response page_journal_edit(Ctx& ctx);
Response page_journal_update(Ctx& ctx);
Response page_journal_delete(Ctx& ctx);
// pages_practices.cpp
Response page_practices_index(Ctx& ctx);
Response page_practice_show(Ctx& ctx);
Response page_practice_play(Ctx& ctx);
Response page_practice_log(Ctx& ctx);
Response page_breathe(Ctx& ctx);
Response page_progress(Ctx& ctx);
Response page_kit(Ctx& ctx);
Response page_kit_save(Ctx& ctx);
// pages_safety_plan.cpp
Response page_safety_plan(Ctx& ctx);
Response page_safety_plan_save(Ctx& ctx);
// pages_attachment_story.cpp
Response page_attachment_story(Ctx& ctx);
Response page_reflection(Ctx& ctx);
Response page_reflection_save(Ctx& ctx);
// pages_program.cpp
Response page_program(Ctx& ctx);
Response page_program_module(Ctx& ctx);
Response page_program_reflection_save(Ctx& ctx);
Response page_program_done(Ctx& ctx);
Response page_program_reminders(Ctx& ctx);
// pages_assessments.cpp
Response page_assessments_index(Ctx& ctx);
Response page_assessment_take(Ctx& ctx);
Response page_assessment_save(Ctx& ctx);
Response page_assessment_result(Ctx& ctx);
Response page_assessment_history(Ctx& ctx);
Response page_attachment_map(Ctx& ctx);
// pages_thoughts.cpp
Response page_thoughts_index(Ctx& ctx);
Response page_thought_new(Ctx& ctx);
Response page_thought_create(Ctx& ctx);
Response page_thought_step(Ctx& ctx);
Response page_thought_step_save(Ctx& ctx);
Response page_thought_show(Ctx& ctx);
Response page_thought_keep_phrase(Ctx& ctx);
Response page_thought_delete(Ctx& ctx);
Response page_phrase_delete(Ctx& ctx);
}  // namespace refuge::web
