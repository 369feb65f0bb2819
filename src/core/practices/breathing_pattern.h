// Breathing pacer patterns (content/practices/breathing-patterns.json) and custom patterns a
// person sets. The pacer in the browser computes every phase from one start time, so timing
// never drifts; here we only describe and validate the rhythm.
#pragma once

#include <string>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::practices {

enum class PhaseKind { kIn, kInMore, kHoldIn, kOut, kHoldOut };
const char* to_string(PhaseKind k);  // "in", "in_more", "hold_in", "out", "hold_out"

struct BreathPhase {
  PhaseKind kind;
  double seconds = 0;  // > 0
};

struct BreathingPattern {
  std::string id;
  std::string name;
  std::string description;
  std::vector<BreathPhase> phases;  // one cycle

  double cycle_seconds() const;
};

inline constexpr int kMinPhaseSeconds = 1;
inline constexpr int kMaxPhaseSeconds = 20;
inline constexpr int kMinSessionMinutes = 1;
inline constexpr int kMaxSessionMinutes = 60;

// Every pattern in the file; errors "<file>:<line>: what is wrong".
Result<std::vector<BreathingPattern>> parse_breathing_patterns(const content::JsonSource& source);

// A person's own rhythm: in and out 1–20 s, holds 0–20 s (0 leaves the hold out). Errors are
// locale keys naming the field: errors.pacer_in, errors.pacer_hold_in, errors.pacer_out,
// errors.pacer_hold_out.
Result<BreathingPattern> custom_pattern(int in, int hold_in, int out, int hold_out);

}  // namespace refuge::practices
