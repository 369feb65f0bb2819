// The signed-in person's way through the program (core/program/progress.h): sealed by the vault
// as one document, kept by the store. Shared by the program pages, the home card, the JSON API
// and the export.
#pragma once

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/program/progress.h"
#include "web/handlers/context.h"

namespace refuge::web {

inline constexpr const char* kProgramProgressKind = "program_progress";

// Empty progress when they have none yet.
Result<program::Progress> load_program_progress(Ctx& ctx);
// Applies `change` to the stored progress and saves it; when another save came first, the
// progress is read again and `change` applied again (see update_person_document).
Status update_program_progress(Ctx& ctx, const std::function<Status(program::Progress&)>& change);

// Saves one reflection (validated by core; nothing changes on an error).
Status save_reflection(Ctx& ctx, const program::Module& m, const program::ReflectionPrompt& r,
                       std::string_view text);
Status save_done(Ctx& ctx, const program::Module& m, bool done);
// Reminders on or off (counting a week from now).
Status save_reminders(Ctx& ctx, bool on);

// Notes that the person opened the program, when they asked for reminders (at most one write
// an hour). Failures are logged and ignored: a reminder must never stop a page.
void note_program_opened(Ctx& ctx, program::Progress& progress);

// Every module with its done state and reflections (the API and the export):
// [{"id","number","title","done","done_at","reflections":[{"slug","prompt","text","updated_at"}]}]
nlohmann::json program_json(Ctx& ctx, const program::Progress& progress);

}  // namespace refuge::web
