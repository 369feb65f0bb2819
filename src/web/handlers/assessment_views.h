// Assessments as page and API data: scores with their bands and explanations, Reliable Change
// Index readings and NHS Talking Therapies readings. Shared by the pages and the JSON API.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/instruments/reliable_change.h"
#include "core/instruments/talking_therapies.h"
#include "web/handlers/assessment_records.h"

namespace refuge::web {

// "3.42" for a mean, "14" for a whole sum, "14.3" for a prorated sum.
std::string score_text(const instruments::Scale& scale, double value);

// [{"id","name","explanation","value","value_text","band","band_label","band_meaning","answered",
//   "items","prorated","not_enough","min","max"}] in the instrument's scale order.
nlohmann::json scores_json(const AssessmentView& a);

// {"id","instrument","title","completed","created_at","updated_at","scores","risk"} (times ISO).
nlohmann::json assessment_json(const AssessmentView& a);

// One scale's change between two administrations: {"scale","name","before","after","difference",
// "verdict","verdict_label","rci","threshold","reliability","sd","reliability_source","sd_source",
// "available","unavailable_reason"}; empty when either side had not enough answers.
nlohmann::json change_json(const Locale& t, const instruments::Scale& scale,
                           const AssessmentView& before, const AssessmentView& after);

// PHQ-9 / GAD-7 change as NHS Talking Therapies reads it, or null for other instruments.
nlohmann::json talking_therapies_json(const Locale& t, const AssessmentView& before,
                                      const AssessmentView& after);

}  // namespace refuge::web
