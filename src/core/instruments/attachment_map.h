// Where ECR-R anxiety and avoidance place a person on the two-dimensional attachment map. The
// dimensions are continuous: callers show the position itself, with the region as a gentle label.
#pragma once

#include <string>

#include "core/instruments/instrument.h"
#include "core/instruments/scoring.h"
#include "core/status.h"

namespace refuge::instruments {

struct AttachmentPlacement {
  double anxiety = 0;
  double avoidance = 0;
  const AttachmentRegion* region = nullptr;  // points into the instrument's map rules
  double cut_off = 0;
  // How far each score lies from the cut-off (positive above); near 0 means near a line.
  double anxiety_from_cut_off = 0;
  double avoidance_from_cut_off = 0;
};

// InvalidArgument when a score is outside the scales' bounds.
Result<AttachmentPlacement> place_on_map(const Instrument& instrument, double anxiety,
                                         double avoidance);
// From a scored administration; InvalidArgument when the instrument has no map or a dimension
// had not enough answers.
Result<AttachmentPlacement> place_on_map(const Instrument& instrument, const Score& score);

}  // namespace refuge::instruments
