#include "core/journal/journal_entry.h"

#include <gtest/gtest.h>

namespace refuge::journal {
namespace {

TEST(JournalEntry, ValidEntryKeepsTextMoodAndCleanTags) {
  auto e = validate_entry({"I felt calmer today.", 7, {" sleep ", "", "family", "sleep"}});
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->text, "I felt calmer today.");
  EXPECT_EQ(e->mood, 7);
  EXPECT_EQ(e->tags, (std::vector<std::string>{"sleep", "family"}));
}

TEST(JournalEntry, EmptyOrWhitespaceTextIsRefused) {
  EXPECT_EQ(validate_entry({"", std::nullopt, {}}).status().message(), "errors.text_empty");
  EXPECT_EQ(validate_entry({" \n\t ", std::nullopt, {}}).status().message(), "errors.text_empty");
}

TEST(JournalEntry, TextLimitIsTwentyThousandCodePoints) {
  std::string at_limit;
  for (int i = 0; i < 20000; ++i) at_limit += "é";  // 40,000 bytes, 20,000 characters
  EXPECT_TRUE(validate_entry({at_limit, std::nullopt, {}}).ok());
  EXPECT_EQ(validate_entry({at_limit + "a", std::nullopt, {}}).status().message(),
            "errors.text_too_long");
}

TEST(JournalEntry, MoodMustBeOneToTen) {
  EXPECT_TRUE(validate_entry({"x", 1, {}}).ok());
  EXPECT_TRUE(validate_entry({"x", 10, {}}).ok());
  EXPECT_EQ(validate_entry({"x", 0, {}}).status().message(), "errors.mood_range");
  EXPECT_EQ(validate_entry({"x", 11, {}}).status().message(), "errors.mood_range");
}

TEST(JournalEntry, TagLimits) {
  std::vector<std::string> many;
  for (int i = 0; i < 21; ++i) many.push_back("t" + std::to_string(i));
  EXPECT_EQ(validate_entry({"x", std::nullopt, many}).status().message(), "errors.too_many_tags");
  EXPECT_EQ(validate_entry({"x", std::nullopt, {std::string(41, 'a')}}).status().message(),
            "errors.tag_too_long");
}

TEST(JournalEntry, InvalidUtf8IsRefused) {
  EXPECT_EQ(validate_entry({"caf\xc3", std::nullopt, {}}).status().message(),
            "errors.text_unreadable");
}

TEST(JournalEntry, EncodedFormIsCompactAndVersioned) {
  std::string e = encode_entry({"hi", 7, {"a"}});
  EXPECT_EQ(e, std::string("\x01\x07\x01\x01\x00" "ahi", 8));
}

TEST(JournalEntry, EncodeDecodeRoundTrips) {
  EntryContent c{"line one\nline \"two\" ✓", 3, {"a", "b"}};
  auto back = decode_entry(encode_entry(c));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, c);
  EntryContent no_mood{"x", std::nullopt, {}};
  EXPECT_EQ(*decode_entry(encode_entry(no_mood)), no_mood);
}

TEST(JournalEntry, DecodeOfGarbageIsCorruption) {
  EXPECT_TRUE(decode_entry("not an entry").status().Is(Status::Code::kCorruption));
  EXPECT_TRUE(decode_entry("").status().Is(Status::Code::kCorruption));
  // A tag longer than what is left, and a mood out of range.
  EXPECT_TRUE(decode_entry(std::string("\x01\x00\x01\x09\x00" "ab", 7)).status().Is(
      Status::Code::kCorruption));
  EXPECT_TRUE(decode_entry(std::string("\x01\x0b\x00text", 7)).status().Is(
      Status::Code::kCorruption));
  // Every prefix of a valid encoding either decodes or is Corruption; none crashes.
  std::string full = encode_entry({"words", 5, {"one", "two"}});
  for (std::size_t n = 0; n < full.size(); ++n) (void)decode_entry(full.substr(0, n));
}

TEST(JournalEntry, SplitAndJoinTags) {
  EXPECT_EQ(split_tags(" calm, work ,, sleep "), (std::vector<std::string>{"calm", "work", "sleep"}));
  EXPECT_TRUE(split_tags("").empty());
  EXPECT_EQ(join_tags({"a", "b"}), "a, b");
}

TEST(JournalEntry, ExcerptCutsAtAWordOnACodePointBoundary) {
  EXPECT_EQ(excerpt("short\n\n text", 50), "short text");
  std::string e = excerpt("ééééé ééééé ééééé", 8);
  EXPECT_EQ(e, "ééééé…");
  std::string long_word(100, 'a');
  EXPECT_EQ(excerpt(long_word, 10), std::string(10, 'a') + "…");
}

TEST(JournalEntry, SummaryHoldsTheExcerptMoodAndTags) {
  std::string text(400, 'w');
  text[100] = ' ';
  EntrySummary s = summarize({text, 4, {"calm", "work"}});
  EXPECT_EQ(s.excerpt, excerpt(text, kExcerptCodePoints));
  EXPECT_EQ(s.mood, 4);
  EXPECT_EQ(s.tags, (std::vector<std::string>{"calm", "work"}));
  auto back = decode_summary(encode_summary(s));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, s);
  EntrySummary plain{"x", std::nullopt, {}};
  EXPECT_EQ(*decode_summary(encode_summary(plain)), plain);
}

TEST(JournalEntry, DecodeSummaryOfGarbageIsCorruption) {
  EXPECT_TRUE(decode_summary("").status().Is(Status::Code::kCorruption));
  EXPECT_TRUE(decode_summary(std::string("\x01\x0b\x00text", 7)).status().Is(
      Status::Code::kCorruption));
  std::string full = encode_summary({"words", 5, {"one", "two"}});
  for (std::size_t n = 0; n < full.size(); ++n) (void)decode_summary(full.substr(0, n));
}

}  // namespace
}  // namespace refuge::journal
