#include "core/practices/practice.h"

#include <algorithm>
#include <cmath>


#include "core/content/fields.h"

namespace refuge::practices {
namespace {

using json = nlohmann::json;
using Ptr = json::json_pointer;

constexpr int kMaxStepSeconds = 30 * 60;
// A variant's steps must add up to its nominal length within this share.
constexpr double kLengthTolerance = 0.3;

struct StepSource {
  std::string text, open_text, stage;
  std::vector<int> seconds;  // one per length, or one for all
  std::vector<int> only;     // lengths this step is part of (empty: all)
  Cue cue = Cue::kNone;
  Ptr where;
};

Result<StepSource> parse_step(const content::Fields& f, const Ptr& p, const std::vector<int>& lengths) {
  StepSource s;
  s.where = p;
  auto text = f.text(p / "text", 1, 1200);
  if (!text.ok()) return text.status();
  s.text = std::move(text.value());
  if (f.has(p / "open_text")) {
    auto open = f.text(p / "open_text", 1, 1200);
    if (!open.ok()) return open.status();
    s.open_text = std::move(open.value());
  }
  if (f.has(p / "stage")) {
    auto stage = f.text(p / "stage", 1, 80);
    if (!stage.ok()) return stage.status();
    s.stage = std::move(stage.value());
  }
  const json& secs = f.at(p / "seconds");
  if (secs.is_number_integer()) {
    s.seconds.push_back(secs.get<int>());
  } else if (secs.is_array() && secs.size() == lengths.size()) {
    for (const auto& v : secs) {
      if (!v.is_number_integer()) return f.error(p / "seconds", "must hold whole numbers");
      s.seconds.push_back(v.get<int>());
    }
  } else {
    return f.error(p / "seconds", "must be a whole number of seconds, or one per length (" +
                                      std::to_string(lengths.size()) + ")");
  }
  for (int v : s.seconds) {
    if (v < 1 || v > kMaxStepSeconds) {
      return f.error(p / "seconds", "must be from 1 to " + std::to_string(kMaxStepSeconds));
    }
  }
  if (f.has(p / "only")) {
    const json& only = f.at(p / "only");
    if (!only.is_array() || only.empty()) return f.error(p / "only", "must be a list of lengths");
    for (const auto& v : only) {
      if (!v.is_number_integer() ||
          std::find(lengths.begin(), lengths.end(), v.get<int>()) == lengths.end()) {
        return f.error(p / "only", "must name lengths listed in \"lengths\"");
      }
      s.only.push_back(v.get<int>());
    }
  }
  if (f.has(p / "cue")) {
    auto cue = f.text(p / "cue", 1, 10);
    if (!cue.ok()) return cue.status();
    if (*cue == "bell") {
      s.cue = Cue::kBell;
    } else if (*cue != "none") {
      return f.error(p / "cue", "must be \"bell\" or \"none\"");
    }
  }
  return s;
}

Result<Variant> build_variant(const content::Fields& f, const std::vector<StepSource>& steps,
                              std::size_t length_index, int minutes, bool eyes_open) {
  Variant v;
  v.id = std::to_string(minutes) + (eyes_open ? "-open" : "");
  v.minutes = minutes;
  v.eyes_open = eyes_open;
  for (const auto& s : steps) {
    if (!s.only.empty() && std::find(s.only.begin(), s.only.end(), minutes) == s.only.end()) {
      continue;
    }
    Step step;
    step.text = eyes_open && !s.open_text.empty() ? s.open_text : s.text;
    step.seconds = s.seconds.size() == 1 ? s.seconds[0] : s.seconds[length_index];
    step.cue = s.cue;
    step.stage = s.stage;
    v.steps.push_back(std::move(step));
  }
  if (v.steps.empty()) return f.error(Ptr("/steps"), "the " + v.id + " minute version has no steps");
  double total = v.total_seconds();
  double nominal = minutes * 60.0;
  if (std::abs(total - nominal) > nominal * kLengthTolerance) {
    return f.error(Ptr("/steps"), "the steps of the " + std::to_string(minutes) +
                                      " minute version add up to " +
                                      std::to_string(v.total_seconds()) + " seconds");
  }
  return v;
}

}  // namespace

bool is_component(std::string_view id) {
  return std::any_of(std::begin(kComponents), std::end(kComponents),
                     [&](const char* c) { return id == c; });
}

int Variant::total_seconds() const {
  int total = 0;
  for (const auto& s : steps) total += s.seconds;
  return total;
}

const Variant* Practice::variant(std::string_view id) const {
  for (const auto& v : variants) {
    if (v.id == id) return &v;
  }
  return nullptr;
}

std::vector<std::string> Practice::stages() const {
  std::vector<std::string> out;
  if (!staged || variants.empty()) return out;
  for (const auto& s : variants.front().steps) {
    if (!s.stage.empty() && (out.empty() || out.back() != s.stage)) out.push_back(s.stage);
  }
  return out;
}

Result<Practice> parse_practice(const content::JsonSource& source) {
  content::Fields f(source);
  if (!source.root().is_object()) return f.error(Ptr(""), "a practice file holds one JSON object");
  Practice p;
  auto id = f.id(Ptr("/id"));
  if (!id.ok()) return id.status();
  p.id = std::move(id.value());
  for (auto [ptr, out, max] : {std::tuple{Ptr("/title"), &p.title, 80},
                               std::tuple{Ptr("/purpose"), &p.purpose, 300},
                               std::tuple{Ptr("/informed_by"), &p.informed_by, 400}}) {
    auto v = f.text(ptr, 1, max);
    if (!v.ok()) return v.status();
    *out = std::move(v.value());
  }
  auto component = f.text(Ptr("/component"), 1, 40);
  if (!component.ok()) return component.status();
  if (!is_component(*component)) {
    return f.error(Ptr("/component"), "\"" + *component + "\" is not an ABCT component id");
  }
  p.component = std::move(component.value());
  auto notes = f.text_list(Ptr("/suitable_when"), 1, 10, 300);
  if (!notes.ok()) return notes.status();
  p.suitable_when = std::move(notes.value());

  const json& lengths_json = f.at(Ptr("/lengths"));
  std::vector<int> lengths;
  if (!lengths_json.is_array() || lengths_json.empty() || lengths_json.size() > 4) {
    return f.error(Ptr("/lengths"), "must list 1 to 4 lengths in minutes, such as [3, 10, 20]");
  }
  for (const auto& v : lengths_json) {
    if (!v.is_number_integer() || v.get<int>() < 1 || v.get<int>() > 60 ||
        (!lengths.empty() && v.get<int>() <= lengths.back())) {
      return f.error(Ptr("/lengths"), "must be whole minutes from 1 to 60, ascending");
    }
    lengths.push_back(v.get<int>());
  }
  bool eyes_open = false;
  if (f.has(Ptr("/eyes_open_variant"))) {
    const json& e = f.at(Ptr("/eyes_open_variant"));
    if (!e.is_boolean()) return f.error(Ptr("/eyes_open_variant"), "must be true or false");
    eyes_open = e.get<bool>();
  }

  const json& steps_json = f.at(Ptr("/steps"));
  if (!steps_json.is_array() || steps_json.empty()) {
    return f.error(Ptr("/steps"), "must be a non-empty list of steps");
  }
  std::vector<StepSource> steps;
  bool any_open_text = false;
  std::size_t with_stage = 0;
  for (std::size_t i = 0; i < steps_json.size(); ++i) {
    auto s = parse_step(f, Ptr("/steps") / i, lengths);
    if (!s.ok()) return s.status();
    any_open_text = any_open_text || !s->open_text.empty();
    with_stage += s->stage.empty() ? 0 : 1;
    steps.push_back(std::move(s.value()));
  }
  if (any_open_text && !eyes_open) {
    return f.error(Ptr("/eyes_open_variant"),
                   "steps have \"open_text\" but \"eyes_open_variant\" is not true");
  }
  if (with_stage != 0 && with_stage != steps.size()) {
    return f.error(Ptr("/steps"), "either every step names its stage or none does");
  }
  p.staged = with_stage != 0;

  for (int pass = 0; pass < (eyes_open ? 2 : 1); ++pass) {
    for (std::size_t i = 0; i < lengths.size(); ++i) {
      auto v = build_variant(f, steps, i, lengths[i], pass == 1);
      if (!v.ok()) return v.status();
      p.variants.push_back(std::move(v.value()));
    }
  }
  return p;
}

}  // namespace refuge::practices
