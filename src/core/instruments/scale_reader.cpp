// One entry of "refuge.scales": items, reverse keys, bounds, bands and reliability figures.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/instruments/loader_parts.h"

namespace refuge::instruments::detail {
namespace {

bool is_scale_id(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::islower(c) || std::isdigit(c) || c == '_';
  });
}

bool ascending_unique(const std::vector<int>& v) {
  return std::adjacent_find(v.begin(), v.end(), [](int a, int b) { return a >= b; }) == v.end();
}

bool near(double a, double b) { return std::fabs(a - b) < 1e-9; }

std::string fmt(double d) {
  std::string s = std::to_string(d);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

Status read_band(const Fields& f, const Json& j, const Ptr& at, Band* b) {
  REFUGE_RETURN_IF_ERROR(f.object(j, at, "a band"));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "id", &b->id));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "label", &b->label));
  REFUGE_RETURN_IF_ERROR(f.number(j, at, "from", &b->from));
  REFUGE_RETURN_IF_ERROR(f.number(j, at, "to", &b->to));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "meaning", &b->meaning));
  REFUGE_RETURN_IF_ERROR(f.boolean(j, at, "risk", &b->risk, false));
  if (b->to < b->from) return f.fail(at / "to", "band '" + b->id + "' ends before it starts");
  return Status::Ok();
}

// Bands must rise without overlap and cover the scale from min to max.
Status read_bands(const Fields& f, const Json& j, const Ptr& at, Scale* s) {
  REFUGE_RETURN_IF_ERROR(f.object(j, at, "\"bands\""));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "source", &s->bands_source));
  const Json* ranges = nullptr;
  REFUGE_RETURN_IF_ERROR(f.array(j, at, "ranges", &ranges));
  if (ranges->empty()) return f.fail(at / "ranges", "\"ranges\" must list at least one band");
  for (std::size_t i = 0; i < ranges->size(); ++i) {
    Band b;
    const Ptr bat = at / "ranges" / i;
    REFUGE_RETURN_IF_ERROR(read_band(f, (*ranges)[i], bat, &b));
    if (i == 0 && !near(b.from, s->min)) {
      return f.fail(bat / "from", "the first band must start at the scale minimum " + fmt(s->min));
    }
    if (i > 0 && b.from <= s->bands.back().to) {
      return f.fail(bat / "from", "band '" + b.id + "' overlaps band '" + s->bands.back().id + "'");
    }
    for (const auto& other : s->bands) {
      if (other.id == b.id) return f.fail(bat / "id", "band id '" + b.id + "' is used twice");
    }
    s->bands.push_back(std::move(b));
  }
  if (!near(s->bands.back().to, s->max)) {
    return f.fail(at / "ranges" / (ranges->size() - 1) / "to",
                  "the last band must end at the scale maximum " + fmt(s->max));
  }
  return Status::Ok();
}

Status read_reliable_change(const Fields& f, const Json& j, const Ptr& at, ReliabilityFigures* r) {
  REFUGE_RETURN_IF_ERROR(f.object(j, at, "\"reliable_change\""));
  REFUGE_RETURN_IF_ERROR(f.number_or_null(j, at, "reliability", &r->reliability));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "reliability_kind", &r->reliability_kind, false, true));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "reliability_source", &r->reliability_source));
  REFUGE_RETURN_IF_ERROR(f.number_or_null(j, at, "sd", &r->sd));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "sd_source", &r->sd_source));
  if (r->reliability && !(*r->reliability > 0 && *r->reliability < 1)) {
    return f.fail(at / "reliability", "\"reliability\" must lie between 0 and 1");
  }
  if (r->reliability && r->reliability_kind.empty()) {
    return f.fail(at / "reliability_kind", "say which reliability this is (test-retest, alpha)");
  }
  if (r->sd && !(*r->sd > 0)) return f.fail(at / "sd", "\"sd\" must be greater than 0");
  return Status::Ok();
}

