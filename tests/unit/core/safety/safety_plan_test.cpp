// The safety plan's rules: lines become items (trimmed, blank lines dropped, order and repeats
// kept), the limits at their edges with the section at fault named, and the sealed plaintext
// round trip.
#include "core/safety/safety_plan.h"

#include <gtest/gtest.h>

#include "core/text/ascii.h"

namespace refuge::safety {
namespace {

std::size_t Section(const char* id) { return plan_section_index(id); }

TEST(SafetyPlan, SectionsAreTheStanleyBrownStepsInOrder) {
  ASSERT_EQ(kPlanSections.size(), 7u);
  EXPECT_EQ(Section("warning_signs"), 0u);
  EXPECT_EQ(Section("internal_coping"), 1u);
  EXPECT_EQ(Section("social_distraction"), 2u);
  EXPECT_EQ(Section("people_to_ask"), 3u);
  EXPECT_EQ(Section("professionals"), 4u);
  EXPECT_EQ(Section("safe_environment"), 5u);
  EXPECT_EQ(Section("reasons_for_living"), 6u);
  EXPECT_EQ(Section("nope"), kPlanSections.size());
}

TEST(SafetyPlan, LinesBecomeTrimmedItemsInTheirOrderAndRoundTrip) {
  SafetyPlan plan;
  plan.items[0] = text::trimmed_lines("  I stop answering messages \r\n\n\n   \nthoughts of ending it\n");
  plan.items[3] = text::trimmed_lines("Mum — 07700 900123\nMum — 07700 900123");
  plan.items[6] = text::trimmed_lines("my niece's laugh ☀");
  auto valid = validate_plan(plan);
  ASSERT_TRUE(valid.ok()) << valid.status().message();
  EXPECT_EQ(valid->items[0],
            (std::vector<std::string>{"I stop answering messages", "thoughts of ending it"}));
  EXPECT_EQ(valid->items[3].size(), 2u);  // the person's repeats are theirs to keep
  EXPECT_TRUE(valid->items[1].empty());
  auto back = decode_plan(encode_plan(*valid));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, *valid);
  EXPECT_FALSE(valid->empty());
  EXPECT_TRUE(SafetyPlan{}.empty());
  SafetyPlan blanks;
  blanks.items[2] = {"", "   ", "\t"};
  auto emptied = validate_plan(blanks);
  ASSERT_TRUE(emptied.ok());
  EXPECT_TRUE(emptied->empty());
}

TEST(SafetyPlan, LimitsAreExactAndNameTheSection) {
  SafetyPlan twenty;
  for (int i = 0; i < 20; ++i) twenty.items[1].push_back("walk " + std::to_string(i));
  twenty.items[4].push_back(std::string(500, 'a'));
  std::string five_hundred_accents;
  for (int i = 0; i < 500; ++i) five_hundred_accents += "é";  // 500 code points, 1000 bytes
  twenty.items[5].push_back(five_hundred_accents);
  std::size_t bad = 99;
  EXPECT_TRUE(validate_plan(twenty, &bad).ok());
  EXPECT_EQ(bad, 99u);  // untouched on success

  SafetyPlan many = twenty;
  many.items[1].push_back("one more");
  auto r = validate_plan(many, &bad);
  EXPECT_EQ(r.status().message(), "errors.plan_too_many");
  EXPECT_TRUE(r.status().Is(Status::Code::kInvalidArgument));
  EXPECT_EQ(bad, 1u);

  SafetyPlan longer = twenty;
  longer.items[4][0] += "a";
  EXPECT_EQ(validate_plan(longer, &bad).status().message(), "errors.plan_item_too_long");
  EXPECT_EQ(bad, 4u);

  SafetyPlan unreadable;
  unreadable.items[6].push_back("fine");
  unreadable.items[6].push_back("caf\xc3");
  EXPECT_EQ(validate_plan(unreadable, &bad).status().message(), "errors.text_unreadable");
  EXPECT_EQ(bad, 6u);
  // Blank lines do not count towards the limit.
  SafetyPlan with_blanks = twenty;
  with_blanks.items[1].insert(with_blanks.items[1].begin(), 5, "  ");
  EXPECT_TRUE(validate_plan(with_blanks).ok());
}

TEST(SafetyPlan, BadDocumentsAreCorruption) {
  EXPECT_TRUE(decode_plan("[1]").status().Is(Status::Code::kCorruption));
  EXPECT_TRUE(decode_plan("{\"warning_signs\": []}").status().Is(Status::Code::kCorruption));
  EXPECT_TRUE(decode_plan("{\"v\":1,\"warning_signs\": [3]}").status().Is(Status::Code::kCorruption));
  EXPECT_TRUE(decode_plan("{\"v\":1,\"professionals\": \"x\"}").status().Is(Status::Code::kCorruption));
  auto missing = decode_plan("{\"v\":1,\"professionals\": [\"Dr Rao\"]}");
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->items[4], std::vector<std::string>{"Dr Rao"});
  EXPECT_TRUE(missing->items[0].empty());
}

}  // namespace
}  // namespace refuge::safety
