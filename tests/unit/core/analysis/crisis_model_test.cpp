// The crisis model: how it reads a sentence, how bad model files are refused, and how the
// analyser uses it only where no rule has marked crisis, reading the pieces of unpunctuated
// typing together and each sentence with the one before it.
#include "core/analysis/crisis_model.h"

#include <cmath>

#include <gtest/gtest.h>

#include "core/analysis/analyser.h"

namespace refuge::analysis {
namespace {

Result<CrisisModel> parse(const std::string& text) {
  auto src = content::JsonSource::parse("crisis_model.json", text);
  if (!src.ok()) return src.status();
  return CrisisModel::parse(*src);
}

std::string model_with(const std::string& weights, const std::string& threshold = "0.9") {
  return "{\"source\": \"test\", \"notes\": \"test\",\n\"threshold\": " + threshold +
         ",\n\"confidence\": 0.6,\n\"bias\": 0,\n\"weights\": {\n" + weights + "}}";
}

double sigmoid(double z) { return 1 / (1 + std::exp(-z)); }

TEST(CrisisModel, ReadsWordsAndPairsOnceEachLowerCaseWithoutApostrophes) {
  auto m = parse(model_with(R"("want": 1.0, "want die": 2.0, "dont": 0.5)"));
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->feature_count(), 3u);
  EXPECT_DOUBLE_EQ(m->probability(""), 0.5);
  EXPECT_NEAR(m->probability("I Want, to die"), sigmoid(1.0), 1e-12);  // "want die" is no pair
  EXPECT_NEAR(m->probability("WANT die"), sigmoid(3.0), 1e-12);
  EXPECT_NEAR(m->probability("want want want"), sigmoid(1.0), 1e-12);  // a feature counts once
  EXPECT_NEAR(m->probability("Don't want"), sigmoid(1.5), 1e-12);
  EXPECT_NEAR(m->probability("Don\u2019t want"), sigmoid(1.5), 1e-12);  // the curly apostrophe
  EXPECT_NEAR(m->probability("want\u00a0die"), sigmoid(3.0), 1e-12);  // any other byte separates
  EXPECT_NEAR(m->probability("wanted"), 0.5, 1e-12);                    // whole words only
  EXPECT_EQ(m->threshold(), 0.9);
  EXPECT_EQ(m->confidence(), 0.6);
}

TEST(CrisisModel, JoinedReadingsCountEachFeatureOnceAndNoPairAcrossTheGap) {
  auto m = parse(model_with(R"("want": 1.0, "want die": 2.0, "dont": 0.5, "dont want": 4.0)"));
  ASSERT_TRUE(m.ok()) << m.status().message();
  CrisisModel::Reading a, b;
  m->read("Want die.", a);
  m->read("I don't want", b);
  a.join(b);
  EXPECT_NEAR(m->probability(a), sigmoid(1.0 + 2.0 + 0.5 + 4.0), 1e-12);  // "want" once
  m->read("I don't", a);
  m->read("want", b);
  a.join(b);
  EXPECT_NEAR(m->probability(a), sigmoid(0.5 + 1.0), 1e-12);  // "dont want" spans the gap
  b.clear();
  a.join(b);
  EXPECT_NEAR(m->probability(a), sigmoid(1.5), 1e-12);
}

TEST(CrisisModel, BadFilesNameFileLineAndField) {
  auto missing = parse("{\"source\": \"s\", \"notes\": \"n\",\n\"confidence\": 0.6, \"bias\": 0,\n"
                       "\"weights\": {\"a\": 1}}");
  EXPECT_EQ(missing.status().message(), "crisis_model.json:1: threshold: is missing");
  EXPECT_EQ(parse(model_with(R"("a": 1)", "1.5")).status().message(),
            "crisis_model.json:2: threshold: must be a number from 0.5 to 0.99");
  EXPECT_EQ(parse(model_with("\"a\": 1,\n\"Want\": 2")).status().message(),
            "crisis_model.json:7: weights/Want: a feature is one or two words of a-z and 0-9 "
            "with one space between");
  EXPECT_EQ(parse(model_with("\"a b c\": 2")).status().message(),
            "crisis_model.json:6: weights/a b c: a feature is one or two words of a-z and 0-9 "
            "with one space between");
  EXPECT_EQ(parse(model_with("\"a\": \"heavy\"")).status().message(),
            "crisis_model.json:6: weights/a: must be a number from -100 to 100");
  EXPECT_EQ(parse(model_with("")).status().message(),
            "crisis_model.json:5: weights: must be an object of \"word\" or \"word word\": weight");
  EXPECT_EQ(parse("{\"source\": \"s\",\n\"weigths\": {}}").status().message(),
            "crisis_model.json:2: weigths: is not a known field");
}

const char* kWords = R"({"source": "test", "notes": "test", "rewrites": {},
  "classes": {"subject_i": {"words": ["i"]}, "clause_links": {"words": ["and"]},
    "negators": {"words": ["not"]}, "hedges": {"words": ["maybe"]},
    "report_verbs": {"words": ["said"]}, "past_markers": {"words": ["used to"]},
    "question_words": {"words": ["why"]}, "question_aux": {"words": ["am"]},
    "pronouns": {"words": ["i"]}, "abbreviations": {"words": ["dr"]}}})";
