// Account operations that combine the rules (core), the keys (crypto) and the store:
// sign-up, log-in with brute-force throttling, password change and recovery.
// All of them are slow on purpose (Argon2id): call them from the worker pool.
#pragma once

#include <string>
#include <string_view>

#include "core/accounts/credentials.h"
#include "core/status.h"
#include "store/crypto/secret_key.h"
#include "store/store.h"
#include "web/auth/principal.h"
#include "web/clock.h"
#include "web/config.h"

namespace refuge::web {

class Accounts {
 public:
  Accounts(store::Store& store, const accounts::CommonPasswords& common, const AppConfig& config,
           Clock clock)
      : store_(store), common_(common), config_(config), clock_(std::move(clock)) {}

  struct NewAccount {
    store::AccountRecord account;
    std::string recovery_code;  // shown once; never stored
    crypto::SecretKey data_key;  // so the new person can be signed in without another Argon2id
  };
  // InvalidArgument (locale key) for a bad username or weak password; AlreadyExists when taken.
  Result<NewAccount> sign_up(std::string_view username, std::string_view password,
                             store::Role role);

  struct OpenedAccount {
    store::AccountRecord account;
    crypto::SecretKey data_key;
  };
  // Unauthenticated "errors.wrong_credentials" whether the username exists or not;
  // TooManyRequests "errors.too_many_attempts" after too many failures for the account or the
  // address within the window.
  Result<OpenedAccount> log_in(std::string_view username, std::string_view password,
                               std::string_view remote_address);

  // Re-wraps the data key under the new password (the recovery code stays valid).
  Status change_password(const Principal& who, std::string_view current_password,
                         std::string_view new_password);

  // Opens the data key with the recovery code, sets the new password and returns a new code
  // (the old one stops working).
  Result<std::string> recover(std::string_view username, std::string_view recovery_code,
                              std::string_view new_password, std::string_view remote_address);

 private:
  // Who is trying, as throttle keys: the username never appears in them.
  struct Attempt {
    std::string username, account_key, address_key;
  };
  static Attempt attempt(std::string_view prefix, std::string_view username,
                         std::string_view remote_address);
  // Checks the throttle, then finds the account. An unknown username costs the same Argon2id
  // time and counts as a failure, so neither timing nor answers reveal who exists.
  Result<store::AccountRecord> begin_attempt(const Attempt& at, std::string_view secret,
                                             const char* failure_key);
  // New verification hash and password wrap of the data key, set on `a` (not yet stored).
  static Status set_password(store::AccountRecord& a, const crypto::SecretKey& dk,
                             std::string_view password);
  Status check_throttle(const std::string& account_key, const std::string& address_key);
  void record_failure(const std::string& account_key, const std::string& address_key);

  store::Store& store_;
  const accounts::CommonPasswords& common_;
  const AppConfig& config_;
  Clock clock_;
};

}  // namespace refuge::web
