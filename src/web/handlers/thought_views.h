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

// Notes shown at once; the rest wait behind "more" so a page never feels like a list of faults.
inline constexpr std::size_t kNotesShown = 3;

// A kind of finding noticed in a text, and whether any finding of it is likely (confidence at
// least analysis::kLikelyConfidence) rather than only possible.
struct Noticed {
  analysis::FindingType type;
  bool likely = false;
};

// The distinct finding types (crisis left out): likely ones before merely possible ones, and in
// each, core beliefs first, then a harsh inner voice, then thinking traps, each group in order of
// first appearance.
std::vector<Noticed> noticed_types(const analysis::Analysis& a);

// {"segments": [{"text", "mark", "label"}], "notes": [{"type", "name", "note", "cue", "maybe"}]
//  (the first kNotesShown; a merely possible kind is named "..., perhaps"), "more": [the rest],
//  "has_notes", "has_more", "more_label"} for `text`.
nlohmann::json findings_view(const Ctx& ctx, std::string_view text,
                             const analysis::Analysis& a);

// Up to `count` openings for a kind reply: one per noticed type first, then general ones.
std::vector<std::string> openings_for(const Ctx& ctx, const analysis::Analysis& a,
                                      std::size_t count = 3);

// [{"type", "name", "note"}] for every type but crisis, for the page's live notes (script).
nlohmann::json finding_notes_json(const Ctx& ctx);

}  // namespace refuge::web
