// TEMPORARY stand-in until the real analyser lands (branch issue4-analyser): finds a few fixed
// phrases so the web flow can be built against the interface. Deleted at merge.
#include <algorithm>
#include <cctype>

#include "core/analysis/analyser.h"

namespace refuge::analysis {
namespace {
constexpr std::string_view kIds[] = {
    "all_or_nothing", "overgeneralizing", "labeling", "fortune_telling", "mind_reading",
    "emotional_reasoning", "should_statements", "personalizing", "disqualifying_positive",
    "catastrophizing", "comparing", "blaming", "belief_too_much", "belief_not_enough",
    "belief_unlovable", "belief_must_be_perfect", "belief_abandonment", "belief_burden",
    "belief_distrust", "self_criticism", "crisis"};
struct Cue { std::string_view words; FindingType type; };
constexpr Cue kCues[] = {{"kill myself", FindingType::crisis}, {"want to die", FindingType::crisis},
                         {"i am a failure", FindingType::labeling},
                         {"i'm a failure", FindingType::labeling},
                         {"should", FindingType::should_statements},
                         {"too much", FindingType::belief_too_much},
                         {"not enough", FindingType::belief_not_enough},
                         {"always", FindingType::overgeneralizing}};
}  // namespace
std::string_view finding_type_id(FindingType t) { return kIds[static_cast<int>(t)]; }
std::optional<FindingType> finding_type_from_id(std::string_view id) {
  for (std::size_t i = 0; i < kFindingTypeCount; ++i) if (kIds[i] == id) return FindingType(i);
  return std::nullopt;
}
bool is_thinking_trap(FindingType t) { return static_cast<int>(t) < 12; }
bool is_core_belief(FindingType t) { int i = static_cast<int>(t); return i >= 12 && i < 19; }
std::vector<Finding> Analysis::findings() const {
  std::vector<Finding> all;
  for (const auto& s : sentences) all.insert(all.end(), s.findings.begin(), s.findings.end());
  return all;
}
struct Analyser::Impl {};
Analyser::Analyser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyser::Analyser(Analyser&&) noexcept = default;
Analyser& Analyser::operator=(Analyser&&) noexcept = default;
Analyser::~Analyser() = default;
Result<Analyser> Analyser::build(const content::JsonSource&, const std::vector<content::JsonSource>&) {
  return Analyser(std::make_unique<Impl>());
}
Analysis Analyser::analyse(std::string_view text) const {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  Analysis a;
  Sentence s{0, text.size(), {}};
  for (const auto& c : kCues) {
    auto at = lower.find(c.words);
    if (at == std::string::npos) continue;
    s.findings.push_back({c.type, at, at + c.words.size(), 0.8, std::string(text.substr(at, c.words.size()))});
    if (c.type == FindingType::crisis) a.crisis = true;
  }
  std::sort(s.findings.begin(), s.findings.end(), [](auto& x, auto& y) { return x.start < y.start; });
  a.sentences.push_back(std::move(s));
  return a;
}
bool Analyser::has_crisis_language(std::string_view text) const { return analyse(text).crisis; }
nlohmann::json analysis_to_json(const Analysis& a) {
  nlohmann::json f = nlohmann::json::array();
  for (const auto& x : a.findings())
    f.push_back({{"type", finding_type_id(x.type)}, {"start", x.start}, {"end", x.end}, {"confidence", x.confidence}, {"cue", x.cue}});
  return {{"findings", f}, {"crisis", a.crisis}};
}
}  // namespace refuge::analysis
