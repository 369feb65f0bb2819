// Vault: the one way personal text is sealed at rest. XChaCha20-Poly1305 (IETF) under a person's
// data key, with associated data "kind|record_id|owner_id", so a ciphertext moved to another record,
// kind or person fails to open. Format: 1 version byte (1) | 24-byte nonce | ciphertext+tag.
// A Vault is immutable and safe to share between threads.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "store/crypto/random.h"
#include "store/crypto/secret_key.h"

namespace refuge::crypto {

class Vault {
 public:
  explicit Vault(const SecretKey& data_key) : key_(data_key) {}
  Bytes seal(std::string_view kind, std::string_view record_id, std::string_view owner_id,
             std::string_view plaintext) const;
  // Corruption when the bytes were altered, truncated, moved, or sealed under another key.
  Result<std::string> open(std::string_view kind, std::string_view record_id,
                           std::string_view owner_id, const Bytes& sealed) const;

 private:
  SecretKey key_;
};

}  // namespace refuge::crypto
