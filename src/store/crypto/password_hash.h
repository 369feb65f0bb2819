// Password verification hashes: Argon2id via libsodium crypto_pwhash_str, at least
// m = 19 MiB, t = 2 (OWASP's minimum for Argon2id). Slow by design: call from the worker pool.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace refuge::crypto {

inline constexpr unsigned long long kPwhashOpsLimit = 2;
inline constexpr std::size_t kPwhashMemLimit = 19u * 1024u * 1024u;

Result<std::string> hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);
// Burns the same time as a verify; used when the username is unknown so timing reveals nothing.
void dummy_verify_password(std::string_view password);

}  // namespace refuge::crypto
