// FHIR R4 export of one administration: a QuestionnaireResponse whose items hold the answers as
// valueCoding (the answer option's coding), with each scale's score as a contained Observation
// (LOINC-coded where a code exists; derivedFrom the response) and one panel Observation whose
// hasMember lists them. Pure: builds JSON, writes nothing.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/instruments/instrument.h"
#include "core/instruments/scoring.h"
#include "core/status.h"

namespace refuge::instruments {

struct ResponseContext {
  std::string id;                 // resource id (FHIR id: letters, digits, '-', '.'); may be empty
  std::string authored;           // FHIR dateTime, e.g. "2026-11-24T09:30:00Z"; required
  std::string subject_reference;  // e.g. "Patient/abc"; empty leaves the subject out
};

// The Questionnaire as served over FHIR: the content file without its "refuge" block.
const nlohmann::json& questionnaire_resource(const Instrument& instrument);

// "url|version", the canonical a QuestionnaireResponse points to.
std::string questionnaire_canonical(const Instrument& instrument);

// `score` must come from score_answers(instrument, answers). Status is "completed" when every
// required item is answered, else "in-progress". InvalidArgument when an answer is not valid for
// the instrument, `authored` is empty, or `score` belongs to another instrument.
Result<nlohmann::json> questionnaire_response(const Instrument& instrument, const Answers& answers,
                                              const Score& score, const ResponseContext& context);

}  // namespace refuge::instruments
