// Bad content is refused with "<file>:<line>: <field>: what is wrong".
#include <gtest/gtest.h>

#include "core/analysis/analyser.h"

namespace refuge::analysis {
namespace {

const char* kWords = R"({"source": "test", "notes": "test", "rewrites": {},
  "classes": {"subject_i": {"words": ["i"]}, "clause_links": {"words": ["and"]},
    "negators": {"words": ["not"]}, "hedges": {"words": ["maybe"]},
    "report_verbs": {"words": ["said"]}, "past_markers": {"words": ["used to"]},
    "question_words": {"words": ["why"]}, "question_aux": {"words": ["am"]},
    "pronouns": {"words": ["i"]}, "abbreviations": {"words": ["dr"]},
    "labels": {"words": ["failure"]}}})";

std::string build_error(const std::string& words, const std::string& rules) {
  auto w = content::JsonSource::parse("words.json", words);
  if (!w.ok()) return w.status().message();
  auto r = content::JsonSource::parse("traps.json", rules);
  if (!r.ok()) return r.status().message();
  auto a = Analyser::build(*w, {*r});
  return a.ok() ? "" : a.status().message();
}

std::string rules_with(const std::string& rule) {
  return "{\"family\": \"t\", \"source\": \"s\", \"notes\": \"n\",\n\"rules\": [\n" + rule + "]}";
}

TEST(AnalyserContent, AGoodRuleFileBuilds) {
  EXPECT_EQ(build_error(kWords, rules_with(R"({"id": "a", "types": ["labeling"],
    "patterns": ["i am {labels}"]})")), "");
}

TEST(AnalyserContent, AnUnknownTypeNamesFileLineAndField) {
  EXPECT_EQ(build_error(kWords, rules_with("{\"id\": \"a\",\n\"types\": [\"labelling\"],\n"
                                           "\"patterns\": [\"i am {labels}\"]}")),
            "traps.json:4: rules/0/types/0: is not a finding type: labelling");
}

TEST(AnalyserContent, AnUnknownClassInAPatternIsNamed) {
  EXPECT_EQ(build_error(kWords, rules_with("{\"id\": \"a\", \"types\": [\"labeling\"],\n"
                                           "\"patterns\": [\"i am\",\n\"i am {lables}\"]}")),
            "traps.json:5: rules/0/patterns/1: no such class in words.json: {lables}");
}

TEST(AnalyserContent, PatternSyntaxErrorsAreExplained) {
  auto err = [](const std::string& pattern) {
    return build_error(kWords, rules_with("{\"id\": \"a\", \"types\": [\"labeling\"], "
                                          "\"patterns\": [\"" + pattern + "\"]}"));
  };
  EXPECT_NE(err("... i am").find("must start with a word"), std::string::npos);
  EXPECT_NE(err("i am ...").find("cannot end with a gap"), std::string::npos);
  EXPECT_NE(err("I am").find("lower case"), std::string::npos);
  EXPECT_NE(err("i {labels").find("unclosed"), std::string::npos);
  EXPECT_NE(err("i ... am ... a ... b").find("at most two gaps"), std::string::npos);
}

// Alternatives are one word each: a phrase written among them would be split silently.
TEST(AnalyserContent, PhrasesWrittenAsAlternativesAreRefusedWithFileAndLine) {
  auto err = [](const std::string& pattern) {
    return build_error(kWords, rules_with("{\"id\": \"a\", \"types\": [\"labeling\"],\n"
                                          "\"patterns\": [\"i am\",\n\"" + pattern + "\"]}"));
  };
  const std::string where = "traps.json:5: rules/0/patterns/1: alternatives are one word";
  for (const char* p : {
           "my life is a joke|a waste",
           "no reason to live|no reason to exist",
           "i am worthless|a joke",
           "i am {labels}|a failure",
           "deserve to be hurt|punished|in pain",
           "deserve pain|to suffer|to bleed",
           "they are at fault|to blame",
           "ashamed of myself|who i am",
           "i gave everything|my best and",
           "my friends are all|have all",
           "makes me feel|made me feel",
           "because i|of me",
           "it was luck|a fluke|pity really"}) {
    EXPECT_EQ(err(p).substr(0, where.size()), where) << p;
  }
  // One-word alternatives, articles among determiners, an article at the end or before a gap,
  // and "to", "of" and "about" standing alone among verbs or among other prepositions are fine.
  for (const char* p : {
           "i am a|an {labels}",
           "not see|have|find a|any reason to live|exist",
           "death would be {labels}|nice|a",
           "i fear that|the|losing",
           "want|ready|about to end it",
           "think|thinking about|of dying",
           "i am sick|tired of|with myself",
           "all|entirely my fault|doing",
           "i drag them|him|her|everyone down",
           "the|everyone ... thinks i"}) {
    EXPECT_EQ(err(p), "") << p;
  }
}

// `with` looks in the match's clause, `with_in_sentence` across the sentence's commas,
// `with_in_text` anywhere in the text; `without_in_sentence` is quiet in the whole sentence.
TEST(AnalyserContent, WithInTextLooksAcrossSentencesAndWithOnlyInTheClause) {
  auto build = [](const std::string& field) {
    auto w = content::JsonSource::parse("words.json", kWords);
    auto r = content::JsonSource::parse(
        "traps.json", rules_with(R"({"id": "a", "types": ["labeling"], ")" + field +
                                 R"(": ["{labels}"], "patterns": ["i did it"]})"));
    EXPECT_TRUE(w.ok() && r.ok());
    auto a = Analyser::build(*w, {*r});
    EXPECT_TRUE(a.ok()) << a.status().message();
    return std::move(a.value());
  };
  struct Case {
    const char* field;
    const char* text;
    bool found;
  };
  for (const Case& c : {Case{"with_in_text", "i did it. what a failure.", true},
                        Case{"with_in_text", "failure again. i did it", true},
                        Case{"with_in_text", "i did it. what a day.", false},
                        Case{"with", "i did it. what a failure.", false},
                        Case{"with", "i did it, what a failure.", false},
                        Case{"with", "i did it and failure", true},
                        Case{"with_in_sentence", "i did it, what a failure.", true},
                        Case{"with_in_sentence", "failure; i did it", true},
                        Case{"with_in_sentence", "i did it. what a failure.", false},
                        Case{"without_in_sentence", "i did it, what a failure.", false},
                        Case{"without_in_sentence", "i did it. what a failure.", true},
                        Case{"without_in_sentence", "i did it", true}}) {
    EXPECT_EQ(!build(c.field).analyse(c.text).findings().empty(), c.found)
        << c.field << ": " << c.text;
  }
  EXPECT_EQ(build_error(kWords, rules_with("{\"id\": \"a\", \"types\": [\"labeling\"],\n"
                                           "\"with_in_text\": [\"{lables}\"], \"patterns\": [\"i\"]}")),
            "traps.json:4: rules/0/with_in_text/0: no such class in words.json: {lables}");
}

