// Turning results into responses: pages in the layout, JSON, and errors mapped in one place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "web/handlers/context.h"
#include "web/view/view.h"

namespace refuge::web {

// Renders `page` inside the layout with the common context (signed-in person, CSRF token, the
// page title from the locale key `title_key`, the active navigation item).
Response render_page(Ctx& ctx, std::string_view page, std::string_view title_key,
                     nlohmann::json data = nlohmann::json::object(), int status = 200);

// The same for page data built as a View (web/view/view.h), for pages served often: the common
// context is built without copies and the page data without nlohmann::json. Same output.
Response render_view_page(Ctx& ctx, std::string_view page, std::string_view title_key,
                          const View& data, int status = 200);

// The one place a Status becomes HTTP: InvalidArgument 400, Unauthenticated 401,
// PermissionDenied 403, NotFound 404, AlreadyExists 409, TooManyRequests 429, others 500 (with
// a generic message; details go to the log only when they hold no personal text).
int http_status_for(const Status& s);
// The message a person sees for a failed Status: translated, or errors.internal for a 500 (whose
// store or crypto message is logged, never shown).
std::string error_message(Ctx& ctx, const Status& s);
// JSON {"error": error_message} for API paths, a friendly HTML page otherwise.
Response error_response(Ctx& ctx, const Status& s);
Response not_found(Ctx& ctx);

// Adds the pending Set-Cookie headers of ctx to the response.
Response finish(Ctx& ctx, Response r);

// The signed-in person's sessions as {"id","device","created_at","last_seen_at","current"},
// with times written by `format` (iso_time for the API, friendly_time for pages).
Result<nlohmann::json> sessions_json(Ctx& ctx, std::string (*format)(int64_t));

// ISO 8601 UTC ("2026-11-24T09:14:07Z") and a friendly date for pages ("24 Nov 2026, 09:14").
std::string iso_time(int64_t unix_seconds);
// iso_time, or null for 0 ("not yet"): the API's optional times.
nlohmann::json iso_time_or_null(int64_t unix_seconds);
std::string friendly_time(int64_t unix_seconds);
// "24 Nov 2026" (UTC).
std::string friendly_date(int64_t unix_seconds);
// Short labels for a chart's dates: "24 Nov", with the year only when the dates span more than
// one year (a phone's axis has room for few characters).
std::vector<std::string> chart_date_labels(const std::vector<int64_t>& unix_seconds);

}  // namespace refuge::web
