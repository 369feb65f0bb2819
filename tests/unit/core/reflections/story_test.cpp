// A person's attachment story: written per topic with its time, limits refused with a locale key
// (the story unchanged), blank words take a topic out, and the sealed plaintext round-trips.
#include "core/reflections/story.h"

#include <gtest/gtest.h>

namespace refuge::reflections {
namespace {

TopicCatalog Catalog() {
  auto src = content::JsonSource::parse("t.json", R"({"source": "s", "notes": "n", "topics": [
    {"id": "who-raised-you", "title": "Who", "prompt": "Who?"},
    {"id": "losses", "title": "Losses", "prompt": "What?"}]})");
  EXPECT_TRUE(src.ok());
  auto c = TopicCatalog::parse(*src);
  EXPECT_TRUE(c.ok()) << c.status().message();
  return std::move(c.value());
}

TEST(Story, WritingKeepsTheWordsAsWrittenWithTheirTime) {
  TopicCatalog c = Catalog();
  Story s;
  EXPECT_EQ(s.updated_at(), 0);
  ASSERT_TRUE(write_reflection(s, c, "losses", "  My grandmother.\r\nHer garden.\n", 100).ok());
  ASSERT_TRUE(write_reflection(s, c, "who-raised-you", "Mum and Dad", 200).ok());
  ASSERT_NE(s.find("losses"), nullptr);
  EXPECT_EQ(s.find("losses")->text, "  My grandmother.\r\nHer garden.\n");
  EXPECT_EQ(s.find("losses")->updated_at, 100);
  EXPECT_EQ(s.updated_at(), 200);
  ASSERT_TRUE(write_reflection(s, c, "losses", "Changed", 300).ok());
  EXPECT_EQ(s.find("losses")->text, "Changed");
  EXPECT_EQ(s.find("losses")->updated_at, 300);
  EXPECT_EQ(s.find("who-raised-you")->updated_at, 200) << "other topics keep their time";
}

TEST(Story, BlankWordsTakeATopicOutOfTheStory) {
  TopicCatalog c = Catalog();
  Story s;
  ASSERT_TRUE(write_reflection(s, c, "losses", "words", 1).ok());
  ASSERT_TRUE(write_reflection(s, c, "losses", " \n\t ", 2).ok());
  EXPECT_EQ(s.find("losses"), nullptr);
  ASSERT_TRUE(write_reflection(s, c, "who-raised-you", "", 3).ok());
  EXPECT_TRUE(s.reflections.empty());
}

TEST(Story, LimitsAreRefusedWithALocaleKeyAndTheStoryUnchanged) {
  TopicCatalog c = Catalog();
  Story s;
  ASSERT_TRUE(write_reflection(s, c, "losses", "kept", 1).ok());
  const Story before = s;

  Status unknown = write_reflection(s, c, "siblings", "text", 2);
  EXPECT_TRUE(unknown.Is(Status::Code::kNotFound));
  EXPECT_EQ(unknown.message(), "errors.reflection_topic_unknown");

  // 10,000 characters are fine even when each takes several bytes; one more is not.
  std::string most;
  for (std::size_t i = 0; i < kMaxReflectionCodePoints; ++i) most += "é";
  Story roomy;
  EXPECT_TRUE(write_reflection(roomy, c, "losses", most, 2).ok());
  Status too_long = write_reflection(s, c, "losses", most + "x", 2);
  EXPECT_TRUE(too_long.Is(Status::Code::kInvalidArgument));
  EXPECT_EQ(too_long.message(), "errors.reflection_too_long");

  Status unreadable = write_reflection(s, c, "losses", "caf\xC3", 2);
  EXPECT_EQ(unreadable.message(), "errors.text_unreadable");
  // A broken byte among spaces is still refused, not trimmed away as "blank".
  EXPECT_EQ(write_reflection(s, c, "losses", " \xFF ", 2).message(), "errors.text_unreadable");
  EXPECT_EQ(s, before);
  EXPECT_TRUE(check_reflection(c, "losses", "fine").ok());
}

TEST(Story, TheSealedPlaintextRoundTrips) {
  TopicCatalog c = Catalog();
  Story s;
  ASSERT_TRUE(write_reflection(s, c, "losses", "Line one\n\"quoted\" — ünïcode", 7).ok());
  ASSERT_TRUE(write_reflection(s, c, "who-raised-you", "Nan", 9).ok());
  // A topic no longer offered keeps its words.
  s.reflections["retired-topic"] = Reflection{"old words", 5};
  auto back = decode_story(encode_story(s));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, s);
  auto empty = decode_story(encode_story(Story{}));
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->reflections.empty());
}

TEST(Story, AnUnreadablePlaintextIsCorruption) {
  for (const char* bad :
       {"", "[]", R"({"topics":{}})", R"({"v":2,"topics":{}})", R"({"v":1})",
        R"({"v":1,"topics":{"a":"text"}})", R"({"v":1,"topics":{"a":{"text":1,"updated_at":1}}})",
        R"({"v":1,"topics":{"a":{"text":"t"}}})"}) {
    auto r = decode_story(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_TRUE(r.status().Is(Status::Code::kCorruption)) << bad;
  }
}

}  // namespace
}  // namespace refuge::reflections