const char* kRules = R"({"family": "t", "source": "s", "notes": "n", "rules": [
  {"id": "c", "types": ["crisis"], "confidence": 0.95, "negation": "lower",
   "patterns": ["kill myself"]}]})";

Analyser analyser_with(const std::string& model) {
  auto w = content::JsonSource::parse("words.json", kWords);
  auto r = content::JsonSource::parse("crisis.json", kRules);
  auto m = content::JsonSource::parse("crisis_model.json", model);
  EXPECT_TRUE(w.ok() && r.ok() && m.ok());
  auto a = Analyser::build(*w, {*r}, &*m);
  EXPECT_TRUE(a.ok()) << a.status().message();
  return std::move(a.value());
}

TEST(CrisisModel, TheAnalyserAsksItOnlyWhereNoRuleFoundCrisis) {
  Analyser a = analyser_with(model_with(R"("sleep forever": 10, "kill": 10, "myself": 10)"));
  Analysis got = a.analyse("Work was long. I want to sleep forever. I want to kill myself.");
  ASSERT_EQ(got.sentences.size(), 3u);
  EXPECT_TRUE(got.sentences[0].findings.empty());
  ASSERT_EQ(got.sentences[1].findings.size(), 1u);
  const Finding& model = got.sentences[1].findings[0];
  EXPECT_EQ(model.type, FindingType::crisis);
  EXPECT_EQ(model.confidence, 0.6);
  EXPECT_EQ(model.cue.rfind("I want to sleep forever", 0), 0u) << model.cue;  // the sentence
  ASSERT_EQ(got.sentences[2].findings.size(), 1u);  // the rule's finding, not a second one
  EXPECT_EQ(got.sentences[2].findings[0].confidence, 0.95);
  EXPECT_EQ(got.sentences[2].findings[0].cue, "kill myself");
  EXPECT_TRUE(got.crisis);
  EXPECT_TRUE(a.has_crisis_language("i want to sleep forever"));
  EXPECT_FALSE(a.has_crisis_language("i want to sleep in on sunday"));
}

TEST(CrisisModel, ThePiecesOfUnpunctuatedTypingAndNeighbouringSentencesAreReadTogether) {
  // Each word alone: sigmoid(1.5) = 0.82, under 0.9; both together: sigmoid(3) = 0.95.
  Analyser a = analyser_with(model_with(R"("gone": 1.5, "breathing": 1.5)"));
  const std::string typed = "its like im already gone i just keep breathing";
  Analysis got = a.analyse(typed);
  ASSERT_EQ(got.sentences.size(), 2u);  // split at "i", as phone typing is
  EXPECT_TRUE(got.crisis);
  for (const Sentence& s : got.sentences) {
    ASSERT_EQ(s.findings.size(), 1u);
    EXPECT_EQ(s.findings[0].type, FindingType::crisis);
    EXPECT_EQ(s.findings[0].cue, typed.substr(s.start, s.end - s.start));  // each its own piece
  }
  // Sentences the writer ended are read alone and in neighbouring pairs within a paragraph.
  got = a.analyse("It's like I'm already gone. I just keep breathing. Lunch was fine.");
  ASSERT_EQ(got.sentences.size(), 3u);
  EXPECT_EQ(got.sentences[0].findings.size(), 1u);
  EXPECT_EQ(got.sentences[1].findings.size(), 1u);
  EXPECT_TRUE(got.sentences[2].findings.empty());
  EXPECT_FALSE(a.has_crisis_language("It's like I'm already gone.\nI just keep breathing."));
  EXPECT_FALSE(a.has_crisis_language("All gone. Lunch was fine. I keep breathing."));
  // A rule's finding in one piece leaves the model out of the whole run.
  got = a.analyse("all gone and breathing i want to kill myself");
  ASSERT_EQ(got.sentences.size(), 2u);
  EXPECT_TRUE(got.sentences[0].findings.empty());
  ASSERT_EQ(got.sentences[1].findings.size(), 1u);
  EXPECT_EQ(got.sentences[1].findings[0].cue, "kill myself");
}

TEST(CrisisModel, ABadModelStopsTheAnalyserBuilding) {
  auto w = content::JsonSource::parse("words.json", kWords);
  auto r = content::JsonSource::parse("crisis.json", kRules);
  auto m = content::JsonSource::parse("crisis_model.json", model_with("\"x y z\": 1"));
  auto a = Analyser::build(*w, {*r}, &*m);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message().rfind("crisis_model.json:6: weights/x y z:", 0), 0u);
}

}  // namespace
}  // namespace refuge::analysis
