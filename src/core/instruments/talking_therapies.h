// NHS Talking Therapies (England) readings of PHQ-9 and GAD-7 change, with the thresholds in the
// content files: reliable change (PHQ-9 ≥ 6 points, GAD-7 ≥ 4), caseness (PHQ-9 ≥ 10, GAD-7 ≥ 8),
// and, for the two measures together, recovery and reliable recovery.
#pragma once

#include "core/instruments/instrument.h"
#include "core/instruments/reliable_change.h"
#include "core/status.h"

namespace refuge::instruments {

// One measure between two administrations.
struct TalkingTherapiesChange {
  double before = 0;
  double after = 0;
  double change = 0;                                         // after − before
  ChangeVerdict verdict = ChangeVerdict::kNoReliableChange;  // |change| ≥ the threshold
  bool case_before = false;                                  // before ≥ caseness
  bool case_after = false;
  bool recovered = false;       // a case before and not after
  double threshold_points = 0;  // the figures used, for the page to show
  double caseness = 0;
};

// InvalidArgument when the instrument has no NHS Talking Therapies rules or a score is outside
// the scale.
Result<TalkingTherapiesChange> talking_therapies_change(const Instrument& instrument, double before,
                                                        double after);

// PHQ-9 and GAD-7 from the same two administrations, read together as NHS Talking Therapies does:
// a case at the start when either is at or above caseness; recovered when a case at the start
// and neither is at the end; reliable improvement when either improved reliably and neither
// deteriorated reliably (and the mirror for deterioration); reliable recovery is both.
struct TalkingTherapiesOutcome {
  bool case_at_start = false;
  bool recovered = false;
  ChangeVerdict verdict = ChangeVerdict::kNoReliableChange;
  bool reliable_recovery = false;
};

TalkingTherapiesOutcome talking_therapies_outcome(const TalkingTherapiesChange& depression,
                                                  const TalkingTherapiesChange& anxiety);

}  // namespace refuge::instruments
