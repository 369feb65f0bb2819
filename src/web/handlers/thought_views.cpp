#include "web/handlers/thought_views.h"

#include <algorithm>

namespace refuge::web {
namespace {

using analysis::FindingType;

std::string type_key(std::string_view prefix, FindingType t) {
  return std::string(prefix) + std::string(analysis::finding_type_id(t));
}

// Core beliefs speak most to attachment work, then a harsh voice, then the thinking traps.
int priority(FindingType t) {
  if (analysis::is_core_belief(t)) return 0;
  return t == FindingType::self_criticism ? 1 : 2;
}

}  // namespace

std::vector<Noticed> noticed_types(const analysis::Analysis& a) {
  std::vector<Noticed> types;
  for (const auto& f : a.findings()) {
    if (f.type == FindingType::crisis) continue;
    const bool likely = f.confidence >= analysis::kLikelyConfidence;
    auto seen = std::find_if(types.begin(), types.end(),
                             [&f](const Noticed& n) { return n.type == f.type; });
    if (seen == types.end()) {
      types.push_back({f.type, likely});
    } else {
      seen->likely = seen->likely || likely;
    }
  }
  std::stable_sort(types.begin(), types.end(), [](const Noticed& x, const Noticed& y) {
    if (x.likely != y.likely) return x.likely;
    return priority(x.type) < priority(y.type);
  });
  return types;
}

nlohmann::json findings_view(const Ctx& ctx, std::string_view text,
                             const analysis::Analysis& a) {
  const Locale& t = ctx.app.locale;
  std::vector<analysis::Finding> shown;
  for (const auto& f : a.findings()) {
    if (f.type != FindingType::crisis && f.start < f.end && f.end <= text.size()) {
      shown.push_back(f);
    }
  }
  std::sort(shown.begin(), shown.end(),
            [](const auto& x, const auto& y) { return x.start < y.start; });
  // Marked spans: overlapping findings merge into one mark naming each kind once.
  nlohmann::json segments = nlohmann::json::array();
  std::size_t at = 0;
  for (std::size_t i = 0; i < shown.size();) {
    std::size_t start = std::max(shown[i].start, at), end = shown[i].end;
    std::vector<FindingType> kinds{shown[i].type};
    for (++i; i < shown.size() && shown[i].start < end; ++i) {
      end = std::max(end, shown[i].end);
      if (std::find(kinds.begin(), kinds.end(), shown[i].type) == kinds.end()) {
        kinds.push_back(shown[i].type);
      }
    }
    if (start >= end) continue;
    if (start > at) segments.push_back({{"text", std::string(text.substr(at, start - at))}});
    std::string label;
    for (FindingType k : kinds) label += (label.empty() ? "" : ", ") + t.t(type_key("finding_names.", k));
    segments.push_back(
        {{"text", std::string(text.substr(start, end - start))}, {"mark", true}, {"label", label}});
    at = end;
  }
  if (at < text.size()) segments.push_back({{"text", std::string(text.substr(at))}});

  nlohmann::json notes = nlohmann::json::array(), more = nlohmann::json::array();
  for (const Noticed& n : noticed_types(a)) {
    const FindingType k = n.type;
    // The cue of the surest finding of the kind.
    const analysis::Finding* best = nullptr;
    for (const auto& f : shown) {
      if (f.type == k && (!best || f.confidence > best->confidence)) best = &f;
    }
    std::string name = t.t(type_key("finding_names.", k));
    if (!n.likely) {  // "%n, perhaps" (the page's script names the live notes with it too)
      std::string maybe = t.t("thoughts.maybe_name");
      const auto at = maybe.find("%n");
      name = at == std::string::npos ? name : maybe.replace(at, 2, name);
    }
    (notes.size() < kNotesShown ? notes : more)
        .push_back({{"type", std::string(analysis::finding_type_id(k))},
                    {"name", std::move(name)},
                    {"note", t.t(type_key("findings.", k))},
                    {"cue", best ? best->cue : std::string()},
                    {"maybe", !n.likely}});
  }
  return {{"segments", segments}, {"notes", notes}, {"has_notes", !notes.empty()},
          {"more", more}, {"has_more", !more.empty()},
          {"more_label", t.format("thoughts.more_notes", "n", std::to_string(more.size()))}};
}

std::vector<std::string> openings_for(const Ctx& ctx, const analysis::Analysis& a,
                                      std::size_t count) {
  std::vector<std::string> out;
  for (const Noticed& n : noticed_types(a)) {
    if (out.size() == count) break;
    out.push_back(ctx.app.locale.t(type_key("openings.", n.type)));
  }
  for (int i = 1; out.size() < count && i <= 3; ++i) {
    out.push_back(ctx.app.locale.t("openings.general_" + std::to_string(i)));
  }
  return out;
}

nlohmann::json finding_notes_json(const Ctx& ctx) {
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < analysis::kFindingTypeCount; ++i) {
    auto k = static_cast<FindingType>(i);
    if (k == FindingType::crisis) continue;
    list.push_back({{"type", std::string(analysis::finding_type_id(k))},
                    {"name", ctx.app.locale.t(type_key("finding_names.", k))},
                    {"note", ctx.app.locale.t(type_key("findings.", k))}});
  }
  return list;
}

}  // namespace refuge::web
