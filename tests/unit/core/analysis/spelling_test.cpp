// Slips of the keyboard: a word one slip from exactly one lexicon word, and from no other English
// word, is read as that word; real words, ambiguous slips, short words and words two slips away
// are left as typed; the word list is validated with file:line.
#include "core/analysis/spelling.h"

#include <gtest/gtest.h>

#include "core/analysis/tokenizer.h"
#include "tests/unit/core/analysis/shipped_analyser.h"

namespace refuge::analysis {
namespace {

Lexicon lexicon() {
  auto src = content::JsonSource::parse("words.json", R"({"source": "test", "notes": "test",
    "rewrites": {"misspellings": {"failer": "failure", "shouldnt": "should not"}},
    "classes": {"subject_i": {"words": ["i"]}, "clause_links": {"words": ["and"]},
      "negators": {"words": ["not"]}, "hedges": {"words": ["maybe"]},
      "report_verbs": {"words": ["said"]}, "past_markers": {"words": ["used to"]},
      "question_words": {"words": ["why"]}, "question_aux": {"words": ["am"]},
      "pronouns": {"words": ["i"]}, "abbreviations": {"words": ["dr"]},
      "labels": {"words": ["worthless", "failure", "loser", "relieve", "lonely", "lovely", "hate",
                            "grandmother"]}}})");
  EXPECT_TRUE(src.ok()) << src.status().message();
  auto lex = Lexicon::parse(*src);
  EXPECT_TRUE(lex.ok()) << lex.status().message();
  lex->finish();
  return std::move(lex.value());
}

constexpr const char* kEnglish =
    "# a comment\n"
    "worthless\nfailure\nloser\nlover\nreceive\nrelieve\nlonely\nlovely\nhate\n\nhater\n"
    "grandmother\n";

class SpellingTest : public ::testing::Test {
 protected:
  Lexicon lex_ = lexicon();
  Spelling spelling_ = [this] {
    auto s = Spelling::build({"english_words.txt", kEnglish}, lex_);
    EXPECT_TRUE(s.ok()) << s.status().message();
    return std::move(s.value());
  }();

