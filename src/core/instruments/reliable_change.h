// Reliable Change Index (Jacobson & Truax 1991) between two scores on one scale:
//   SEdiff = SD · √2 · √(1 − r),  RCI = (after − before) / SEdiff,  reliable when |RCI| > 1.96.
// Improvement or deterioration follows the scale's direction (for some scales lower is better).
#pragma once

#include <optional>
#include <string>

#include "core/instruments/instrument.h"
#include "core/status.h"

namespace refuge::instruments {

enum class ChangeVerdict { kReliableImprovement, kNoReliableChange, kReliableDeterioration };

// "reliable_improvement", "no_reliable_change", "reliable_deterioration".
const char* to_string(ChangeVerdict v);

inline constexpr double kReliableChangeZ = 1.96;

struct ReliableChangeIndex {
  double before = 0;
  double after = 0;
  double difference = 0;  // after − before
  // Empty when the content file gives no r or no SD; `unavailable_reason` then says why, and the
  // change is shown without an RCI rather than with an invented figure.
  std::optional<ChangeVerdict> verdict;
  std::string unavailable_reason;
  double rci = 0;          // when available
  double se_diff = 0;      // standard error of the difference
  double threshold = 0;    // 1.96 · SEdiff: the smallest reliable change, in score points
  double reliability = 0;  // the r used
  double sd = 0;           // the SD used
  std::string reliability_source;
  std::string sd_source;
  bool available() const { return verdict.has_value(); }
};

// InvalidArgument when a score lies outside the scale's bounds.
Result<ReliableChangeIndex> reliable_change(const Scale& scale, double before, double after);

}  // namespace refuge::instruments
