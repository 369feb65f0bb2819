// Private to the instrument loader: the two halves of a content file.
#pragma once

#include "core/instruments/instrument.h"
#include "core/instruments/json_fields.h"

namespace refuge::instruments::detail {

// The FHIR Questionnaire part: identity, instructions and items with their answer options.
Status read_questionnaire(const Fields& f, const Json& root, Instrument* out);
// One scale of the "refuge" block; the items must already be read.
Status read_scale(const Fields& f, const Json& j, const Ptr& at, const Instrument& inst, Scale* s);
// The "refuge" block: scales, bands, missing-answer rule, risk items, thresholds, map, texts.
// Needs the items read first (it checks item numbers and answer ranges against them).
Status read_scoring_rules(const Fields& f, const Json& block, const Ptr& at, Instrument* out);
// "refuge.loinc_panel", checked against the Questionnaire's "code".
Status read_loinc_panel(const Fields& f, const Json& block, const Ptr& at, const Json& root,
                        Instrument* out);

}  // namespace refuge::instruments::detail