  // The word `typed` is read as, or "" when it is left as typed.
  std::string read(std::string_view typed) {
    std::size_t budget = 10;
    const std::vector<WordId>* r = spelling_.correct(typed, budget);
    return r == nullptr ? "" : lex_.word(r->front());
  }
};

TEST(OneSlipApart, ALetterLeftOutAddedChangedOrTwoSwapped) {
  EXPECT_TRUE(one_slip_apart("worthlss", "worthless"));
  EXPECT_TRUE(one_slip_apart("worthless", "worthlss"));
  EXPECT_TRUE(one_slip_apart("worthlesse", "worthless"));
  EXPECT_TRUE(one_slip_apart("worthlass", "worthless"));
  EXPECT_TRUE(one_slip_apart("wrothless", "worthless"));
  EXPECT_TRUE(one_slip_apart("worthlesa", "worthless"));
  EXPECT_FALSE(one_slip_apart("worthless", "worthless"));
  EXPECT_TRUE(one_slip_apart("wortlhess", "worthless"));
  EXPECT_FALSE(one_slip_apart("wrothlss", "worthless"));   // two slips
  EXPECT_FALSE(one_slip_apart("wrothelss", "worthless"));  // two swaps
  EXPECT_FALSE(one_slip_apart("worth", "worthless"));
  EXPECT_FALSE(one_slip_apart("abc", "cba"));
}

TEST_F(SpellingTest, AWordOneSlipFromOneLexiconWordIsReadAsIt) {
  EXPECT_EQ(read("worthlss"), "worthless");   // a letter left out
  EXPECT_EQ(read("worthlesse"), "worthless");  // one added
  EXPECT_EQ(read("worthlass"), "worthless");  // one changed
  EXPECT_EQ(read("wrothless"), "worthless");  // two swapped
  EXPECT_EQ(read("failre"), "failure");       // "failure", or the rewritten "failer": one reading
}

TEST_F(SpellingTest, RealWordsAmbiguousSlipsShortWordsAndTwoSlipsAreLeftAsTyped) {
  EXPECT_EQ(read("lover"), "");      // an English word, one slip from "loser"
  EXPECT_EQ(read("recieve"), "");    // receive (not the lexicon's) or relieve
  EXPECT_EQ(read("lomely"), "");     // lonely or lovely
  EXPECT_EQ(read("hatte"), "");      // "hate" has under five letters
  EXPECT_EQ(read("hste"), "");       // four letters
  EXPECT_EQ(read("wrothlss"), "");   // two slips
  EXPECT_EQ(read("worthl3ss"), "");  // not letters
}

TEST_F(SpellingTest, TheChecksAgainstEveryEnglishWordStopWhenTheBudgetIsSpent) {
  std::size_t budget = 1;
  EXPECT_NE(spelling_.correct("worthlss", budget), nullptr);
  EXPECT_EQ(budget, 0u);
  EXPECT_EQ(spelling_.correct("worthlss", budget), nullptr);
  budget = 1;
  EXPECT_EQ(spelling_.correct("zzzzzzz", budget), nullptr);  // no lexicon word near: no check
  EXPECT_EQ(budget, 1u);
}

TEST_F(SpellingTest, TheTokenKeepsTheSpanOfWhatWasTyped) {
  Tokens t;
  const std::string text = "so worthlss today";
  tokenize(text, lex_, t, &spelling_);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[1].word, lex_.find("worthless"));
  EXPECT_EQ(text.substr(t.tokens[1].start, t.tokens[1].end - t.tokens[1].start), "worthlss");
  ASSERT_EQ(t.slips.size(), 1u);  // what the crisis model reads instead
  EXPECT_EQ(t.slips[0].start, 3u);
  EXPECT_EQ(t.slips[0].end, 11u);
  EXPECT_EQ(t.slips[0].form, "worthless");
  tokenize(text, lex_, t);  // without a word list the slip is an unknown word
  EXPECT_EQ(t.tokens[1].word, kUnknownWord);
  EXPECT_TRUE(t.slips.empty());
}

TEST_F(SpellingTest, ASlipInAWordWithAnApostropheIsReadWithoutIt) {
  Tokens t;
  tokenize("i sohuldn’t", lex_, t, &spelling_);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[1].word, lex_.find("should"));
  EXPECT_EQ(t.tokens[2].word, lex_.find("not"));
}

TEST_F(SpellingTest, ASlipBeforeAPossessiveIsReadAsTheWord) {
  Tokens t;
  tokenize("my garndmother’s house", lex_, t, &spelling_);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[1].word, lex_.find("grandmother"));
}

TEST(SpellingWordList, ALineThatIsNotOneLowerCaseWordIsRefusedWithFileAndLine) {
  const Lexicon lex = lexicon();
  for (const char* bad : {"Hello", "two words", "don't", "naïve"}) {
    auto s = Spelling::build({"content/analysis/english_words.txt",
                              std::string("# notes\nfine\n") + bad + "\n"},
                             lex);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.status().message().rfind("content/analysis/english_words.txt:3: ", 0), 0u)
        << s.status().message();
  }
}

// With the shipped word list and lexicons: slips in the words that carry a trap or risk.
TEST(ShippedSpelling, SlipsInTheWordsThatCarryATrapOrRiskAreRead) {
  using testing::finds;
  EXPECT_TRUE(finds("im such a failre", FindingType::labeling));
  EXPECT_TRUE(finds("i feel so worthlss", FindingType::self_criticism));
  EXPECT_TRUE(finds("she probaly hates me", FindingType::mind_reading));
  EXPECT_TRUE(testing::shipped().has_crisis_language("honestly i am suicdal again"));
  EXPECT_TRUE(testing::shipped().has_crisis_language("i want to kill myselv"));
  // A real word stays itself: a lover is not a loser.
  EXPECT_TRUE(finds("i am a loser", FindingType::labeling));
  EXPECT_FALSE(finds("i am a lover of old films", FindingType::labeling));
}

}  // namespace
}  // namespace refuge::analysis
