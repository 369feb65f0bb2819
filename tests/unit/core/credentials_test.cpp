#include "core/accounts/credentials.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace refuge::accounts {
namespace {

CommonPasswords SmallList() { return CommonPasswords::parse("# comment\npassword123\n\nQwertyuiop\n"); }

TEST(CommonPasswords, IgnoresCommentsAndBlankLinesAndMatchesCaseInsensitively) {
  CommonPasswords list = SmallList();
  EXPECT_EQ(list.size(), 2u);
  EXPECT_TRUE(list.contains("PASSWORD123"));
  EXPECT_TRUE(list.contains("qwertyuiop"));
  EXPECT_FALSE(list.contains("# comment"));
  EXPECT_FALSE(list.contains("my quiet harbour"));
}

TEST(CommonPasswords, ShippedListHoldsTheClassics) {
  std::ifstream in(std::string(REFUGE_SOURCE_DIR) + "/content/security/common-passwords.txt");
  ASSERT_TRUE(in) << "content/security/common-passwords.txt is missing";
  std::stringstream ss;
  ss << in.rdbuf();
  CommonPasswords list = CommonPasswords::parse(ss.str());
  EXPECT_GT(list.size(), 100u);
  EXPECT_TRUE(list.contains("1234567890"));
  EXPECT_TRUE(list.contains("password123"));
}

TEST(Username, IsLowerCasedAndLimitedToSafeCharacters) {
  auto ok = canonical_username("Ana.Maria_2");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, "ana.maria_2");
  EXPECT_EQ(canonical_username("ab").status().message(), "errors.username_length");
  EXPECT_EQ(canonical_username(std::string(33, 'a')).status().message(), "errors.username_length");
  EXPECT_EQ(canonical_username("ana maria").status().message(), "errors.username_characters");
  EXPECT_EQ(canonical_username("ana@home").status().message(), "errors.username_characters");
}

TEST(Password, NeedsTenCharactersCountedAsCodePoints) {
  CommonPasswords list = SmallList();
  EXPECT_EQ(check_new_password("ana", "short", list).message(), "errors.password_too_short");
  // Nine code points in 18 bytes is still too short.
  EXPECT_EQ(check_new_password("ana", "ééééééééé", list).message(), "errors.password_too_short");
  EXPECT_TRUE(check_new_password("ana", "éééééééééé", list).ok());
}

TEST(Password, MayNotEqualTheUsernameInAnyCase) {
  EXPECT_EQ(check_new_password("longusername", "LongUsername", SmallList()).message(),
            "errors.password_is_username");
}

TEST(Password, MayNotBeACommonOne) {
  EXPECT_EQ(check_new_password("ana", "Password123", SmallList()).message(),
            "errors.password_common");
  EXPECT_TRUE(check_new_password("ana", "willow river lantern", SmallList()).ok());
}

TEST(Password, InvalidUtf8AndHugeInputAreRefused) {
  EXPECT_EQ(check_new_password("ana", std::string("abcdefghij\xff"), SmallList()).message(),
            "errors.password_unreadable");
  EXPECT_EQ(check_new_password("ana", std::string(2000, 'x'), SmallList()).message(),
            "errors.password_too_long");
}

}  // namespace
}  // namespace refuge::accounts
