// JSON API: /api/v1/practices, /api/v1/breathing-patterns, /api/v1/practice-sessions
#include "web/handlers/api_practices.h"

#include "web/handlers/practice_records.h"
#include "web/handlers/practice_views.h"
#include "web/handlers/render.h"
#include "web/http/json_body.h"

namespace refuge::web {
namespace {

Result<std::optional<int>> rating(const nlohmann::json& body, const char* field,
                                  const char* range_key) {
  auto v = optional_integer(body, field);
  if (!v.ok()) return v.status();
  if (!*v) return std::optional<int>();
  if (**v < 0 || **v > practices::kMaxSuds) return Status::InvalidArgument(range_key);
  return std::optional<int>(static_cast<int>(**v));
}

Result<practices::PracticeSession> session_from_json(Ctx& ctx, const nlohmann::json& body) {
  practices::PracticeSession s;
  auto practice = required_string(body, "practice_id");
  if (!practice.ok()) return practice.status();
  s.practice_id = std::move(practice.value());
  auto variant = required_string(body, "variant");
  if (!variant.ok()) return variant.status();
  s.variant = std::move(variant.value());
  auto seconds = optional_integer(body, "seconds");
  if (!seconds.ok()) return seconds.status();
  if (!*seconds) return Status::InvalidArgument("missing field 'seconds'");
  if (**seconds < 0 || **seconds > practices::kMaxPractisedSeconds) {
    return Status::InvalidArgument("errors.seconds_range");
  }
  s.seconds = **seconds;
  if (body.contains("completed") && !body["completed"].is_null()) {
    if (!body["completed"].is_boolean()) {
      return Status::InvalidArgument("field 'completed' must be true or false");
    }
    s.completed = body["completed"].get<bool>();
  }
  auto before = rating(body, "suds_before", "errors.suds_before_range");
  if (!before.ok()) return before.status();
  s.suds_before = *before;
  auto after = rating(body, "suds_after", "errors.suds_after_range");
  if (!after.ok()) return after.status();
  s.suds_after = *after;
  // The session ended now (the client reports how long it lasted).
  s.started_at = ctx.app.clock() - s.seconds;
  return s;
}

}  // namespace

Response api_practices_list(Ctx& ctx) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& p : ctx.app.practices.practices()) list.push_back(practice_json(p, false));
  return finish(ctx, Response::json(200, {{"practices", list}}));
}

Response api_practice_get(Ctx& ctx) {
  const practices::Practice* p = ctx.app.practices.practice(ctx.req.param("id"));
  if (!p) return error_response(ctx, Status::NotFound("errors.practice_not_found"));
  return finish(ctx, Response::json(200, practice_json(*p, true)));
}

Response api_breathing_patterns(Ctx& ctx) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& p : ctx.app.practices.patterns()) list.push_back(pattern_json(p));
  return finish(ctx, Response::json(200, {{"patterns", list}}));
}

Response api_practice_session_create(Ctx& ctx) {
  auto s = session_from_json(ctx, ctx.body);
  if (!s.ok()) return error_response(ctx, s.status());
  auto id = log_practice_session(ctx, *s);
  if (!id.ok()) return error_response(ctx, id.status());
  return finish(ctx, Response::json(201, session_json({*id, *s})));
}

Response api_practice_sessions_list(Ctx& ctx) {
  auto logged = practice_sessions_since(ctx, 0);
  if (!logged.ok()) return error_response(ctx, logged.status());
  nlohmann::json list = nlohmann::json::array();
  for (const auto& l : *logged) list.push_back(session_json(l));
  return finish(ctx, Response::json(200, {{"sessions", list}}));
}

}  // namespace refuge::web
