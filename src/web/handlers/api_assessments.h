#pragma once
#include "web/handlers/context.h"
namespace refuge::web {
Response api_instruments_list(Ctx& ctx);
Response api_instrument_get(Ctx& ctx);
Response api_assessment_create(Ctx& ctx);
Response api_assessments_list(Ctx& ctx);
Response api_assessment_get(Ctx& ctx);
Response api_assessment_fhir(Ctx& ctx);
}  // namespace refuge::web
