// Practices, patterns and logged sessions as JSON: the same shapes feed the API and the page
// templates, so the two never disagree.
#pragma once

#include <nlohmann/json.hpp>

#include "core/practices/breathing_pattern.h"
#include "core/practices/practice.h"
#include "web/handlers/practice_records.h"

namespace refuge::web {

// {id,title,purpose,component,suitable_when,informed_by,staged,stages,variants:[{id,minutes,
// eyes_open,total_seconds[,steps:[{text,seconds,cue,stage}]]}]}
nlohmann::json practice_json(const practices::Practice& p, bool with_steps);
// {id,name,description,cycle_seconds,phases:[{kind,seconds}]}
nlohmann::json pattern_json(const practices::BreathingPattern& p);
// {id,practice_id,variant,started_at (ISO),seconds,completed,suds_before,suds_after}
nlohmann::json session_json(const LoggedSession& s);

}  // namespace refuge::web
