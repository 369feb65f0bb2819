// An assessment instrument as Refuge scores it: the FHIR R4 Questionnaire from
// content/instruments/<id>.json plus the scoring block under its "refuge" key (scales, reverse
// keys, bands, reliability figures, risk items, thresholds). Immutable once loaded; safe to share
// between threads. See load_instrument() in instrument_loader.h.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace refuge::instruments {

// One answer a person can give to an item, from the item's FHIR answerOption.
struct AnswerOption {
  int value = 0;        // the ordinal value scored (ordinalValue extension)
  std::string system;   // coding system
  std::string code;     // coding code
  std::string display;  // what the person sees
};

// A question, numbered from 1 (its FHIR linkId). Items outside every scale are unscored.
struct Item {
  int number = 0;
  std::string text;                   // exactly as published
  std::vector<AnswerOption> options;  // in ascending value order
  std::optional<std::string> loinc;   // LOINC code of the item, where one is known
  bool required = true;
  bool scored = true;  // false for e.g. the PHQ-9 difficulty question
  int min_value() const { return options.front().value; }
  int max_value() const { return options.back().value; }
  const AnswerOption* option(int value) const;  // nullptr when `value` is not an option
};

// A score band such as "mild": scores from `from` up to (not including) the next band's `from`.
struct Band {
  std::string id;
  std::string label;
  double from = 0;
  double to = 0;        // as published; a score between `to` and the next `from` stays here
  std::string meaning;  // plain words for the person
  bool risk = false;    // a score in this band leads to the safety path
};

// Figures used for the Reliable Change Index; either may be missing, and then no RCI is made.
struct ReliabilityFigures {
  std::optional<double> reliability;  // r
  std::string reliability_kind;       // "test-retest, three weeks", "Cronbach's alpha", ...
  std::string reliability_source;
  std::optional<double> sd;  // normative standard deviation
  std::string sd_source;     // where the SD comes from, or why there is none
};

enum class Aggregation { kMean, kSum };
enum class Direction { kHigherIsBetter, kLowerIsBetter };

struct Scale {
  std::string id;  // "total", "anxiety", "self_kindness", ...
  std::string name;
  std::string explanation;   // one plain line for the person
  std::vector<int> items;    // item numbers, ascending
  std::vector<int> reverse;  // the reverse-keyed subset of `items`
  Aggregation aggregation = Aggregation::kMean;
  double min = 0;  // bounds of the score
  double max = 0;
  Direction direction = Direction::kHigherIsBetter;
  std::optional<std::string> loinc;  // LOINC code of the score, where one exists
  std::vector<Band> bands;           // empty when the scale has no published bands
  std::string bands_source;
  ReliabilityFigures reliable_change;

  bool is_reversed(int item) const;
  // The band a score falls in (the last band whose `from` <= score); nullptr without bands.
  const Band* band_for(double score) const;
};

// An answer that sends the person to the safety path whatever the totals (PHQ-9 item 9 > 0).
struct RiskItem {
  std::string id;  // "self_harm_thoughts"
  int item = 0;
  int at_or_above = 1;  // answers >= this value are a risk signal
  std::string note;
};

// NHS Talking Therapies (England) thresholds for one measure (PHQ-9 or GAD-7).
struct TalkingTherapiesRules {
  std::string scale;                  // the scale they apply to ("total")
  double reliable_change_points = 0;  // a change of at least this many points is reliable
  double caseness_at_or_above = 0;    // a score at or above this is "caseness"
  std::string source;
};

struct AttachmentRegion {
  std::string id;  // secure, anxious, avoidant, fearful
  std::string label;
  std::string description;  // non-pathologising words for the person
  bool high_anxiety = false;
  bool high_avoidance = false;
};

// ECR-R's two-dimensional map: each dimension split at `cut_off`; above it counts as high.
struct AttachmentMapRules {
  std::string anxiety_scale;
  std::string avoidance_scale;
  double cut_off = 4;
  std::string cut_off_source;
  std::string note;
  std::vector<AttachmentRegion> regions;  // exactly four, one per quadrant
};

struct Instrument {
  std::string id;   // "scs-sf"; also the file name
  std::string url;  // FHIR canonical URL
  std::string version;
  std::string title;
  std::string short_name;    // "SCS-SF"
  std::string intro;         // what it measures and about how long it takes
  std::string instructions;  // the stem or heading shown before the items
  std::string citation;
  std::string licence;
  std::string scoring_note;
  int minutes = 0;
  double min_answered_fraction = 0.8;  // the missing-answer rule (see missing_answer_rule)
  std::string missing_answer_rule;     // the rule in words
  std::optional<std::string> loinc_panel;
  std::vector<Item> items;    // items[i].number == i + 1
  std::vector<Scale> scales;  // in file order (the CLI's column order)
  std::vector<RiskItem> risk_items;
  std::optional<TalkingTherapiesRules> talking_therapies;
  std::optional<AttachmentMapRules> attachment_map;
  std::vector<std::string> citations;
  nlohmann::json questionnaire;  // the FHIR R4 Questionnaire, without the "refuge" key

  int item_count() const { return static_cast<int>(items.size()); }
  const Item* item(int number) const;  // nullptr when there is no such item
  const Scale* scale(std::string_view id) const;
};

const char* to_string(Aggregation a);
const char* to_string(Direction d);

}  // namespace refuge::instruments
