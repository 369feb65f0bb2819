// The journal list reads summary blocks (core/journal/summary_block.h), and a block that is
// stale, lost or unreadable makes the list slower, never wrong.
#include "core/journal/summary_block.h"
#include "tests/unit/web/app_fixture.h"

namespace refuge::web {
namespace {

class JournalBlocksTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    SignUpAndLogIn("ana");
    owner_ = nlohmann::json::parse(Call("GET", "/api/v1/me").body)["id"];
  }
  std::string Write(const std::string& text) {
    Response r = Json("POST", "/api/v1/journal", {{"text", text}});
    EXPECT_EQ(r.status, 201) << r.body;
    return nlohmann::json::parse(r.body)["id"];
  }
  static std::string Text(int i) { return "entry number " + std::to_string(i) + " here"; }
  std::string Page(int n) { return Call("GET", "/journal?page=" + std::to_string(n)).body; }
  // The entries' texts a list page shows, as the numbers written in them.
  std::vector<int> Shown(int page) {
    std::vector<int> out;
    const std::string body = Page(page);
    for (std::size_t at = body.find("entry number "); at != std::string::npos;
         at = body.find("entry number ", at + 1)) {
      out.push_back(std::stoi(body.substr(at + 13)));
    }
    return out;
  }
  std::string owner_;
};

std::vector<int> Range(int from, int down_to) {
  std::vector<int> out;
  for (int i = from; i >= down_to; --i) out.push_back(i);
  return out;
}

TEST_F(JournalBlocksTest, EntriesFillBlocksOfTwentyAndEveryPageShowsItsOwnEntries) {
  std::vector<std::string> ids;
  for (int i = 1; i <= 45; ++i) ids.push_back(Write(Text(i)));
  auto newest = store_->journal().newest_summary_block(owner_);
  ASSERT_TRUE(newest.ok());
  EXPECT_EQ(newest->block, 3);
  EXPECT_EQ(newest->placed, 5);
  EXPECT_EQ(store_->journal().get(owner_, ids[0])->summary_block, 1);
  EXPECT_EQ(store_->journal().get(owner_, ids[19])->summary_block, 1);
  EXPECT_EQ(store_->journal().get(owner_, ids[20])->summary_block, 2);
  EXPECT_EQ(store_->journal().get(owner_, ids[44])->summary_block, 3);
  EXPECT_EQ(Shown(1), Range(45, 26));
  EXPECT_EQ(Shown(2), Range(25, 6));
  EXPECT_EQ(Shown(3), Range(5, 1));
}

TEST_F(JournalBlocksTest, AnEditShowsAtOnceAndAStaleOrLostBlockIsNeverShown) {
  std::vector<std::string> ids;
  for (int i = 1; i <= 3; ++i) ids.push_back(Write(Text(i)));
  auto before_edit = store_->journal().summary_block(owner_, 1);
  ASSERT_TRUE(before_edit.ok());
  ASSERT_EQ(Json("PUT", "/api/v1/journal/" + ids[1], {{"text", Text(200)}}).status, 200);
  EXPECT_EQ(Shown(1), (std::vector<int>{3, 200, 1}));

  // The block as it was before the edit (an update that was lost): its member for the edited
  // entry has the old revision, so the entry's own summary is shown.
  ASSERT_TRUE(store_->journal().put_summary_block(*before_edit, "").ok());
  EXPECT_EQ(Shown(1), (std::vector<int>{3, 200, 1}));

  // An unreadable block: every entry is opened on its own; the next entry starts a new block.
  store::SummaryBlockRecord broken = *before_edit;
  broken.sealed.back() ^= 1;
  ASSERT_TRUE(store_->journal().put_summary_block(broken, "").ok());
  EXPECT_EQ(Shown(1), (std::vector<int>{3, 200, 1}));
  std::string fourth = Write(Text(4));
  EXPECT_EQ(store_->journal().get(owner_, fourth)->summary_block, 2);
  EXPECT_EQ(Shown(1), (std::vector<int>{4, 3, 200, 1}));

  // A block that is missing altogether.
  store::SummaryBlockRecord other = *before_edit;
  other.block = 2;
  other.owner_id = owner_;
  ASSERT_TRUE(store_->journal().put_summary_block(other, "").ok());  // block 1's seal as block 2
  EXPECT_EQ(Shown(1), (std::vector<int>{4, 3, 200, 1}));
}

TEST_F(JournalBlocksTest, DeletingAnEntryTakesItsSummaryOutOfTheBlock) {
  std::vector<std::string> ids;
  for (int i = 1; i <= 3; ++i) ids.push_back(Write(Text(i) + " with some more words to weigh"));
  auto before = store_->journal().summary_block(owner_, 1);
  ASSERT_TRUE(before.ok());
  ASSERT_EQ(Call("DELETE", "/api/v1/journal/" + ids[1]).status, 204);
  auto after = store_->journal().summary_block(owner_, 1);
  ASSERT_TRUE(after.ok());
  // One member of about 60 bytes less, sealed again (a new nonce).
  EXPECT_LT(after->sealed.size() + 50, before->sealed.size());
  EXPECT_EQ(after->placed, 3) << "a deleted entry's place is not reused";
  EXPECT_EQ(Shown(1), (std::vector<int>{3, 1}));
  EXPECT_EQ(Call("DELETE", "/api/v1/journal/" + ids[1]).status, 404);
}

TEST_F(JournalBlocksTest, ABlockIsSealedForItsOwnerAndNumber) {
  Write(Text(1));
  SignUpAndLogIn("ben");
  const std::string ben = nlohmann::json::parse(Call("GET", "/api/v1/me").body)["id"];
  std::string bens = Write(Text(2));
  // Ana's block 1 copied over Ben's block 1 does not open for Ben: his own summary is shown.
  auto anas = store_->journal().summary_block(owner_, 1);
  ASSERT_TRUE(anas.ok());
  store::SummaryBlockRecord moved = *anas;
  moved.owner_id = ben;
  ASSERT_TRUE(store_->journal().put_summary_block(moved, "").ok());
  EXPECT_EQ(Shown(1), (std::vector<int>{2}));
}

}  // namespace
}  // namespace refuge::web
