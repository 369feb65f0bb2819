#include "core/instruments/talking_therapies.h"

namespace refuge::instruments {

Result<TalkingTherapiesChange> talking_therapies_change(const Instrument& instrument, double before,
                                                        double after) {
  if (!instrument.talking_therapies) {
    return Status::InvalidArgument(instrument.id + " has no NHS Talking Therapies thresholds");
  }
  const TalkingTherapiesRules& rules = *instrument.talking_therapies;
  const Scale* scale = instrument.scale(rules.scale);
  for (double x : {before, after}) {
    if (scale == nullptr || !(x >= scale->min && x <= scale->max)) {
      return Status::InvalidArgument(instrument.id + ": a score of " + std::to_string(x) +
                                     " is outside the scale");
    }
  }
  TalkingTherapiesChange out;
  out.before = before;
  out.after = after;
  out.change = after - before;
  out.threshold_points = rules.reliable_change_points;
  out.caseness = rules.caseness_at_or_above;
  const bool higher_is_better = scale->direction == Direction::kHigherIsBetter;
  if (out.change >= rules.reliable_change_points) {
    out.verdict = higher_is_better ? ChangeVerdict::kReliableImprovement
                                   : ChangeVerdict::kReliableDeterioration;
  } else if (-out.change >= rules.reliable_change_points) {
    out.verdict = higher_is_better ? ChangeVerdict::kReliableDeterioration
                                   : ChangeVerdict::kReliableImprovement;
  }
  out.case_before = before >= rules.caseness_at_or_above;
  out.case_after = after >= rules.caseness_at_or_above;
  out.recovered = out.case_before && !out.case_after;
  return out;
}

TalkingTherapiesOutcome talking_therapies_outcome(const TalkingTherapiesChange& depression,
                                                  const TalkingTherapiesChange& anxiety) {
  auto either = [&](ChangeVerdict v) { return depression.verdict == v || anxiety.verdict == v; };
  TalkingTherapiesOutcome out;
  out.case_at_start = depression.case_before || anxiety.case_before;
  out.recovered = out.case_at_start && !depression.case_after && !anxiety.case_after;
  bool improved = either(ChangeVerdict::kReliableImprovement);
  bool deteriorated = either(ChangeVerdict::kReliableDeterioration);
  if (improved && !deteriorated) out.verdict = ChangeVerdict::kReliableImprovement;
  if (deteriorated && !improved) out.verdict = ChangeVerdict::kReliableDeterioration;
  out.reliable_recovery = out.recovered && out.verdict == ChangeVerdict::kReliableImprovement;
  return out;
}

}  // namespace refuge::instruments
