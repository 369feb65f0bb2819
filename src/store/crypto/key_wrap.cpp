#include "store/crypto/key_wrap.h"

#include <sodium.h>

#include <cctype>

#include "store/crypto/aead.h"
#include "store/crypto/password_hash.h"
#include "store/crypto/vault.h"

namespace refuge::crypto {
namespace {

constexpr std::string_view kWrapAd = "refuge data key v1";

std::string_view as_view(const SecretKey& k) {
  return {reinterpret_cast<const char*>(k.data()), k.size()};
}

// Argon2id key from a secret (password or normalised recovery code) and a salt.
Result<SecretKey> stretch(std::string_view secret, const Bytes& salt) {
  if (salt.size() != crypto_pwhash_SALTBYTES) return Status::Corruption("bad key salt");
  SecretKey k;
  if (crypto_pwhash(k.data(), k.size(), secret.data(), secret.size(), salt.data(),
                    kPwhashOpsLimit, kPwhashMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::Internal("key derivation ran out of memory");
  }
  return k;
}

Result<WrappedKey> wrap_with_secret(const SecretKey& dk, std::string_view secret) {
  WrappedKey w;
  w.salt = random_bytes(crypto_pwhash_SALTBYTES);
  auto kek = stretch(secret, w.salt);
  if (!kek.ok()) return kek.status();
  w.wrapped = aead::seal(kek->data(), as_view(dk), kWrapAd);
  return w;
}

Result<SecretKey> unwrap(const unsigned char* kek, const Bytes& wrapped, const char* what) {
  auto plain = aead::open(kek, wrapped.data(), wrapped.size(), kWrapAd);
  if (!plain || plain->size() != SecretKey::kSize) {
    return Status::Unauthenticated(std::string(what) + " does not open the data key");
  }
  SecretKey dk;
  std::copy(plain->begin(), plain->end(), dk.data());
  sodium_memzero(plain->data(), plain->size());
  return dk;
}

// A key derived from the 32-byte session token: BLAKE2b keyed by the token.
SecretKey session_key(std::string_view token, std::string_view purpose) {
  SecretKey k;
  crypto_generichash(k.data(), k.size(), reinterpret_cast<const unsigned char*>(purpose.data()),
                     purpose.size(), reinterpret_cast<const unsigned char*>(token.data()),
                     std::min<std::size_t>(token.size(), crypto_generichash_KEYBYTES_MAX));
  return k;
}

}  // namespace

Result<WrappedKey> wrap_with_password(const SecretKey& dk, std::string_view password) {
  return wrap_with_secret(dk, password);
}

Result<SecretKey> unwrap_with_password(const WrappedKey& w, std::string_view password) {
  auto kek = stretch(password, w.salt);
  if (!kek.ok()) return kek.status();
  return unwrap(kek->data(), w.wrapped, "the password");
}

std::string new_recovery_code() {
  static constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::string code;
  for (int group = 0; group < 5; ++group) {
    if (group) code += '-';
    for (int i = 0; i < 5; ++i) code += kCrockford[randombytes_uniform(32)];
  }
  return code;
}

std::string normalize_recovery_code(std::string_view input) {
  std::string out;
  for (char c : input) {
    if (c == '-' || std::isspace(static_cast<unsigned char>(c))) continue;
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c == 'I' || c == 'L') c = '1';
    if (c == 'O') c = '0';
    out += c;
  }
  return out;
}

Result<WrappedKey> wrap_with_recovery_code(const SecretKey& dk, std::string_view code) {
  return wrap_with_secret(dk, normalize_recovery_code(code));
}

Result<SecretKey> unwrap_with_recovery_code(const WrappedKey& w, std::string_view code) {
  auto kek = stretch(normalize_recovery_code(code), w.salt);
  if (!kek.ok()) return kek.status();
  return unwrap(kek->data(), w.wrapped, "the recovery code");
}

std::string new_session_token() {
  Bytes b = random_bytes(32);
  return base64url_encode(b);
}

Bytes session_token_hash(std::string_view token) {
  Bytes h(32);
  crypto_generichash(h.data(), h.size(), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return h;
}

Bytes wrap_with_session_token(const SecretKey& dk, std::string_view token) {
  SecretKey kek = session_key(token, "refuge session wrap v1");
  return aead::seal(kek.data(), as_view(dk), kWrapAd);
}

Result<SecretKey> unwrap_with_session_token(const Bytes& wrapped, std::string_view token) {
  SecretKey kek = session_key(token, "refuge session wrap v1");
  return unwrap(kek.data(), wrapped, "the session");
}

std::string csrf_token_for(std::string_view session_token) {
  SecretKey k = session_key(session_token, "refuge csrf v1");
  return base64url_encode(k.data(), k.size());
}

SealedKeyPair new_sealed_keypair(const SecretKey& dk, std::string_view owner_id) {
  unsigned char pk[crypto_box_PUBLICKEYBYTES];
  SecretKey sk;
  crypto_box_keypair(pk, sk.data());
  SealedKeyPair out;
  out.public_key.assign(pk, pk + sizeof pk);
  out.secret_key_sealed = Vault(dk).seal("x25519", owner_id, owner_id, as_view(sk));
  return out;
}

}  // namespace refuge::crypto
