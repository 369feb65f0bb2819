// The signed-in person's assessments: answers sealed by the vault (which instrument was taken is
// kept in the clear), scored by core on every read so the numbers always follow the published
// key. Shared by the pages and the JSON API.
#pragma once

#include <string>
#include <vector>

#include "core/instruments/catalog.h"
#include "core/instruments/scoring.h"
#include "web/handlers/context.h"

namespace refuge::web {

inline constexpr const char* kAssessmentKind = "assessment";

struct AssessmentView {
  std::string id;
  const instruments::Instrument* instrument = nullptr;
  instruments::Answers answers;
  bool completed = false;
  int64_t created_at = 0;
  int64_t updated_at = 0;  // completion time for a completed one
  instruments::Score score;  // scored from the answers (completed or not)
};

// Saves answers: a new record when `id` is empty, else the person's in-progress one. Checks
// every answer (InvalidArgument naming the item). When `complete`, the record is finished and a
// risk event is recorded for each risk signal of the score.
Result<AssessmentView> save_assessment(Ctx& ctx, const instruments::Instrument& instrument,
                                       const std::string& id, instruments::Answers answers,
                                       bool complete);
Result<AssessmentView> load_assessment(Ctx& ctx, std::string_view id);
// Oldest first; only completed ones unless `with_unfinished`. Every instrument when id is empty.
Result<std::vector<AssessmentView>> list_assessments(Ctx& ctx, std::string_view instrument_id,
                                                     bool with_unfinished);

}  // namespace refuge::web
