#include "web/handlers/crisis_path.h"

#include "web/handlers/render.h"
#include "web/handlers/safety_path.h"

namespace refuge::web {

bool note_crisis(Ctx& ctx, const std::vector<std::string_view>& texts, std::string_view source) {
  for (std::string_view text : texts) {
    if (!text.empty() && ctx.app.analyser.has_crisis_language(text)) {
      record_crisis_language(ctx, source);
      return true;
    }
  }
  return false;
}

void mark_crisis(Ctx& ctx, const std::vector<std::string_view>& texts, std::string_view source,
                 nlohmann::json& out) {
  if (!note_crisis(ctx, texts, source)) return;
  out["crisis"] = true;
  out["support_url"] = "/support";
}

Response autosave_response(Ctx& ctx, const Status& saved,
                           const std::vector<std::string_view>& texts, std::string_view source) {
  if (!saved.ok() && http_status_for(saved) != 400) return error_response(ctx, saved);
  if (!saved.ok()) {
    return finish(ctx, Response::json(200, {{"saved", false},
                                            {"problem", ctx.app.locale.message(saved.message())}}));
  }
  bool crisis = note_crisis(ctx, texts, source);
  return finish(ctx, Response::json(200, {{"saved", true}, {"crisis", crisis}}));
}

Response support_interrupt(Ctx& ctx, std::string_view continue_url) {
  nlohmann::json data = support_data(ctx);
  data["continue_url"] = std::string(continue_url);
  return render_page(ctx, "support_interrupt", "safety.interrupt_title", data);
}

std::optional<Response> support_if_crisis(Ctx& ctx, const std::vector<std::string_view>& texts,
                                          std::string_view source, std::string_view continue_url) {
  if (!note_crisis(ctx, texts, source)) return std::nullopt;
  return support_interrupt(ctx, continue_url);
}

}  // namespace refuge::web
