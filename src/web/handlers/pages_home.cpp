// Pages: home and "Support now".
#include "web/handlers/journal_entries.h"
#include "web/handlers/pages.h"
#include "web/handlers/program_progress.h"
#include "web/handlers/safety_path.h"
#include "web/handlers/thought_records.h"
#include "web/handlers/render.h"

namespace refuge::web {

Response page_home(Ctx& ctx) {
  nlohmann::json data = nlohmann::json::object();
  if (ctx.user) {
    auto recent = list_journal_entries(ctx, 0, 3);
    if (recent.ok()) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& e : recent->entries) {
        list.push_back({{"id", e.id},
                        {"excerpt", journal::excerpt(e.content.text, 120)},
                        {"created", friendly_time(e.created_at)}});
      }
      data["recent"] = list;
      data["has_recent"] = !list.empty();
    }
    // The program card: the first module not marked done, or a kind note when all are. Left out
    // (not an error) when the progress cannot be read.
    auto progress = load_program_progress(ctx);
    if (progress.ok()) {
      const program::Program& p = ctx.app.program.program();
      if (const program::Module* next = program::next_module(p, *progress)) {
        data["program_next"] = {
            {"id", next->id},
            {"label", ctx.app.locale.format(program::done_count(p, *progress) == 0
                                                ? "program.home_begin"
                                                : "program.home_continue",
                                            "n",
                                            std::to_string(next->number) + ": " + next->title)}};
      } else {
        data["program_all_done"] = true;
      }
      data["program_reminder"] = program::reminder_due(*progress, ctx.app.clock());
    }
    auto phrases = list_phrases(ctx, 5);
    if (phrases.ok() && !phrases->empty()) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& p : *phrases) list.push_back({{"id", p.id}, {"text", p.text}});
      data["phrases"] = list;
      data["has_phrases"] = true;
    }
  }
  return render_page(ctx, "home", "home.title", std::move(data));
}

Response page_support(Ctx& ctx) {
  return render_page(ctx, "support", "support.title", support_data(ctx));
}

}  // namespace refuge::web
