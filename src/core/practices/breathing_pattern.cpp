#include "core/practices/breathing_pattern.h"

#include "core/content/fields.h"

namespace refuge::practices {
namespace {

using Ptr = nlohmann::json::json_pointer;

bool phase_kind_from(std::string_view s, PhaseKind* out) {
  for (PhaseKind k : {PhaseKind::kIn, PhaseKind::kInMore, PhaseKind::kHoldIn, PhaseKind::kOut,
                      PhaseKind::kHoldOut}) {
    if (s == to_string(k)) {
      *out = k;
      return true;
    }
  }
  return false;
}

}  // namespace

const char* to_string(PhaseKind k) {
  switch (k) {
    case PhaseKind::kIn: return "in";
    case PhaseKind::kInMore: return "in_more";
    case PhaseKind::kHoldIn: return "hold_in";
    case PhaseKind::kOut: return "out";
    case PhaseKind::kHoldOut: return "hold_out";
  }
  return "in";
}

double BreathingPattern::cycle_seconds() const {
  double total = 0;
  for (const auto& p : phases) total += p.seconds;
  return total;
}

Result<std::vector<BreathingPattern>> parse_breathing_patterns(const content::JsonSource& source) {
  content::Fields f(source);
  const auto& list = f.at(Ptr("/patterns"));
  if (!list.is_array() || list.empty()) return f.error(Ptr("/patterns"), "must list patterns");
  std::vector<BreathingPattern> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    Ptr p = Ptr("/patterns") / i;
    BreathingPattern b;
    auto id = f.id(p / "id");
    if (!id.ok()) return id.status();
    for (const auto& seen : out) {
      if (seen.id == *id) return f.error(p / "id", "\"" + *id + "\" is used twice");
    }
    b.id = std::move(id.value());
    auto name = f.text(p / "name", 1, 60);
    if (!name.ok()) return name.status();
    b.name = std::move(name.value());
    auto description = f.text(p / "description", 1, 300);
    if (!description.ok()) return description.status();
    b.description = std::move(description.value());
    const auto& phases = f.at(p / "phases");
    if (!phases.is_array() || phases.empty()) return f.error(p / "phases", "must list phases");
    bool has_in = false, has_out = false;
    for (std::size_t j = 0; j < phases.size(); ++j) {
      Ptr q = p / "phases" / j;
      auto kind_text = f.text(q / "kind", 1, 10);
      if (!kind_text.ok()) return kind_text.status();
      BreathPhase phase{PhaseKind::kIn, 0};
      if (!phase_kind_from(*kind_text, &phase.kind)) {
        return f.error(q / "kind", "must be in, in_more, hold_in, out or hold_out");
      }
      const auto& secs = f.at(q / "seconds");
      if (!secs.is_number() || secs.get<double>() < 0.5 || secs.get<double>() > kMaxPhaseSeconds) {
        return f.error(q / "seconds", "must be a number of seconds from 0.5 to 20");
      }
      phase.seconds = secs.get<double>();
      has_in = has_in || phase.kind == PhaseKind::kIn;
      has_out = has_out || phase.kind == PhaseKind::kOut;
      b.phases.push_back(phase);
    }
    if (!has_in || !has_out) return f.error(p / "phases", "needs at least one in and one out");
    out.push_back(std::move(b));
  }
  return out;
}

Result<BreathingPattern> custom_pattern(int in, int hold_in, int out, int hold_out) {
  if (in < kMinPhaseSeconds || in > kMaxPhaseSeconds) {
    return Status::InvalidArgument("errors.pacer_in");
  }
  if (hold_in < 0 || hold_in > kMaxPhaseSeconds) {
    return Status::InvalidArgument("errors.pacer_hold_in");
  }
  if (out < kMinPhaseSeconds || out > kMaxPhaseSeconds) {
    return Status::InvalidArgument("errors.pacer_out");
  }
  if (hold_out < 0 || hold_out > kMaxPhaseSeconds) {
    return Status::InvalidArgument("errors.pacer_hold_out");
  }
  BreathingPattern b;
  b.id = "custom";
  b.phases.push_back({PhaseKind::kIn, static_cast<double>(in)});
  if (hold_in > 0) b.phases.push_back({PhaseKind::kHoldIn, static_cast<double>(hold_in)});
  b.phases.push_back({PhaseKind::kOut, static_cast<double>(out)});
  if (hold_out > 0) b.phases.push_back({PhaseKind::kHoldOut, static_cast<double>(hold_out)});
  return b;
}

}  // namespace refuge::practices
