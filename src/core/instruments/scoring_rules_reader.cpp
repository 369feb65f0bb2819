// The "refuge" block of an instrument file (everything but the scales themselves).
#include <algorithm>
#include <set>

#include "core/instruments/loader_parts.h"

namespace refuge::instruments::detail {
namespace {

Status read_missing_rule(const Fields& f, const Json& block, const Ptr& at, Instrument* out) {
  if (!block.contains("missing_answers")) {
    return f.fail(at, "missing \"missing_answers\" (the rule for unanswered items)");
  }
  const Json& j = block["missing_answers"];
  const Ptr mat = at / "missing_answers";
  REFUGE_RETURN_IF_ERROR(f.object(j, mat, "\"missing_answers\""));
  REFUGE_RETURN_IF_ERROR(f.number(j, mat, "min_answered_fraction", &out->min_answered_fraction));
  if (!(out->min_answered_fraction > 0 && out->min_answered_fraction <= 1)) {
    return f.fail(mat / "min_answered_fraction",
                  "\"min_answered_fraction\" must be above 0 and at most 1");
  }
  return f.text(j, mat, "rule", &out->missing_answer_rule);
}

Status read_scales(const Fields& f, const Json& block, const Ptr& at, Instrument* out) {
  const Json* scales = nullptr;
  REFUGE_RETURN_IF_ERROR(f.array(block, at, "scales", &scales));
  if (scales->empty()) return f.fail(at / "scales", "an instrument needs at least one scale");
  for (std::size_t i = 0; i < scales->size(); ++i) {
    Scale s;
    REFUGE_RETURN_IF_ERROR(read_scale(f, (*scales)[i], at / "scales" / i, *out, &s));
    if (out->scale(s.id) != nullptr) {
      return f.fail(at / "scales" / i / "id", "scale id '" + s.id + "' is used twice");
    }
    out->scales.push_back(std::move(s));
  }
  return Status::Ok();
}

// Every item is scored by some scale unless listed in "unscored_items", and only then.
Status read_unscored_items(const Fields& f, const Json& block, const Ptr& at, Instrument* out) {
  std::vector<int> unscored;
  REFUGE_RETURN_IF_ERROR(f.integers(block, at, "unscored_items", &unscored, true));
  for (std::size_t i = 0; i < unscored.size(); ++i) {
    Item* item = unscored[i] >= 1 && unscored[i] <= out->item_count()
                     ? &out->items[static_cast<std::size_t>(unscored[i] - 1)]
                     : nullptr;
    if (item == nullptr) {
      return f.fail(at / "unscored_items" / i,
                    "there is no item " + std::to_string(unscored[i]) + " to leave unscored");
    }
    item->scored = false;
  }
  for (const Item& item : out->items) {
    bool in_scale = std::any_of(out->scales.begin(), out->scales.end(), [&](const Scale& s) {
      return std::binary_search(s.items.begin(), s.items.end(), item.number);
    });
    if (in_scale != item.scored) {
      return f.fail(at / "scales", "item " + std::to_string(item.number) +
                                       (item.scored ? " is in no scale (list it in "
                                                      "\"unscored_items\" if that is meant)"
                                                    : " is listed as unscored but is in a scale"));
    }
  }
  return Status::Ok();
}

Status read_risk_items(const Fields& f, const Json& block, const Ptr& at, Instrument* out) {
  const Json* list = nullptr;
  REFUGE_RETURN_IF_ERROR(f.array(block, at, "risk_items", &list, true));
  if (list == nullptr) return Status::Ok();
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& j = (*list)[i];
    const Ptr rat = at / "risk_items" / i;
    RiskItem r;
    REFUGE_RETURN_IF_ERROR(f.object(j, rat, "a risk item"));
    REFUGE_RETURN_IF_ERROR(f.text(j, rat, "id", &r.id));
    REFUGE_RETURN_IF_ERROR(f.integer(j, rat, "item", &r.item));
    REFUGE_RETURN_IF_ERROR(f.integer(j, rat, "at_or_above", &r.at_or_above));
    REFUGE_RETURN_IF_ERROR(f.text(j, rat, "note", &r.note));
    const Item* item = out->item(r.item);
    if (item == nullptr) {
      return f.fail(rat / "item", "there is no item " + std::to_string(r.item));
    }
    if (r.at_or_above <= item->min_value() || r.at_or_above > item->max_value()) {
      return f.fail(rat / "at_or_above", "\"at_or_above\" must be an answer above the lowest");
    }
    out->risk_items.push_back(std::move(r));
  }
  return Status::Ok();
}

Status read_talking_therapies(const Fields& f, const Json& block, const Ptr& at, Instrument* out) {
  if (!block.contains("talking_therapies")) return Status::Ok();
  const Json& j = block["talking_therapies"];
  const Ptr tat = at / "talking_therapies";
  TalkingTherapiesRules t;
  REFUGE_RETURN_IF_ERROR(f.object(j, tat, "\"talking_therapies\""));
  REFUGE_RETURN_IF_ERROR(f.text(j, tat, "scale", &t.scale));
  REFUGE_RETURN_IF_ERROR(f.number(j, tat, "reliable_change_points", &t.reliable_change_points));
  REFUGE_RETURN_IF_ERROR(f.number(j, tat, "caseness_at_or_above", &t.caseness_at_or_above));
  REFUGE_RETURN_IF_ERROR(f.text(j, tat, "source", &t.source));
  const Scale* s = out->scale(t.scale);
  if (s == nullptr) return f.fail(tat / "scale", "there is no scale '" + t.scale + "'");
  if (!(t.reliable_change_points > 0)) {
    return f.fail(tat / "reliable_change_points", "\"reliable_change_points\" must be above 0");
  }
  if (t.caseness_at_or_above <= s->min || t.caseness_at_or_above > s->max) {
    return f.fail(tat / "caseness_at_or_above", "caseness must lie within the scale");
  }
  out->talking_therapies = std::move(t);
  return Status::Ok();
}

Status read_region(const Fields& f, const Json& j, const Ptr& at, AttachmentRegion* r) {
  REFUGE_RETURN_IF_ERROR(f.object(j, at, "a region"));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "id", &r->id));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "label", &r->label));
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "description", &r->description));
  for (const char* dim : {"anxiety", "avoidance"}) {
    std::string level;
    REFUGE_RETURN_IF_ERROR(f.text(j, at, dim, &level));
    if (level != "low" && level != "high") {
      return f.fail(at / dim, std::string("\"") + dim + "\" must be \"low\" or \"high\"");
    }
    (std::string(dim) == "anxiety" ? r->high_anxiety : r->high_avoidance) = level == "high";
  }
  return Status::Ok();
}

