#include "core/thoughts/thought_record.h"

#include <gtest/gtest.h>

namespace refuge::thoughts {
namespace {

ThoughtRecord Sample() {
  ThoughtRecord r;
  r.situation = "My friend didn’t answer my message 💬";
  r.critic = "I am too much. Nobody could love me.";
  r.emotions = {{"ashamed", 80, 40}, {"lonely", 60, std::nullopt}};
  r.kindness = "Of course you wanted to hear back.";
  r.step = 7;
  return r;
}

TEST(ThoughtRecord, RoundTripsThroughTheSealedFormat) {
  ThoughtRecord r = Sample();
  auto back = decode_record(encode_record(r));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, r);
  EXPECT_TRUE(decode_record("{\"v\": 2}").status().Is(Status::Code::kCorruption));
  EXPECT_TRUE(decode_record("{\"v\": 1, \"situation\": 3}").status().Is(Status::Code::kCorruption));
  EXPECT_TRUE(decode_record("not json").status().Is(Status::Code::kCorruption));
}

TEST(ThoughtRecord, ValidationNamesTheProblem) {
  EXPECT_TRUE(validate_record(Sample()).ok());
  auto with = [](auto change) {
    ThoughtRecord r = Sample();
    change(r);
    return validate_record(r).message();
  };
  EXPECT_EQ(with([](auto& r) { r.critic = std::string(5001, 'a'); }), "errors.thought_text_too_long");
  EXPECT_EQ(with([](auto& r) { r.situation = "\xc3"; }), "errors.text_unreadable");
  EXPECT_EQ(with([](auto& r) { r.emotions[0].before = 101; }), "errors.emotion_rating");
  EXPECT_EQ(with([](auto& r) { r.emotions[1].after = -1; }), "errors.emotion_rating");
  EXPECT_EQ(with([](auto& r) { r.emotions[0].name = ""; }), "errors.emotion_name");
  EXPECT_EQ(with([](auto& r) { r.emotions.resize(9, {"x", 1, {}}); }), "errors.too_many_emotions");
  EXPECT_EQ(with([](auto& r) { r.step = 9; }), "errors.step_range");
  // 5,000 characters are fine even when each takes four bytes.
  std::string emoji;
  for (int i = 0; i < 5000; ++i) emoji += "🌿";
  EXPECT_TRUE(validate_record([&] { auto r = Sample(); r.kindness = emoji; return r; }()).ok());
}

TEST(ThoughtRecord, FeelingChangeFollowsTheStrongestFeeling) {
  EXPECT_EQ(feeling_change(Sample()), -40);
  ThoughtRecord r = Sample();
  r.emotions[0].after.reset();
  EXPECT_EQ(feeling_change(r), std::nullopt);
  EXPECT_EQ(feeling_change(ThoughtRecord{}), std::nullopt);
}

TEST(ThoughtRecord, PhrasesAreTrimmedAndLimited) {
  EXPECT_EQ(*validate_phrase("  You are doing your best. \n"), "You are doing your best.");
  EXPECT_EQ(validate_phrase("   ").status().message(), "errors.text_empty");
  EXPECT_EQ(validate_phrase(std::string(1001, 'a')).status().message(), "errors.phrase_too_long");
}

}  // namespace
}  // namespace refuge::thoughts