TEST(AnalyserContent, ConfidenceOutOfRangeAndDuplicateIdsAreRefused) {
  EXPECT_EQ(build_error(kWords, rules_with("{\"id\": \"a\", \"types\": [\"labeling\"],\n"
                                           "\"confidence\": 1.5, \"patterns\": [\"i\"]}")),
            "traps.json:4: rules/0/confidence: must be a number from 0 to 1");
  EXPECT_NE(build_error(kWords, rules_with(R"({"id": "a", "types": ["labeling"], "patterns": ["i"]},
    {"id": "a", "types": ["labeling"], "patterns": ["i"]})")).find("is used by another rule"),
            std::string::npos);
}

TEST(AnalyserContent, WordsJsonMustDefineTheContextClassesAndNoCycles) {
  std::string missing = kWords;
  missing.replace(missing.find("\"hedges\""), 6, "\"hedgez");
  EXPECT_NE(build_error(missing, rules_with(R"({"id": "a", "types": ["labeling"],
    "patterns": ["i"]})")).find("must define the class \"hedges\""), std::string::npos);
  std::string cyclic = kWords;
  cyclic.replace(cyclic.find("[\"failure\"]"), 11, "[\"{labels}\"]");
  EXPECT_NE(build_error(cyclic, "{}").find("includes itself"), std::string::npos);
}

TEST(AnalyserContent, BrokenJsonNamesTheLine) {
  EXPECT_EQ(build_error(kWords, "{\"family\": \"t\",\n\"rules\": [\n}").substr(0, 13),
            "traps.json:3:");
}

// A class used in "with" may hold phrases: the clause holds the class when the whole phrase is in it.
TEST(AnalyserContent, APhraseInAWithClassCountsWhenTheWholePhraseIsInTheClause) {
  std::string words = kWords;
  words.replace(words.find("\"labels\""), 8, "\"bad\": {\"words\": [\"give up\"]}, \"labels\"");
  auto w = content::JsonSource::parse("words.json", words);
  ASSERT_TRUE(w.ok()) << w.status().message();
  auto r = content::JsonSource::parse("traps.json", rules_with(R"({"id": "a",
    "types": ["overgeneralizing"], "with": ["{bad}"], "patterns": ["always"]})"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto a = Analyser::build(*w, {*r});
  ASSERT_TRUE(a.ok()) << a.status().message();
  auto found = [&](std::string_view text) {
    for (const auto& s : a->analyse(text).sentences) {
      if (!s.findings.empty()) return true;
    }
    return false;
  };
  EXPECT_TRUE(found("i always give up"));
  EXPECT_FALSE(found("i always give in"));
  EXPECT_FALSE(found("i always give, up"));
}

}  // namespace
}  // namespace refuge::analysis
