#include "store/crypto/vault.h"

#include <cstring>

#include <gtest/gtest.h>

#include "store/crypto/key_wrap.h"
#include "store/crypto/password_hash.h"
#include "store/crypto/random.h"

namespace refuge::crypto {
namespace {

class VaultTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(init_sodium()); }
  SecretKey key_ = SecretKey::random();
};

TEST_F(VaultTest, SealedTextOpensWithTheSameKindRecordAndOwner) {
  Vault v(key_);
  Bytes sealed = v.seal("journal", "rec1", "ana", "I am not too much.");
  auto back = v.open("journal", "rec1", "ana", sealed);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, "I am not too much.");
  EXPECT_EQ(*v.open("journal", "e", "o", v.seal("journal", "e", "o", "")), "");
}

TEST_F(VaultTest, LongAssociatedDataIsBoundInFull) {
  Vault v(key_);
  const std::string long_id(300, 'r');  // longer than the stack buffer the AD is built in
  Bytes sealed = v.seal("journal", long_id, "ana", "kept");
  EXPECT_EQ(*v.open("journal", long_id, "ana", sealed), "kept");
  EXPECT_FALSE(v.open("journal", long_id + "x", "ana", sealed).ok());
  EXPECT_FALSE(v.open("journal", long_id, "anb", sealed).ok());
}

TEST_F(VaultTest, CiphertextDoesNotContainThePlaintext) {
  Bytes sealed = Vault(key_).seal("journal", "r", "o", "MARKER-12345");
  std::string raw(sealed.begin(), sealed.end());
  EXPECT_EQ(raw.find("MARKER"), std::string::npos);
}

TEST_F(VaultTest, EverySealUsesAFreshNonce) {
  Vault v(key_);
  EXPECT_NE(v.seal("k", "r", "o", "same"), v.seal("k", "r", "o", "same"));
}

TEST_F(VaultTest, AnyAlteredByteFailsToOpen) {
  Vault v(key_);
  Bytes sealed = v.seal("journal", "r", "o", "hello there");
  for (std::size_t i = 0; i < sealed.size(); ++i) {
    Bytes bad = sealed;
    bad[i] ^= 0x01;
    EXPECT_TRUE(v.open("journal", "r", "o", bad).status().Is(Status::Code::kCorruption)) << i;
  }
}

TEST_F(VaultTest, CiphertextMovedToAnotherRecordOwnerOrKindFailsToOpen) {
  Vault v(key_);
  Bytes sealed = v.seal("journal", "r1", "ana", "private");
  EXPECT_FALSE(v.open("journal", "r2", "ana", sealed).ok());
  EXPECT_FALSE(v.open("journal", "r1", "ben", sealed).ok());
  EXPECT_FALSE(v.open("note", "r1", "ana", sealed).ok());
}

TEST_F(VaultTest, WrongKeyAndTruncationFailToOpen) {
  Bytes sealed = Vault(key_).seal("journal", "r", "o", "private");
  EXPECT_FALSE(Vault(SecretKey::random()).open("journal", "r", "o", sealed).ok());
  for (std::size_t n : {0u, 1u, 10u, 40u}) {
    Bytes cut(sealed.begin(), sealed.begin() + std::min(n, sealed.size()));
    EXPECT_TRUE(Vault(key_).open("journal", "r", "o", cut).status().Is(Status::Code::kCorruption));
  }
}

TEST(KeyWrap, PasswordWrapRoundTripsAndAWrongPasswordIsUnauthenticated) {
  init_sodium();
  SecretKey dk = SecretKey::random();
  auto w = wrap_with_password(dk, "correct horse battery");
  ASSERT_TRUE(w.ok());
  auto back = unwrap_with_password(*w, "correct horse battery");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(0, memcmp(back->data(), dk.data(), dk.size()));
  EXPECT_TRUE(unwrap_with_password(*w, "wrong horse battery")
                  .status()
                  .Is(Status::Code::kUnauthenticated));
}

TEST(KeyWrap, RecoveryCodeHasFiveGroupsAndToleratesTypingSlips) {
  init_sodium();
  std::string code = new_recovery_code();
  ASSERT_EQ(code.size(), 29u);
  for (int i : {5, 11, 17, 23}) EXPECT_EQ(code[i], '-');
  SecretKey dk = SecretKey::random();
  auto w = wrap_with_recovery_code(dk, code);
  ASSERT_TRUE(w.ok());
  std::string typed;
  for (char c : code) typed += (c == '-') ? ' ' : static_cast<char>(std::tolower(c));
  EXPECT_TRUE(unwrap_with_recovery_code(*w, typed).ok());
  EXPECT_EQ(normalize_recovery_code("ab-il o"), "AB110");
  EXPECT_FALSE(unwrap_with_recovery_code(*w, new_recovery_code()).ok());
}

TEST(KeyWrap, SessionTokenWrapAndCsrfTokenAreBoundToTheToken) {
  init_sodium();
  SecretKey dk = SecretKey::random();
  std::string token = new_session_token();
  EXPECT_EQ(token.size(), 43u);
  Bytes w = wrap_with_session_token(dk, token);
  EXPECT_TRUE(unwrap_with_session_token(w, token).ok());
  EXPECT_TRUE(unwrap_with_session_token(w, new_session_token())
                  .status()
                  .Is(Status::Code::kUnauthenticated));
  EXPECT_EQ(csrf_token_for(token), csrf_token_for(token));
  EXPECT_NE(csrf_token_for(token), csrf_token_for(new_session_token()));
  EXPECT_EQ(session_token_hash(token).size(), 32u);
}

TEST(PasswordHash, IsArgon2idWithAtLeast19MiBAndTwoPasses) {
  init_sodium();
  auto h = hash_password("a calm green harbour");
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->rfind("$argon2id$", 0), 0u);
  EXPECT_NE(h->find("m=19456,t=2"), std::string::npos) << *h;
  EXPECT_TRUE(verify_password(*h, "a calm green harbour"));
  EXPECT_FALSE(verify_password(*h, "a calm green harbor"));
}

TEST(Random, IdsAreBase32AndDistinct) {
  init_sodium();
  std::string a = random_id(), b = random_id();
  EXPECT_EQ(a.size(), 26u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of("abcdefghijklmnopqrstuvwxyz234567"), std::string::npos);
  Bytes bytes = random_bytes(20);
  EXPECT_EQ(*base64url_decode(base64url_encode(bytes)), bytes);
  EXPECT_FALSE(base64url_decode("not base64!").has_value());
}

}  // namespace
}  // namespace refuge::crypto