// The declared bounds must be what the items allow: for a mean the items' own range, for a sum
// the sums of the items' minima and maxima.
Status check_bounds(const Fields& f, const Ptr& at, const Instrument& inst, Scale* s) {
  double lo = 0, hi = 0;
  const Item& first = *inst.item(s->items.front());
  for (int n : s->items) {
    const Item& it = *inst.item(n);
    if (s->aggregation == Aggregation::kMean &&
        (it.min_value() != first.min_value() || it.max_value() != first.max_value())) {
      return f.fail(at / "items",
                    "scale '" + s->id + "': a mean needs items with one answer range");
    }
    lo += it.min_value();
    hi += it.max_value();
  }
  if (s->aggregation == Aggregation::kMean) {
    lo = first.min_value();
    hi = first.max_value();
  }
  if (!near(s->min, lo)) {
    return f.fail(at / "min", "scale '" + s->id + "': \"min\" must be " + fmt(lo));
  }
  if (!near(s->max, hi)) {
    return f.fail(at / "max", "scale '" + s->id + "': \"max\" must be " + fmt(hi));
  }
  return Status::Ok();
}

}  // namespace

Status read_scale(const Fields& f, const Json& j, const Ptr& at, const Instrument& inst, Scale* s) {
  REFUGE_RETURN_IF_ERROR(f.object(j, at, "a scale"));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "id", &s->id));
  if (!is_scale_id(s->id)) {
    return f.fail(at / "id", "a scale id may hold only lower-case letters, digits and '_'");
  }
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "name", &s->name));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "explanation", &s->explanation));
  REFUGE_RETURN_IF_ERROR(f.integers(j, at, "items", &s->items));
  REFUGE_RETURN_IF_ERROR(f.integers(j, at, "reverse", &s->reverse));
  if (s->items.empty()) return f.fail(at / "items", "scale '" + s->id + "' lists no items");
  if (!ascending_unique(s->items) || !ascending_unique(s->reverse)) {
    return f.fail(at / "items",
                  "scale '" + s->id + "': \"items\" and \"reverse\" must be ascending, each once");
  }
  for (std::size_t i = 0; i < s->items.size(); ++i) {
    if (inst.item(s->items[i]) == nullptr) {
      return f.fail(at / "items" / i,
                    "scale '" + s->id + "': there is no item " + std::to_string(s->items[i]));
    }
  }
  for (std::size_t i = 0; i < s->reverse.size(); ++i) {
    if (!std::binary_search(s->items.begin(), s->items.end(), s->reverse[i])) {
      return f.fail(at / "reverse" / i, "scale '" + s->id + "': reverse-keyed item " +
                                            std::to_string(s->reverse[i]) +
                                            " is not one of its items");
    }
  }
  std::string aggregation, direction;
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "aggregation", &aggregation));
  if (aggregation != "mean" && aggregation != "sum") {
    return f.fail(at / "aggregation", "\"aggregation\" must be \"mean\" or \"sum\"");
  }
  s->aggregation = aggregation == "sum" ? Aggregation::kSum : Aggregation::kMean;
  REFUGE_RETURN_IF_ERROR(f.number(j, at, "min", &s->min));
  REFUGE_RETURN_IF_ERROR(f.number(j, at, "max", &s->max));
  REFUGE_RETURN_IF_ERROR(check_bounds(f, at, inst, s));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "direction", &direction));
  if (direction != "higher_is_better" && direction != "lower_is_better") {
    return f.fail(at / "direction",
                  "\"direction\" must be \"higher_is_better\" or \"lower_is_better\"");
  }
  s->direction =
      direction == "higher_is_better" ? Direction::kHigherIsBetter : Direction::kLowerIsBetter;
  std::string loinc;
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "loinc", &loinc, true));
  if (!loinc.empty()) s->loinc = loinc;
  if (j.contains("bands")) REFUGE_RETURN_IF_ERROR(read_bands(f, j["bands"], at / "bands", s));
  if (!j.contains("reliable_change")) {
    return f.fail(at, "scale '" + s->id + "' needs \"reliable_change\" (figures or why none)");
  }
  return read_reliable_change(f, j["reliable_change"], at / "reliable_change", &s->reliable_change);
}

}  // namespace refuge::instruments::detail
