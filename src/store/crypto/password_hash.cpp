#include "store/crypto/password_hash.h"

#include <sodium.h>

namespace refuge::crypto {

Result<std::string> hash_password(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kPwhashOpsLimit,
                            kPwhashMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::Internal("password hashing ran out of memory");
  }
  return std::string(out);
}

bool verify_password(const std::string& hash, std::string_view password) {
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void dummy_verify_password(std::string_view password) {
  static const std::string kDummy = [] {
    auto h = hash_password("refuge dummy password for timing");
    return h.ok() ? h.value() : std::string();
  }();
  (void)verify_password(kDummy, password);
}

}  // namespace refuge::crypto
