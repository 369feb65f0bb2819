#include "core/instruments/reliable_change.h"

#include <cmath>

namespace refuge::instruments {

const char* to_string(ChangeVerdict v) {
  switch (v) {
    case ChangeVerdict::kReliableImprovement:
      return "reliable_improvement";
    case ChangeVerdict::kReliableDeterioration:
      return "reliable_deterioration";
    case ChangeVerdict::kNoReliableChange:
      break;
  }
  return "no_reliable_change";
}

Result<ReliableChangeIndex> reliable_change(const Scale& scale, double before, double after) {
  for (double x : {before, after}) {
    if (!(x >= scale.min && x <= scale.max)) {
      return Status::InvalidArgument("scale '" + scale.id + "': a score of " + std::to_string(x) +
                                     " is outside its bounds");
    }
  }
  const ReliabilityFigures& fig = scale.reliable_change;
  ReliableChangeIndex out;
  out.before = before;
  out.after = after;
  out.difference = after - before;
  out.reliability_source = fig.reliability_source;
  out.sd_source = fig.sd_source;
  if (!fig.reliability || !fig.sd) {
    out.unavailable_reason = !fig.sd ? fig.sd_source : fig.reliability_source;
    return out;
  }
  out.reliability = *fig.reliability;
  out.sd = *fig.sd;
  out.se_diff = out.sd * std::sqrt(2.0) * std::sqrt(1.0 - out.reliability);
  out.threshold = kReliableChangeZ * out.se_diff;
  out.rci = out.difference / out.se_diff;
  if (std::fabs(out.rci) <= kReliableChangeZ) {
    out.verdict = ChangeVerdict::kNoReliableChange;
  } else {
    bool rose = out.rci > 0;
    bool better = rose == (scale.direction == Direction::kHigherIsBetter);
    out.verdict =
        better ? ChangeVerdict::kReliableImprovement : ChangeVerdict::kReliableDeterioration;
  }
  return out;
}

}  // namespace refuge::instruments
