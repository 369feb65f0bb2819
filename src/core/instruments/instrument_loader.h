// Reads one content/instruments/<id>.json (a FHIR R4 Questionnaire with a "refuge" scoring block)
// into an Instrument, validating every field. Pure: the caller reads the file.
#pragma once

#include "core/content/json_source.h"
#include "core/instruments/instrument.h"
#include "core/status.h"

namespace refuge::instruments {

// InvalidArgument "<file>:<line>: <what is wrong>" for any missing, mistyped or inconsistent
// field (item numbering, reverse keys outside a scale, bands that do not cover the scale, ...).
Result<Instrument> load_instrument(const content::JsonSource& source);

}  // namespace refuge::instruments
