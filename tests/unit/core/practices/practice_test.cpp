// The practice file validator: every shipped file passes, and broken files are refused with
// "file:line: what is wrong".
#include "core/practices/practice.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace refuge::practices {
namespace {

const char* kGood = R"({
  "id": "test-practice",
  "title": "A test",
  "purpose": "To test.",
  "component": "mindfulness",
  "suitable_when": ["Always."],
  "informed_by": "Nothing.",
  "lengths": [3, 10],
  "steps": [
    {"text": "Arrive.", "seconds": [60, 300], "cue": "bell"},
    {"text": "Stay.", "seconds": [120, 300]}
  ]
})";

Result<Practice> parse(const std::string& text) {
  auto src = content::JsonSource::parse("test.json", text);
  if (!src.ok()) return src.status();
  return parse_practice(*src);
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
  auto pos = s.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  return s.replace(pos, from.size(), to);
}

TEST(PracticeFile, AGoodFileBecomesOneVariantPerLength) {
  auto p = parse(kGood);
  ASSERT_TRUE(p.ok()) << p.status().message();
  ASSERT_EQ(p->variants.size(), 2u);
  EXPECT_EQ(p->variants[0].id, "3");
  EXPECT_EQ(p->variants[0].total_seconds(), 180);
  EXPECT_EQ(p->variants[1].id, "10");
  EXPECT_EQ(p->variants[1].total_seconds(), 600);
  EXPECT_EQ(p->variants[0].steps[0].cue, Cue::kBell);
  EXPECT_EQ(p->variants[0].steps[1].cue, Cue::kNone);
  EXPECT_FALSE(p->staged);
}

struct Broken {
  std::string from, to, expected;  // the error must contain "test.json:<line>: " + expected
  int line;
};

TEST(PracticeFile, BrokenFilesNameFileLineAndProblem) {
  const Broken cases[] = {
      {"\"component\": \"mindfulness\"", "\"component\": \"yoga\"", "is not an ABCT component", 5},
      {"\"title\": \"A test\",", "", "title: is missing", 1},
      {"[60, 300]", "[60]", "steps/0/seconds: must be a whole number of seconds, or one per", 10},
      {"[120, 300]", "[120, -1]", "steps/1/seconds: must be from 1 to", 11},
      {"\"cue\": \"bell\"", "\"cue\": \"gong\"", "steps/0/cue: must be \"bell\" or \"none\"", 10},
      {"[3, 10]", "[10, 3]", "lengths: must be whole minutes from 1 to 60, ascending", 8},
      {"[120, 300]", "[600, 300]", "the 3 minute version add up to 660 seconds", 9},
      {"\"test-practice\"", "\"Test Practice\"", "id: must use only a-z", 2},
      {"{\"text\": \"Stay.\", \"seconds\": [120, 300]}",
       "{\"text\": \"Stay.\", \"seconds\": [120, 300], \"stage\": \"One\"}",
       "either every step names its stage or none does", 9},
      {"{\"text\": \"Stay.\", \"seconds\": [120, 300]}",
       "{\"text\": \"Stay.\", \"seconds\": [120, 300], \"open_text\": \"Look.\"}",
       "eyes_open_variant", 1},
  };
  for (const auto& c : cases) {
    auto p = parse(replace(kGood, c.from, c.to));
    ASSERT_FALSE(p.ok()) << c.to;
    const std::string& m = p.status().message();
    EXPECT_NE(m.find("test.json:" + std::to_string(c.line) + ": "), std::string::npos) << m;
    EXPECT_NE(m.find(c.expected), std::string::npos) << m;
  }
}

TEST(PracticeFile, SyntaxErrorsNameTheLine) {
  auto p = parse(replace(kGood, "\"Always.\"]", "\"Always.\""));
  ASSERT_FALSE(p.ok());
  // The parser notices the missing "]" where the next key starts.
  EXPECT_NE(p.status().message().find("test.json:7: "), std::string::npos) << p.status().message();
}

TEST(PracticeFile, EyesOpenVariantsUseTheirOwnWords) {
  std::string text = replace(kGood, "\"lengths\": [3, 10],", "\"lengths\": [3, 10], \"eyes_open_variant\": true,");
  text = replace(text, "{\"text\": \"Arrive.\",", "{\"text\": \"Close your eyes.\", \"open_text\": \"Rest your gaze.\",");
  auto p = parse(text);
  ASSERT_TRUE(p.ok()) << p.status().message();
  ASSERT_EQ(p->variants.size(), 4u);
  ASSERT_NE(p->variant("10-open"), nullptr);
  EXPECT_TRUE(p->variant("10-open")->eyes_open);
  EXPECT_EQ(p->variant("10-open")->steps[0].text, "Rest your gaze.");
  EXPECT_EQ(p->variant("10")->steps[0].text, "Close your eyes.");
}

TEST(PracticeFile, StepsCanBelongToSomeLengthsOnly) {
  std::string text = replace(kGood, "{\"text\": \"Stay.\", \"seconds\": [120, 300]}",
                             "{\"text\": \"Stay.\", \"seconds\": [120, 200]}, "
                             "{\"text\": \"Longer.\", \"seconds\": 100, \"only\": [10]}");
  auto p = parse(text);
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p->variant("3")->steps.size(), 2u);
  EXPECT_EQ(p->variant("10")->steps.size(), 3u);
}

TEST(PracticeFile, EveryShippedPracticeIsValidAndLovingKindnessHasItsFiveStages) {
  int count = 0;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(REFUGE_SOURCE_DIR) + "/content/practices")) {
    if (e.path().extension() != ".json") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    auto src = content::JsonSource::parse(e.path().string(), ss.str());
    ASSERT_TRUE(src.ok()) << src.status().message();
    auto p = parse_practice(*src);
    ASSERT_TRUE(p.ok()) << p.status().message();
    EXPECT_EQ(e.path().stem().string(), p->id) << "file name and id agree";
    ++count;
    if (p->id == "loving-kindness") {
      EXPECT_EQ(p->stages(), (std::vector<std::string>{"Yourself", "A benefactor",
                                                       "A neutral person", "A difficult person",
                                                       "All beings"}));
    }
    if (p->id == "safe-place") {
      EXPECT_NE(p->variant("10-open"), nullptr);
    }
  }
  EXPECT_GE(count, 11);
}

}  // namespace
}  // namespace refuge::practices
