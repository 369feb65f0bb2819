// A guided practice (content/practices/<id>.json): one script of timed steps, played at several
// lengths (about 3, 10 and 20 minutes) and, for imagery, with an eyes-open wording. Pure data;
// the file format is described in content/practices/README.md.
#pragma once

#include <string>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::practices {

// The ABCT components a practice can serve (ids used in files, URLs and the API).
inline constexpr const char* kComponents[] = {
    "mindfulness",         "compassion_for_self", "compassion_for_others", "receiving_compassion",
    "self_soothing",       "boundaries",          "attachment"};
bool is_component(std::string_view id);

// The practice id the breathing pacer logs under (no practice file may use it).
inline constexpr const char* kBreathingPracticeId = "breathing";

enum class Cue { kNone, kBell };

struct Step {
  std::string text;
  int seconds = 0;
  Cue cue = Cue::kNone;  // played as the step begins
  std::string stage;     // e.g. "A benefactor" for staged practices; empty otherwise
};

struct Variant {
  std::string id;      // "3", "10", "20"; "10-open" for the eyes-open wording
  int minutes = 0;     // the nominal length
  bool eyes_open = false;
  std::vector<Step> steps;

  int total_seconds() const;
};

struct Practice {
  std::string id;
  std::string title;
  std::string purpose;                     // one sentence
  std::string component;                   // one of kComponents
  std::vector<std::string> suitable_when;  // notes on when it fits, and when to choose otherwise
  std::string informed_by;                 // where the ideas come from
  bool staged = false;                     // steps carry stages; a person may stop at any stage
  std::vector<Variant> variants;           // lengths ascending; eyes-open ones after

  const Variant* variant(std::string_view id) const;
  // Distinct stage names in order (empty when not staged).
  std::vector<std::string> stages() const;
};

// Validates one practice file; errors are "<file>:<line>: what is wrong".
Result<Practice> parse_practice(const content::JsonSource& source);

}  // namespace refuge::practices
