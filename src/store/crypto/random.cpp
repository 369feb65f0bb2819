#include "store/crypto/random.h"

#include <sodium.h>

namespace refuge::crypto {

bool init_sodium() {
  static const bool ok = sodium_init() >= 0;
  return ok;
}

Bytes random_bytes(std::size_t n) {
  Bytes b(n);
  randombytes_buf(b.data(), n);
  return b;
}

std::string random_id() {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  std::string id(26, 'a');
  for (char& c : id) c = kAlphabet[randombytes_uniform(32)];
  return id;
}

std::string base64url_encode(const unsigned char* data, std::size_t n) {
  std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), data, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

std::string base64url_encode(const Bytes& b) { return base64url_encode(b.data(), b.size()); }

std::optional<Bytes> base64url_decode(std::string_view s) {
  Bytes out(s.size() * 3 / 4 + 3);
  std::size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(out.data(), out.size(), s.data(), s.size(), nullptr, &len, &end,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
      end != s.data() + s.size()) {
    return std::nullopt;
  }
  out.resize(len);
  return out;
}

std::string hex_encode(const Bytes& b) {
  std::string out(b.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), b.data(), b.size());
  out.pop_back();
  return out;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace refuge::crypto
