// The calm interruption: when words a person saves hold crisis language, they are kept (saved
// first, never lost) and the person is shown the Support now content straight away, with a way
// back to what they were doing. A derived risk fact (never the text) is recorded.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "web/handlers/context.h"

namespace refuge::web {

// True when any of `texts` holds crisis language; records a risk event from `source` (e.g.
// "journal") when it does (record_crisis_language: once per source within an hour).
bool note_crisis(Ctx& ctx, const std::vector<std::string_view>& texts, std::string_view source);

// The Support now content with a calm note that what they wrote is safe, and a link to
// `continue_url` (where the saved writing is).
Response support_interrupt(Ctx& ctx, std::string_view continue_url);

// For the JSON API: when the texts hold crisis language (recorded as note_crisis does), `out`
// gets "crisis": true and "support_url": "/support", so an app can show support straight away.
// The words are kept as written either way.
void mark_crisis(Ctx& ctx, const std::vector<std::string_view>& texts, std::string_view source,
                 nlohmann::json& out);

// The answer to a form's script saving as the person types (web/static/js/autosave.js), after
// the save gave `saved`: {"saved": true, "crisis"} (crisis as note_crisis), or, for a refused
// save, {"saved": false, "problem"} (half-typed words are normal while typing, so not an error
// status); a store failure is an error page.
Response autosave_response(Ctx& ctx, const Status& saved,
                           const std::vector<std::string_view>& texts, std::string_view source);

// Both: the interruption page when the texts hold crisis language, nothing otherwise.
std::optional<Response> support_if_crisis(Ctx& ctx, const std::vector<std::string_view>& texts,
                                          std::string_view source, std::string_view continue_url);

}  // namespace refuge::web
