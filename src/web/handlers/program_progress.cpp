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

Status save_program_progress(Ctx& ctx, const program::Progress& progress) {
  return save_person_document(ctx, store::PersonDocumentKind::kProgramProgress,
                              kProgramProgressKind, program::encode_progress(progress));
}

Status save_reflection(Ctx& ctx, const program::Module& m, const program::ReflectionPrompt& r,
                       std::string_view text) {
  // Checked before the store is read, so a refused text is named even when the store is down.
  Status valid = program::validate_reflection(text);
  if (!valid.ok()) return valid;
  auto progress = load_program_progress(ctx);
  if (!progress.ok()) return progress.status();
  Status st = program::set_reflection(*progress, m.id, r.slug, text, ctx.app.clock());
  if (!st.ok()) return st;
  return save_program_progress(ctx, *progress);
}

Status save_done(Ctx& ctx, const program::Module& m, bool done) {
  auto progress = load_program_progress(ctx);
  if (!progress.ok()) return progress.status();
  program::set_done(*progress, m.id, done, ctx.app.clock());
  return save_program_progress(ctx, *progress);
}

void note_program_opened(Ctx& ctx, program::Progress& progress) {
  const int64_t now = ctx.app.clock();
  if (!progress.reminders || now - progress.last_opened < kOpenedResolutionSeconds) return;
  progress.last_opened = now;
  Status st = save_program_progress(ctx, progress);
  if (!st.ok()) spdlog::warn("[{}] program: last opened not saved: {}", ctx.req.request_id,
                             st.message());
}

std::string program_error(Ctx& ctx, const Status& st) {
  if (http_status_for(st) == 500) {
    // Store and crypto messages are internals: logged, never shown (as in error_response).
    spdlog::error("[{}] {}", ctx.req.request_id, st.message());
    return ctx.app.locale.t("errors.internal");
  }
  return ctx.app.locale.message(st.message());
}

nlohmann::json program_json(Ctx& ctx, const program::Progress& progress) {
  auto time_or_null = [](int64_t t) { return t ? nlohmann::json(iso_time(t)) : nullptr; };
  nlohmann::json modules = nlohmann::json::array();
  for (const auto& m : ctx.app.program.program().modules()) {
    const program::ModuleProgress* mp = progress.module(m.id);
    nlohmann::json reflections = nlohmann::json::array();
    for (const auto& r : m.reflections) {
      const program::ReflectionText* saved = nullptr;
      if (mp) {
        auto it = mp->reflections.find(r.slug);
        if (it != mp->reflections.end()) saved = &it->second;
      }
      reflections.push_back({{"slug", r.slug},
                             {"prompt", r.prompt},
                             {"text", saved ? saved->text : ""},
                             {"updated_at", time_or_null(saved ? saved->updated_at : 0)}});
    }
    // Writing kept for a prompt the module no longer has (the content changed) is still theirs.
    if (mp) {
      for (const auto& [slug, saved] : mp->reflections) {
        if (m.reflection(slug)) continue;
        reflections.push_back({{"slug", slug},
                               {"prompt", nullptr},
                               {"text", saved.text},
                               {"updated_at", time_or_null(saved.updated_at)}});
      }
    }
    modules.push_back({{"id", m.id},
                       {"number", m.number},
                       {"title", m.title},
                       {"done", mp && mp->done},
                       {"done_at", time_or_null(mp ? mp->done_at : 0)},
                       {"reflections", reflections}});
  }
  for (const auto& [id, mp] : progress.modules) {
    if (ctx.app.program.program().module(id)) continue;
    nlohmann::json reflections = nlohmann::json::array();
    for (const auto& [slug, saved] : mp.reflections) {
      reflections.push_back({{"slug", slug},
                             {"prompt", nullptr},
                             {"text", saved.text},
                             {"updated_at", time_or_null(saved.updated_at)}});
    }
    modules.push_back({{"id", id},
                       {"number", nullptr},
                       {"title", nullptr},
                       {"done", mp.done},
                       {"done_at", time_or_null(mp.done_at)},
                       {"reflections", reflections}});
  }
  return modules;
}

}  // namespace refuge::web
