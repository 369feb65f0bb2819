// Randomness and the encodings Refuge uses for ids and tokens (libsodium's CSPRNG).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace refuge::crypto {

using Bytes = std::vector<unsigned char>;

// Must be called once before any other crypto function (idempotent, thread-safe).
bool init_sodium();

Bytes random_bytes(std::size_t n);
// 26 characters of lower-case base32 (130 random bits): record and account ids.
std::string random_id();
// URL-safe base64 without padding.
std::string base64url_encode(const unsigned char* data, std::size_t n);
std::string base64url_encode(const Bytes& b);
std::optional<Bytes> base64url_decode(std::string_view s);
std::string hex_encode(const Bytes& b);
// Constant-time comparison of two strings of equal length (false if lengths differ).
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace refuge::crypto
