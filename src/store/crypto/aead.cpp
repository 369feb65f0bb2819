#include "store/crypto/aead.h"

#include <sodium.h>

namespace refuge::crypto::aead {
namespace {
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* u(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}
}  // namespace

Bytes seal(const unsigned char* key, std::string_view plaintext, std::string_view ad) {
  Bytes out(kNonce + plaintext.size() + kTag);
  randombytes_buf(out.data(), kNonce);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + kNonce, &written, u(plaintext),
                                             plaintext.size(), u(ad), ad.size(), nullptr,
                                             out.data(), key);
  out.resize(kNonce + written);
  return out;
}

std::optional<Bytes> open(const unsigned char* key, const unsigned char* sealed, std::size_t n,
                          std::string_view ad) {
  if (n < kNonce + kTag) return std::nullopt;
  Bytes plain(n - kNonce - kTag);
  unsigned long long len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &len, nullptr, sealed + kNonce,
                                                 n - kNonce, u(ad), ad.size(), sealed,
                                                 key) != 0) {
    return std::nullopt;
  }
  plain.resize(len);
  return plain;
}

std::optional<std::string> open_text(const unsigned char* key, const unsigned char* sealed,
                                     std::size_t n, std::string_view ad) {
  if (n < kNonce + kTag) return std::nullopt;
  std::string plain;
  plain.resize(n - kNonce - kTag);
  unsigned long long len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()),
                                                 &len, nullptr, sealed + kNonce, n - kNonce,
                                                 u(ad), ad.size(), sealed, key) != 0) {
    return std::nullopt;
  }
  plain.resize(len);
  return plain;
}

}  // namespace refuge::crypto::aead
