#include <gtest/gtest.h>

#include "core/instruments/catalog.h"
#include "core/instruments/instrument_loader.h"
#include "instrument_fixtures.h"

namespace refuge::instruments {
namespace {

using testing::instrument;
using testing::instrument_path;
using testing::instrument_text;

// Line (1-based) of the first occurrence of `needle` in `text`.
int line_of(const std::string& text, const std::string& needle) {
  std::size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// Replaces the first `from` in the instrument's text by `to`.
std::string edited(const std::string& id, const std::string& from, const std::string& to) {
  std::string text = instrument_text(id);
  std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// Loads `text` as content/instruments/<id>.json and expects "<path>:<line>: ...<message>...".
void expect_error(const std::string& id, const std::string& text, int line,
                  const std::string& message) {
  auto r = load_instrument_file({instrument_path(id), text});
  ASSERT_FALSE(r.ok()) << "accepted a broken file; expected: " << message;
  EXPECT_TRUE(r.status().Is(Status::Code::kInvalidArgument));
  const std::string prefix = instrument_path(id) + ":" + std::to_string(line) + ": ";
  EXPECT_EQ(r.status().message().rfind(prefix, 0), 0u)
      << r.status().message() << "\n  expected prefix: " << prefix;
  EXPECT_NE(r.status().message().find(message), std::string::npos) << r.status().message();
}

TEST(InstrumentLoader, EveryShippedInstrumentLoads) {
  std::vector<InstrumentFile> files;
  for (const char* id : {"ecr-r", "scs", "scs-sf", "phq-9", "gad-7"}) {
    files.push_back({instrument_path(id), instrument_text(id)});
  }
  auto catalog = Catalog::load(files);
  ASSERT_TRUE(catalog.ok()) << catalog.status().message();
  ASSERT_EQ(catalog->instruments().size(), 5u);
  EXPECT_EQ(catalog->instruments().front().id, "ecr-r");  // sorted by id
  EXPECT_EQ(catalog->find("scs-sf")->item_count(), 12);
  EXPECT_EQ(catalog->find("nope"), nullptr);
}

TEST(InstrumentLoader, ItemCountsRangesAndScaleIdsMatchThePublishedInstruments) {
  struct Want {
    const char* id;
    int items;
    int lo;
    int hi;
    std::vector<std::string> scales;
  };
  const std::vector<std::string> scs_scales = {
      "self_kindness",       "self_judgment", "common_humanity", "isolation", "mindfulness",
      "over_identification", "total"};
  for (const Want& w : {Want{"ecr-r", 36, 1, 7, {"anxiety", "avoidance"}},
                        Want{"scs", 26, 1, 5, scs_scales}, Want{"scs-sf", 12, 1, 5, scs_scales},
                        Want{"phq-9", 10, 0, 3, {"total"}}, Want{"gad-7", 7, 0, 3, {"total"}}}) {
    const Instrument& inst = instrument(w.id);
    EXPECT_EQ(inst.item_count(), w.items) << w.id;
    for (const Item& item : inst.items) {
      EXPECT_EQ(item.min_value(), w.lo) << w.id << " item " << item.number;
      EXPECT_EQ(item.max_value(), w.hi) << w.id << " item " << item.number;
    }
    std::vector<std::string> ids;
    for (const Scale& s : inst.scales) ids.push_back(s.id);
    EXPECT_EQ(ids, w.scales) << w.id;
  }
}

TEST(InstrumentLoader, ReverseKeysAreThePublishedOnes) {
  const Instrument& ecr = instrument("ecr-r");
  EXPECT_EQ(ecr.scale("anxiety")->reverse, (std::vector<int>{9, 11}));
  EXPECT_EQ(ecr.scale("avoidance")->reverse,
            (std::vector<int>{20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}));
  // SCS total: the three negative subscales (self-judgment 1 8 11 16 21, isolation 4 13 18 25,
  // over-identification 2 6 20 24).
  EXPECT_EQ(instrument("scs").scale("total")->reverse,
            (std::vector<int>{1, 2, 4, 6, 8, 11, 13, 16, 18, 20, 21, 24, 25}));
  EXPECT_EQ(instrument("scs-sf").scale("total")->reverse, (std::vector<int>{1, 4, 8, 9, 11, 12}));
  for (const char* id : {"scs", "scs-sf"}) {
    for (const Scale& s : instrument(id).scales) {
      if (s.id != "total") {
        EXPECT_TRUE(s.reverse.empty()) << id << " " << s.id;
      }
    }
  }
}

TEST(InstrumentLoader, ItemTextsAreCopiedExactly) {
  EXPECT_EQ(instrument("ecr-r").item(9)->text, "I rarely worry about my partner leaving me.");
  EXPECT_EQ(instrument("ecr-r").item(36)->text, "My partner really understands me and my needs.");
  EXPECT_EQ(instrument("scs").item(7)->text,
            "When I'm down and out, I remind myself that there are lots of other people in the "
            "world feeling like I am.");
  EXPECT_EQ(instrument("scs-sf").item(12)->text,
            "I'm intolerant and impatient towards those aspects of my personality I don't like.");
  EXPECT_EQ(instrument("phq-9").item(8)->text,
            "Moving or speaking so slowly that other people could have noticed? Or the opposite "
            "— being so fidgety or restless that you have been moving around a lot more than "
            "usual");
  EXPECT_EQ(instrument("gad-7").item(7)->text,
            "Feeling afraid, as if something awful might happen");
  EXPECT_EQ(instrument("phq-9").instructions,
            "Over the last 2 weeks, how often have you been bothered by any of the following "
            "problems?");
}

TEST(InstrumentLoader, LoincCodesRiskItemsAndThresholdsAreRead) {
  const Instrument& phq = instrument("phq-9");
  EXPECT_EQ(phq.loinc_panel, "44249-1");
  EXPECT_EQ(phq.scale("total")->loinc, "44261-6");
  EXPECT_EQ(phq.item(9)->loinc, "44260-8");
  EXPECT_FALSE(phq.item(10)->scored);
  ASSERT_EQ(phq.risk_items.size(), 1u);
  EXPECT_EQ(phq.risk_items[0].item, 9);
  EXPECT_EQ(phq.risk_items[0].at_or_above, 1);
  EXPECT_TRUE(phq.scale("total")->bands.back().risk);
  EXPECT_EQ(phq.talking_therapies->reliable_change_points, 6);
  EXPECT_EQ(phq.talking_therapies->caseness_at_or_above, 10);
  const Instrument& gad = instrument("gad-7");
  EXPECT_EQ(gad.loinc_panel, "69737-5");
  EXPECT_EQ(gad.scale("total")->loinc, "70274-6");
  EXPECT_EQ(gad.talking_therapies->reliable_change_points, 4);
  EXPECT_EQ(gad.talking_therapies->caseness_at_or_above, 8);
  const Instrument& ecr = instrument("ecr-r");
  ASSERT_TRUE(ecr.attachment_map.has_value());
  EXPECT_EQ(ecr.attachment_map->cut_off, 4);
  EXPECT_EQ(ecr.attachment_map->regions.size(), 4u);
  EXPECT_FALSE(ecr.attachment_map->cut_off_source.empty());
}

TEST(InstrumentLoader, TheServedQuestionnaireHasNoRefugeBlock) {
  const auto& q = instrument("scs-sf").questionnaire;
  EXPECT_EQ(q["resourceType"], "Questionnaire");
  EXPECT_FALSE(q.contains("refuge"));
  EXPECT_EQ(q["item"].size(), 13u);  // the instructions plus 12 questions
}

TEST(InstrumentLoader, BrokenJsonNamesTheLine) {
  std::string text = edited("scs-sf", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",,");
  expect_error("scs-sf", text, line_of(text, ",,"), "not valid JSON");
}

TEST(InstrumentLoader, ANumberTooLargeForADoubleNamesTheLine) {
  // Found by instrument_file_fuzzer: nlohmann throws out_of_range, not parse_error, for this.
  std::string text = edited("scs-sf", "\"version\": \"1.0.0\",", "\"version\": 1E773,");
  expect_error("scs-sf", text, line_of(text, "1E773"), "the number 1E773 is too large");
}

TEST(InstrumentLoader, RejectsAResourceThatIsNotAQuestionnaire) {
  std::string text = edited("scs-sf", "\"Questionnaire\"", "\"Observation\"");
  expect_error("scs-sf", text, line_of(text, "\"Observation\""), "must be \"Questionnaire\"");
}

TEST(InstrumentLoader, RejectsItemsOutOfOrder) {
  std::string text = edited("scs-sf", "\"linkId\": \"3\"", "\"linkId\": \"4\"");
  expect_error("scs-sf", text, line_of(text, "\"linkId\": \"4\""), "expected \"3\", found \"4\"");
}

TEST(InstrumentLoader, RejectsAnAnswerWithoutItsOrdinalValue) {
  std::string text =
      edited("gad-7",
             "\"extension\": [{\"url\": \"http://hl7.org/fhir/StructureDefinition/ordinalValue\", "
             "\"valueDecimal\": 2}], ",
             "");
  // The first item's third option lost its value; the error points at its valueCoding line.
  expect_error("gad-7", text, line_of(text, "\"code\": \"2\", \"display\": \"More than half"),
               "ordinalValue");
}

TEST(InstrumentLoader, RejectsAnswerValuesThatDoNotRise) {
  std::string text = edited("gad-7", "\"valueDecimal\": 3}", "\"valueDecimal\": 1}");
  expect_error("gad-7", text,
               line_of(text,
                       "\"valueDecimal\": 1}], \"system\": "
                       "\"https://refuge.invalid/fhir/CodeSystem/frequency-0-3\", \"code\": \"3\""),
               "must rise");
}

TEST(InstrumentLoader, RejectsAMissingRefugeBlock) {
  std::string text = edited("gad-7", "\"refuge\": {", "\"elsewhere\": {");
  expect_error("gad-7", text, 1, "missing \"refuge\"");
}

TEST(InstrumentLoader, RejectsAScaleNamingAnUnknownItem) {
  std::string text = edited("scs-sf", "\"items\": [2, 6]", "\"items\": [2, 13]");
  expect_error("scs-sf", text, line_of(text, "[2, 13]"), "there is no item 13");
}

TEST(InstrumentLoader, RejectsAReverseKeyOutsideItsScale) {
  std::string text = edited("ecr-r", "\"reverse\": [9, 11]", "\"reverse\": [9, 11, 19]");
  expect_error("ecr-r", text, line_of(text, "[9, 11, 19]"),
               "reverse-keyed item 19 is not one of its items");
}

TEST(InstrumentLoader, RejectsAnUnknownAggregation) {
  std::string text = edited("phq-9", "\"aggregation\": \"sum\"", "\"aggregation\": \"median\"");
  expect_error("phq-9", text, line_of(text, "median"), "\"mean\" or \"sum\"");
}

TEST(InstrumentLoader, RejectsBoundsThatTheItemsCannotReach) {
  std::string text = edited("phq-9", "\"max\": 27", "\"max\": 30");
  expect_error("phq-9", text, line_of(text, "\"max\": 30"), "\"max\" must be 27");
}

TEST(InstrumentLoader, RejectsOverlappingBandsAndBandsShortOfTheMaximum) {
  std::string overlap = edited("gad-7", "\"from\": 5", "\"from\": 4");
  expect_error("gad-7", overlap, line_of(overlap, "\"from\": 4"), "overlaps band 'minimal'");
  std::string short_of = edited("gad-7", "\"to\": 21", "\"to\": 20");
  expect_error("gad-7", short_of, line_of(short_of, "\"to\": 20"), "scale maximum 21");
}

TEST(InstrumentLoader, RejectsAReliabilityOutsideZeroToOne) {
  std::string text = edited("gad-7", "\"reliability\": 0.87", "\"reliability\": 1.3");
  expect_error("gad-7", text, line_of(text, "\"reliability\": 1.3"), "between 0 and 1");
}

TEST(InstrumentLoader, RejectsAnItemThatNoScaleScores) {
  std::string text = edited("phq-9", "\"unscored_items\": [10]", "\"unscored_items\": []");
  expect_error("phq-9", text, line_of(text, "\"scales\""), "item 10 is in no scale");
}

TEST(InstrumentLoader, RejectsAMapWithoutFourRegions) {
  // The fearful region claims the anxious quadrant (high anxiety, low avoidance).
  std::string text = edited("ecr-r",
                            "\"label\": \"Fearful\",\n          \"anxiety\": \"high\",\n          "
                            "\"avoidance\": \"high\"",
                            "\"label\": \"Fearful\",\n          \"anxiety\": \"high\",\n          "
                            "\"avoidance\": \"low\"");
  expect_error("ecr-r", text, line_of(text, "\"id\": \"fearful\"") - 1, "same quadrant");
}

TEST(InstrumentLoader, RejectsAWrongTypeWithTheFieldsLine) {
  std::string text = edited("scs-sf", "\"minutes\": 3", "\"minutes\": \"three\"");
  expect_error("scs-sf", text, line_of(text, "\"three\""), "\"minutes\" must be a whole number");
  std::string missing = edited("scs-sf", "\"direction\": \"higher_is_better\",", "");
  expect_error("scs-sf", missing, line_of(missing, "\"id\": \"self_kindness\"") - 1,
               "missing \"direction\"");
}

TEST(InstrumentLoader, RejectsAFileWhoseNameIsNotItsId) {
  auto r = load_instrument_file({"/x/content/instruments/scs.json", instrument_text("scs-sf")});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "/x/content/instruments/scs.json:3: the id 'scs-sf' must match the file name");
}

TEST(InstrumentLoader, RejectsTheSameInstrumentTwice) {
  auto r = Catalog::load(
      {{"a/gad-7.json", instrument_text("gad-7")}, {"b/gad-7.json", instrument_text("gad-7")}});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("defined twice"), std::string::npos);
}

}  // namespace
}  // namespace refuge::instruments
