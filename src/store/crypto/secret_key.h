// A 32-byte secret held in memory only as long as needed; wiped (sodium_memzero) on destruction.
#pragma once

#include <array>
#include <cstddef>

namespace refuge::crypto {

class SecretKey {
 public:
  static constexpr std::size_t kSize = 32;
  SecretKey();  // all zero
  ~SecretKey();
  SecretKey(const SecretKey&);
  SecretKey& operator=(const SecretKey&);
  static SecretKey random();
  unsigned char* data() { return bytes_.data(); }
  const unsigned char* data() const { return bytes_.data(); }
  static constexpr std::size_t size() { return kSize; }

 private:
  std::array<unsigned char, kSize> bytes_{};
};

}  // namespace refuge::crypto