Status read_attachment_map(const Fields& f, const Json& block, const Ptr& at, Instrument* out) {
  if (!block.contains("attachment_map")) return Status::Ok();
  const Json& j = block["attachment_map"];
  const Ptr mat = at / "attachment_map";
  AttachmentMapRules m;
  REFUGE_RETURN_IF_ERROR(f.object(j, mat, "\"attachment_map\""));
  REFUGE_RETURN_IF_ERROR(f.text(j, mat, "anxiety_scale", &m.anxiety_scale));
  REFUGE_RETURN_IF_ERROR(f.text(j, mat, "avoidance_scale", &m.avoidance_scale));
  REFUGE_RETURN_IF_ERROR(f.number(j, mat, "cut_off", &m.cut_off));
  REFUGE_RETURN_IF_ERROR(f.text(j, mat, "cut_off_source", &m.cut_off_source));
  REFUGE_RETURN_IF_ERROR(f.text(j, mat, "note", &m.note));
  std::string high_when;
  REFUGE_RETURN_IF_ERROR(f.text(j, mat, "high_when", &high_when));
  if (high_when != "above") {
    return f.fail(mat / "high_when", "\"high_when\" must be \"above\" (a score above the cut-off)");
  }
  for (const std::string* id : {&m.anxiety_scale, &m.avoidance_scale}) {
    const Scale* s = out->scale(*id);
    if (s == nullptr) return f.fail(mat, "the map names an unknown scale '" + *id + "'");
    if (m.cut_off <= s->min || m.cut_off >= s->max) {
      return f.fail(mat / "cut_off", "\"cut_off\" must lie inside scale '" + *id + "'");
    }
  }
  const Json* regions = nullptr;
  REFUGE_RETURN_IF_ERROR(f.array(j, mat, "regions", &regions));
  std::set<std::pair<bool, bool>> quadrants;
  for (std::size_t i = 0; i < regions->size(); ++i) {
    AttachmentRegion r;
    REFUGE_RETURN_IF_ERROR(read_region(f, (*regions)[i], mat / "regions" / i, &r));
    if (!quadrants.insert({r.high_anxiety, r.high_avoidance}).second) {
      return f.fail(mat / "regions" / i, "two regions claim the same quadrant");
    }
    m.regions.push_back(std::move(r));
  }
  if (m.regions.size() != 4) {
    return f.fail(mat / "regions", "the map needs exactly four regions, one per quadrant");
  }
  out->attachment_map = std::move(m);
  return Status::Ok();
}

