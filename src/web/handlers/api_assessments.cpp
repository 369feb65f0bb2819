// JSON API: /api/v1/instruments and /api/v1/assessments (with FHIR R4 export).
#include "web/handlers/api_assessments.h"

#include <charconv>

#include "core/instruments/fhir_response.h"
#include "web/handlers/assessment_views.h"
#include "web/handlers/render.h"
#include "web/handlers/safety_path.h"
#include "web/http/json_body.h"

namespace refuge::web {
namespace {

Result<instruments::Answers> answers_from_json(const nlohmann::json& body) {
  if (!body.contains("answers") || !body["answers"].is_object()) {
    return Status::InvalidArgument("field 'answers' must be an object of item number to answer");
  }
  instruments::Answers answers;
  for (const auto& [key, value] : body["answers"].items()) {
    int item = 0;
    auto [p, ec] = std::from_chars(key.data(), key.data() + key.size(), item);
    if (ec != std::errc() || p != key.data() + key.size()) {
      return Status::InvalidArgument("answers: \"" + key + "\" is not an item number");
    }
    if (value.is_null()) continue;
    if (!value.is_number_integer()) {
      return Status::InvalidArgument("answers: item " + key + " must be a whole number");
    }
    answers[item] = value.get<int>();
  }
  return answers;
}

}  // namespace

Response api_instruments_list(Ctx& ctx) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& in : ctx.app.instruments.instruments()) {
    list.push_back({{"id", in.id},
                    {"title", in.title},
                    {"short_name", in.short_name},
                    {"url", in.url},
                    {"version", in.version},
                    {"items", in.item_count()},
                    {"minutes", in.minutes}});
  }
  return finish(ctx, Response::json(200, {{"instruments", list}}));
}

Response api_instrument_get(Ctx& ctx) {
  const auto* in = ctx.app.instruments.find(ctx.req.param("id"));
  if (!in) return error_response(ctx, Status::NotFound("errors.instrument_not_found"));
  Response r = Response::json(200, instruments::questionnaire_resource(*in));
  r.set_header("Content-Type", "application/fhir+json; charset=utf-8");
  return finish(ctx, std::move(r));
}

Response api_assessment_create(Ctx& ctx) {
  auto id = required_string(ctx.body, "instrument");
  if (!id.ok()) return error_response(ctx, id.status());
  const auto* in = ctx.app.instruments.find(*id);
  if (!in) return error_response(ctx, Status::InvalidArgument("errors.instrument_unknown"));
  auto answers = answers_from_json(ctx.body);
  if (!answers.ok()) return error_response(ctx, answers.status());
  bool complete = true;
  if (ctx.body.contains("complete")) {
    if (!ctx.body["complete"].is_boolean()) {
      return error_response(ctx, Status::InvalidArgument("field 'complete' must be true or false"));
    }
    complete = ctx.body["complete"].get<bool>();
  }
  auto saved = save_assessment(ctx, *in, "", *answers, complete);
  if (!saved.ok()) return error_response(ctx, saved.status());
  nlohmann::json out = assessment_json(*saved);
  if (saved->completed && saved->score.needs_safety_path()) {
    // The same help the pages show, so any client can show it at once.
    nlohmann::json support = support_data(ctx);
    out["support"] = {{"url", "/support"},
                      {"country", support["country"]},
                      {"lines", support["lines"]}};
  }
  Response r = Response::json(201, out);
  r.set_header("Location", "/api/v1/assessments/" + saved->id);
  return finish(ctx, std::move(r));
}

Response api_assessments_list(Ctx& ctx) {
  auto list = list_assessments(ctx, ctx.req.query_param("instrument"), false);
  if (!list.ok()) return error_response(ctx, list.status());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : *list) out.push_back(assessment_json(a));
  return finish(ctx, Response::json(200, {{"assessments", out}}));
}

Response api_assessment_get(Ctx& ctx) {
  auto a = load_assessment(ctx, ctx.req.param("id"));
  if (!a.ok()) return error_response(ctx, a.status());
  return finish(ctx, Response::json(200, assessment_json(*a)));
}

Response api_assessment_fhir(Ctx& ctx) {
  auto a = load_assessment(ctx, ctx.req.param("id"));
  if (!a.ok()) return error_response(ctx, a.status());
  instruments::ResponseContext rc{a->id, iso_time(a->updated_at), ""};
  auto fhir = instruments::questionnaire_response(*a->instrument, a->answers, a->score, rc);
  if (!fhir.ok()) return error_response(ctx, fhir.status());
  Response r = Response::json(200, *fhir);
  r.set_header("Content-Type", "application/fhir+json; charset=utf-8");
  return finish(ctx, std::move(r));
}

}  // namespace refuge::web
