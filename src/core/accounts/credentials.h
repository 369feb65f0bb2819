// Rules for usernames and passwords. Pure: the list of common passwords is handed in.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "core/status.h"

namespace refuge::accounts {

inline constexpr std::size_t kMinPasswordLength = 10;   // code points
inline constexpr std::size_t kMaxPasswordLength = 1024; // bytes; Argon2 input stays bounded

// Lower-cased set of passwords too common to allow.
class CommonPasswords {
 public:
  CommonPasswords() = default;
  // One password per line; '#' starts a comment line; blank lines ignored; case-insensitive.
  static CommonPasswords parse(std::string_view text);
  bool contains(std::string_view password) const;
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;
};

// Usernames: 3–32 characters of a–z, 0–9, '.', '_' or '-', case-insensitive.
// Returns the canonical (lower-cased) form, or InvalidArgument (locale key errors.username_*).
Result<std::string> canonical_username(std::string_view username);

// OK, or InvalidArgument whose message is a locale key (errors.*) saying why the password
// cannot be used. User-facing messages from core are locale keys; the web layer translates them.
Status check_new_password(std::string_view username, std::string_view password,
                          const CommonPasswords& common);

}  // namespace refuge::accounts