Status read_texts(const Fields& f, const Json& block, const Ptr& at, Instrument* out) {
  REFUGE_RETURN_IF_ERROR(f.text(block, at, "short_name", &out->short_name));
  REFUGE_RETURN_IF_ERROR(f.integer(block, at, "minutes", &out->minutes));
  if (out->minutes < 1 || out->minutes > 120) {
    return f.fail(at / "minutes", "\"minutes\" must be between 1 and 120");
  }
  REFUGE_RETURN_IF_ERROR(f.text(block, at, "intro", &out->intro));
  REFUGE_RETURN_IF_ERROR(f.text(block, at, "citation", &out->citation));
  REFUGE_RETURN_IF_ERROR(f.text(block, at, "licence", &out->licence));
  REFUGE_RETURN_IF_ERROR(f.text(block, at, "scoring_note", &out->scoring_note));
  const Json* cites = nullptr;
  REFUGE_RETURN_IF_ERROR(f.array(block, at, "citations", &cites));
  for (std::size_t i = 0; i < cites->size(); ++i) {
    if (!(*cites)[i].is_string() || (*cites)[i].get_ref<const std::string&>().empty()) {
      return f.fail(at / "citations" / i, "a citation must be a non-empty string");
    }
    out->citations.push_back((*cites)[i].get<std::string>());
  }
  if (out->citations.empty()) return f.fail(at / "citations", "cite at least the source");
  return Status::Ok();
}

}  // namespace

Status read_scoring_rules(const Fields& f, const Json& block, const Ptr& at, Instrument* out) {
  REFUGE_RETURN_IF_ERROR(f.object(block, at, "\"refuge\""));
  REFUGE_RETURN_IF_ERROR(read_texts(f, block, at, out));
  REFUGE_RETURN_IF_ERROR(read_missing_rule(f, block, at, out));
  REFUGE_RETURN_IF_ERROR(read_scales(f, block, at, out));
  REFUGE_RETURN_IF_ERROR(read_unscored_items(f, block, at, out));
  REFUGE_RETURN_IF_ERROR(read_risk_items(f, block, at, out));
  REFUGE_RETURN_IF_ERROR(read_talking_therapies(f, block, at, out));
  REFUGE_RETURN_IF_ERROR(read_attachment_map(f, block, at, out));
  return Status::Ok();
}

// "loinc_panel" must also be one of the Questionnaire's codes, so FHIR readers see it too.
Status read_loinc_panel(const Fields& f, const Json& block, const Ptr& at, const Json& root,
                        Instrument* out) {
  std::string panel;
  REFUGE_RETURN_IF_ERROR(f.text(block, at, "loinc_panel", &panel, true));
  if (panel.empty()) return Status::Ok();
  bool listed = false;
  if (root.contains("code") && root["code"].is_array()) {
    for (const auto& c : root["code"]) {
      listed =
          listed || (has_string(c, "system", "http://loinc.org") && has_string(c, "code", panel));
    }
  }
  if (!listed) {
    return f.fail(at / "loinc_panel", "LOINC panel " + panel +
                                          " is not in the Questionnaire's "
                                          "\"code\"");
  }
  out->loinc_panel = panel;
  return Status::Ok();
}

}  // namespace refuge::instruments::detail
