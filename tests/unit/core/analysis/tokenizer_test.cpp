// The tokenizer: contractions and misspellings, curly apostrophes, offsets, sentences without
// punctuation, emoji.
#include "core/analysis/tokenizer.h"

#include <gtest/gtest.h>

namespace refuge::analysis {
namespace {

Lexicon lexicon() {
  auto src = content::JsonSource::parse("words.json", R"({"source": "test", "notes": "test",
    "rewrites": {"contractions": {"im": "i am", "i'm": "i am", "dont": "do not", "don't": "do not"},
                 "misspellings": {"failiure": "failure"}},
    "classes": {"subject_i": {"words": ["i"]}, "clause_links": {"words": ["think", "and"]},
      "negators": {"words": ["not"]}, "hedges": {"words": ["maybe"]},
      "report_verbs": {"words": ["said"]}, "past_markers": {"words": ["used to"]},
      "question_words": {"words": ["why"]}, "question_aux": {"words": ["am"]},
      "pronouns": {"words": ["i"]}, "abbreviations": {"words": ["dr"]},
      "labels": {"words": ["failure", "so sad"]}, "noun_openers": {"words": ["the"]}}})");
  EXPECT_TRUE(src.ok()) << src.status().message();
  auto lex = Lexicon::parse(*src);
  EXPECT_TRUE(lex.ok()) << lex.status().message();
  return std::move(lex.value());
}

std::vector<std::string> words(const Lexicon& lex, const Tokens& t, std::string_view text) {
  std::vector<std::string> out;
  for (const Token& k : t.tokens) {
    out.push_back(k.word == kUnknownWord ? std::string(text.substr(k.start, k.end - k.start))
                                         : "#" + std::to_string(k.word));
  }
  (void)lex;
  return out;
}

TEST(Tokenizer, EveryWayOfTypingImBecomesIAmWithTheSpanOfTheTypedWord) {
  const Lexicon lex = lexicon();
  for (std::string_view text : {"Im", "i'm", "I’m", "IM", "i`m"}) {
    Tokens t;
    tokenize(text, lex, t);
    ASSERT_EQ(t.tokens.size(), 2u) << text;
    EXPECT_EQ(t.tokens[0].word, lex.find("i")) << text;
    EXPECT_EQ(t.tokens[1].word, lex.find("am")) << text;
    EXPECT_EQ(t.tokens[0].start, 0u);
    EXPECT_EQ(t.tokens[1].end, text.size());
  }
}

TEST(Tokenizer, MisspellingsAndStretchedLettersAreReadAsTheWord) {
  const Lexicon lex = lexicon();
  for (std::string_view text : {"failiure", "FAILURE", "failuuure"}) {
    Tokens t;
    tokenize(text, lex, t);
    ASSERT_EQ(t.tokens.size(), 1u) << text;
    EXPECT_EQ(t.tokens[0].word, lex.find("failure")) << text;
  }
}

TEST(Tokenizer, SentencesEndAtPunctuationNewlinesAndEmojiButNotAfterAbbreviations) {
  const Lexicon lex = lexicon();
  Tokens t;
  const std::string text = "I saw Dr. Lee. Then home!\nok 😭 fine? yes";
  tokenize(text, lex, t);
  ASSERT_EQ(t.sentences.size(), 5u);
  EXPECT_EQ(text.substr(t.sentences[0].start, t.sentences[0].end - t.sentences[0].start),
            "I saw Dr. Lee.");
  EXPECT_EQ(text.substr(t.sentences[1].start, t.sentences[1].end - t.sentences[1].start),
            "Then home!");
  EXPECT_TRUE(t.sentences[3].question_mark);
  EXPECT_FALSE(t.sentences[4].question_mark);
}

std::size_t sentence_count(std::string_view text) {
  Tokens t;
  tokenize(text, lexicon(), t);
  return t.sentences.size();
}

TEST(Tokenizer, UnpunctuatedTypingStartsANewSentenceAtIUnlessAWordLinksThem) {
  EXPECT_EQ(sentence_count("i failed the test again i am a failure"), 2u);
  EXPECT_EQ(sentence_count("i really do think i am a failure"), 1u);
  // A capital "I", but no sentence ends marked anywhere.
  EXPECT_EQ(sentence_count("I failed the test again I am a failure"), 2u);
  // A lower-case "i" is phone typing, full stop or not.
  EXPECT_EQ(sentence_count("i failed the test again i am a failure."), 2u);
  // "the wounds i ...": a clause describing a noun, not a new thought.
  EXPECT_EQ(sentence_count("nobody sees the wounds i give myself"), 1u);
}

TEST(Tokenizer, ACapitalIStaysInsideTheSentencesOfPunctuatedText) {
  EXPECT_EQ(sentence_count("Nobody sees the wounds I give myself."), 1u);
  EXPECT_EQ(sentence_count("It was fine. All the notes I wrote last week helped"), 2u);
}

TEST(Tokenizer, ClausesSplitAtCommasAndQuotes) {
  const Lexicon lex = lexicon();
  Tokens t;
  tokenize("no, “really” fine", lex, t);
  EXPECT_EQ(t.sentences.size(), 1u);
  EXPECT_EQ(t.clauses.size(), 3u);
}

TEST(Tokenizer, OffsetsPointAtTheTypedBytesInUnicodeText) {
  const Lexicon lex = lexicon();
  Tokens t;
  const std::string text = "¡Olá! café — naïve 🙂 don’t";
  tokenize(text, lex, t);
  std::vector<std::string> typed;
  for (const Token& k : t.tokens) typed.push_back(text.substr(k.start, k.end - k.start));
  EXPECT_EQ(typed, (std::vector<std::string>{"Olá", "café", "naïve", "don’t", "don’t"}));
  (void)words;
}

TEST(Tokenizer, AdversarialInputsStayFlat) {
  const Lexicon lex = lexicon();
  Tokens t;
  tokenize(std::string(100000, '!'), lex, t);
  EXPECT_TRUE(t.tokens.empty());
  tokenize(std::string(100000, 'a'), lex, t);
  EXPECT_EQ(t.tokens.size(), 1u);
  tokenize("", lex, t);
  EXPECT_TRUE(t.sentences.empty());
}

}  // namespace
}  // namespace refuge::analysis
