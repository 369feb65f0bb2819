// What the thought-record pages show of the analyser's findings: the person's words with the
// noticed parts marked, a kind one-line note per kind of finding, and openings for a
// compassionate reply matched to what was found. Crisis is never shown as a "finding": it leads
// to the support path instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analysis/analyser.h"
#include "web/handlers/context.h"

namespace refuge::web {

// The distinct finding types (crisis left out), in order of first appearance.
std::vector<analysis::FindingType> noticed_types(const analysis::Analysis& a);

// {"segments": [{"text", "mark", "label"}], "notes": [{"type", "name", "note", "cue"}],
//  "has_notes": bool} for `text`.
nlohmann::json findings_view(const Ctx& ctx, std::string_view text,
                             const analysis::Analysis& a);

// Up to `count` openings for a kind reply: one per noticed type first, then general ones.
std::vector<std::string> openings_for(const Ctx& ctx, const analysis::Analysis& a,
                                      std::size_t count = 3);

// [{"type", "name", "note"}] for every type but crisis, for the page's live notes (script).
nlohmann::json finding_notes_json(const Ctx& ctx);

}  // namespace refuge::web
