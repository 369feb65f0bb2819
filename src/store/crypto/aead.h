// XChaCha20-Poly1305 (IETF) sealing shared by the vault and the key wraps:
// output = nonce (24 bytes) | ciphertext + tag (16 bytes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "store/crypto/random.h"

namespace refuge::crypto::aead {

Bytes seal(const unsigned char* key, std::string_view plaintext, std::string_view ad);
// nullopt when the input is too short or fails authentication.
std::optional<Bytes> open(const unsigned char* key, const unsigned char* sealed, std::size_t n,
                          std::string_view ad);
// The same, decrypting straight into a string (text records: no copy from bytes to text).
std::optional<std::string> open_text(const unsigned char* key, const unsigned char* sealed,
                                     std::size_t n, std::string_view ad);

}  // namespace refuge::crypto::aead
