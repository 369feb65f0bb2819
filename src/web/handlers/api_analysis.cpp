// JSON API: /api/v1/analyze
#include "web/handlers/api_analysis.h"

#include "core/text/utf8.h"
#include "web/handlers/crisis_path.h"
#include "web/handlers/render.h"
#include "web/http/json_body.h"

namespace refuge::web {

Response api_analyze(Ctx& ctx) {
  auto text = required_string(ctx.body, "text");
  if (!text.ok()) return error_response(ctx, text.status());
  if (!text::is_valid_utf8(*text)) {
    return error_response(ctx, Status::InvalidArgument("errors.text_unreadable"));
  }
  if (text::count_code_points(*text) > analysis::kMaxAnalysisCharacters) {
    return finish(ctx, json_error(413, ctx.app.locale.t("errors.analysis_too_long")));
  }
  analysis::Analysis a = ctx.app.analyser.analyse(*text);
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : a.findings()) {
    findings.push_back({{"type", analysis::finding_type_id(f.type)},
                        {"start", f.start},
                        {"end", f.end},
                        {"confidence", f.confidence},
                        {"cue", f.cue}});
  }
  nlohmann::json out = {{"findings", findings}, {"crisis", a.crisis}};
  if (a.crisis) out["support_url"] = "/support";
  return finish(ctx, Response::json(200, out));
}

}  // namespace refuge::web
