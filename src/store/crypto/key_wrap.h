// Wrapping a person's data key (DK). The DK is stored only sealed (XChaCha20-Poly1305):
//  - by a key from the password (Argon2id, per-person 16-byte salt, same cost as password_hash.h),
//  - by a key from the recovery code (Argon2id, its own salt),
//  - per session, by a key derived from the cookie token (BLAKE2b keyed, no stretching: the token
//    has 256 random bits).
// A wrong password, code or token gives Unauthenticated, never a wrong key.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "store/crypto/random.h"
#include "store/crypto/secret_key.h"

namespace refuge::crypto {

struct WrappedKey {
  Bytes salt;     // empty for session wraps
  Bytes wrapped;  // nonce | ciphertext+tag
};

Result<WrappedKey> wrap_with_password(const SecretKey& dk, std::string_view password);
Result<SecretKey> unwrap_with_password(const WrappedKey& w, std::string_view password);

// Recovery codes: 25 characters of Crockford base32 from 125 random bits, shown as 5 groups of 5
// ("7K2QH-..."). normalize_recovery_code() upper-cases, drops spaces and dashes, maps I/L→1, O→0.
std::string new_recovery_code();
std::string normalize_recovery_code(std::string_view input);
Result<WrappedKey> wrap_with_recovery_code(const SecretKey& dk, std::string_view code);
Result<SecretKey> unwrap_with_recovery_code(const WrappedKey& w, std::string_view code);

// Session tokens: 32 random bytes, base64url (43 chars) in the cookie.
std::string new_session_token();
Bytes session_token_hash(std::string_view token);  // BLAKE2b-256 of the token, for lookup
Bytes wrap_with_session_token(const SecretKey& dk, std::string_view token);
Result<SecretKey> unwrap_with_session_token(const Bytes& wrapped, std::string_view token);
// The CSRF token bound to a session: base64url(BLAKE2b keyed by the token over "refuge csrf v1").
std::string csrf_token_for(std::string_view session_token);

// X25519 key pair for sharing (crypto_box). The secret key is returned sealed under dk by a Vault
// with kind "x25519", record id = owner id.
struct SealedKeyPair {
  Bytes public_key;
  Bytes secret_key_sealed;
};
SealedKeyPair new_sealed_keypair(const SecretKey& dk, std::string_view owner_id);

}  // namespace refuge::crypto
