#include "core/journal/summary_block.h"

#include <gtest/gtest.h>

namespace refuge::journal {
namespace {

EntrySummary Summary(std::string excerpt, std::optional<int> mood,
                     std::vector<std::string> tags) {
  return EntrySummary{std::move(excerpt), mood, std::move(tags)};
}

TEST(SummaryBlock, RoundTripsMembersInOrder) {
  std::vector<BlockMember> members = {
      {"a1", 0, Summary("Walked by the sea…", 7, {"calm", "sea"})},
      {"b2", 3, Summary("", std::nullopt, {})},
      {"c3", 1, Summary("Ünïcödé and emoji 🌊", 10, {"ß"})}};
  auto back = decode_summary_block(encode_summary_block(members));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, members);
  auto empty = decode_summary_block(encode_summary_block({}));
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST(SummaryBlock, EveryTruncationAndAWrongVersionAreRefused) {
  const std::string doc = encode_summary_block(
      {{"a1", 2, Summary("one", 3, {"x"})}, {"b2", 5, Summary("two", std::nullopt, {})}});
  for (std::size_t n = 0; n < doc.size(); ++n) {
    EXPECT_FALSE(decode_summary_block(doc.substr(0, n)).ok()) << "cut at " << n;
  }
  EXPECT_FALSE(decode_summary_block(doc + "x").ok()) << "trailing bytes";
  std::string v2 = doc;
  v2[0] = 2;
  EXPECT_TRUE(decode_summary_block(v2).status().Is(Status::Code::kCorruption));
}

TEST(SummaryBlock, PutMemberAddsReplacesAndRemoves) {
  std::vector<BlockMember> members;
  EntrySummary first = Summary("first", 1, {});
  EntrySummary edited = Summary("edited", 2, {"t"});
  put_member(members, "a", 0, &first);
  put_member(members, "b", 0, &first);
  put_member(members, "a", 1, &edited);
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(members[0].entry_id, "a");
  EXPECT_EQ(members[0].revision, 1);
  EXPECT_EQ(members[0].summary, edited);
  put_member(members, "a", 2, nullptr);
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0].entry_id, "b");
  put_member(members, "missing", 0, nullptr);
  EXPECT_EQ(members.size(), 1u);
}

}  // namespace
}  // namespace refuge::journal
