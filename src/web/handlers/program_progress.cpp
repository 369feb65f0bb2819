#include "web/handlers/program_progress.h"

#include <spdlog/spdlog.h>

#include "web/handlers/render.h"
#include "web/handlers/sealed_documents.h"

namespace refuge::web {
namespace {

constexpr int64_t kOpenedResolutionSeconds = 60 * 60;

}  // namespace

Result<program::Progress> load_program_progress(Ctx& ctx) {
  auto doc =
      load_person_document(ctx, store::PersonDocumentKind::kProgramProgress, kProgramProgressKind);
  if (!doc.ok()) return doc.status();
  if (!*doc) return program::Progress{};
  return program::decode_progress((*doc)->plaintext);
}

Status update_program_progress(Ctx& ctx, const std::function<Status(program::Progress&)>& change) {
  return update_person_document(
      ctx, store::PersonDocumentKind::kProgramProgress, kProgramProgressKind,
      [&](const std::string* stored) -> Result<std::string> {
        program::Progress progress;
        if (stored) {
          auto decoded = program::decode_progress(*stored);
          if (!decoded.ok()) return decoded.status();
          progress = std::move(decoded.value());
        }
        Status st = change(progress);
        if (!st.ok()) return st;
        return program::encode_progress(progress);
      });
}

Status save_reflection(Ctx& ctx, const program::Module& m, const program::ReflectionPrompt& r,
                       std::string_view text) {
  // Checked before the store is read, so a refused text is named even when the store is down.
  Status valid = reflections::check_reflection_text(text);
  if (!valid.ok()) return valid;
  return update_program_progress(ctx, [&](program::Progress& p) {
    return program::set_reflection(p, m.id, r.slug, text, ctx.app.clock());
  });
}

Status save_done(Ctx& ctx, const program::Module& m, bool done) {
  return update_program_progress(ctx, [&](program::Progress& p) {
    program::set_done(p, m.id, done, ctx.app.clock());
    return Status::Ok();
  });
}

Status save_reminders(Ctx& ctx, bool on) {
  return update_program_progress(ctx, [&](program::Progress& p) {
    p.reminders = on;
    // Counting starts now, so switching reminders on never shows a note straight away.
    p.last_opened = ctx.app.clock();
    return Status::Ok();
  });
}

void note_program_opened(Ctx& ctx, program::Progress& progress) {
  const int64_t now = ctx.app.clock();
  if (!progress.reminders || now - progress.last_opened < kOpenedResolutionSeconds) return;
  progress.last_opened = now;
  Status st = update_program_progress(ctx, [now](program::Progress& p) {
    if (p.reminders) p.last_opened = now;
    return Status::Ok();
  });
  if (!st.ok()) spdlog::warn("[{}] program: last opened not saved: {}", ctx.req.request_id,
                             st.message());
}

nlohmann::json program_json(Ctx& ctx, const program::Progress& progress) {
  // One reflection: its prompt (null when the content no longer has it) and the saved words.
  auto entry = [](std::string_view slug, const std::string* prompt,
                  const reflections::Reflection* saved) {
    return nlohmann::json{{"slug", slug},
                          {"prompt", prompt ? nlohmann::json(*prompt) : nullptr},
                          {"text", saved ? saved->text : ""},
                          {"updated_at", iso_time_or_null(saved ? saved->updated_at : 0)}};
  };
  nlohmann::json modules = nlohmann::json::array();
  for (const auto& m : ctx.app.program.program().modules()) {
    const program::ModuleProgress* mp = progress.module(m.id);
    nlohmann::json reflections = nlohmann::json::array();
    for (const auto& r : m.reflections) {
      const reflections::Reflection* saved = nullptr;
      if (mp) {
        auto it = mp->reflections.find(r.slug);
        if (it != mp->reflections.end()) saved = &it->second;
      }
      reflections.push_back(entry(r.slug, &r.prompt, saved));
    }
    // Writing kept for a prompt the module no longer has (the content changed) is still theirs.
    if (mp) {
      for (const auto& [slug, saved] : mp->reflections) {
        if (!m.reflection(slug)) reflections.push_back(entry(slug, nullptr, &saved));
      }
    }
    modules.push_back({{"id", m.id},
                       {"number", m.number},
                       {"title", m.title},
                       {"done", mp && mp->done},
                       {"done_at", iso_time_or_null(mp ? mp->done_at : 0)},
                       {"reflections", reflections}});
  }
  for (const auto& [id, mp] : progress.modules) {
    if (ctx.app.program.program().module(id)) continue;
    nlohmann::json reflections = nlohmann::json::array();
    for (const auto& [slug, saved] : mp.reflections) {
      reflections.push_back(entry(slug, nullptr, &saved));
    }
    modules.push_back({{"id", id},
                       {"number", nullptr},
                       {"title", nullptr},
                       {"done", mp.done},
                       {"done_at", iso_time_or_null(mp.done_at)},
                       {"reflections", reflections}});
  }
  return modules;
}

}  // namespace refuge::web
