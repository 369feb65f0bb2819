#include "web/auth/accounts.h"

#include <sodium.h>

#include "core/text/ascii.h"
#include "store/crypto/key_wrap.h"
#include "store/crypto/password_hash.h"
#include "store/crypto/random.h"

namespace refuge::web {
namespace {

// Throttle keys never hold the username itself.
std::string account_key(std::string_view prefix, std::string_view canonical_username) {
  unsigned char h[16];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(canonical_username.data()),
                     canonical_username.size(), nullptr, 0);
  return std::string(prefix) + crypto::hex_encode(crypto::Bytes(h, h + sizeof h));
}

}  // namespace

Result<Accounts::NewAccount> Accounts::sign_up(std::string_view username,
                                               std::string_view password, store::Role role) {
  auto name = accounts::canonical_username(username);
  if (!name.ok()) return name.status();
  Status policy = accounts::check_new_password(*name, password, common_);
  if (!policy.ok()) return policy;
  if (store_.accounts().find_by_username(*name).ok()) {
    return Status::AlreadyExists("errors.username_taken");
  }

  crypto::SecretKey dk = crypto::SecretKey::random();
  NewAccount out;
  store::AccountRecord& a = out.account;
  a.id = crypto::random_id();
  a.username = *name;
  a.role = role;
  a.created_at = clock_();
  auto hash = crypto::hash_password(password);
  if (!hash.ok()) return hash.status();
  a.password_hash = std::move(hash.value());
  auto by_password = crypto::wrap_with_password(dk, password);
  if (!by_password.ok()) return by_password.status();
  a.password_salt = by_password->salt;
  a.dk_by_password = by_password->wrapped;
  out.recovery_code = crypto::new_recovery_code();
  auto by_code = crypto::wrap_with_recovery_code(dk, out.recovery_code);
  if (!by_code.ok()) return by_code.status();
  a.recovery_salt = by_code->salt;
  a.dk_by_recovery = by_code->wrapped;
  auto pair = crypto::new_sealed_keypair(dk, a.id);
  a.public_key = pair.public_key;
  a.secret_key_sealed = pair.secret_key_sealed;

  Status st = store_.accounts().create(a);
  if (st.Is(Status::Code::kAlreadyExists)) return Status::AlreadyExists("errors.username_taken");
  if (!st.ok()) return st;
  out.data_key = dk;
  return out;
}

Status Accounts::check_throttle(const std::string& account_key, const std::string& address_key) {
  int64_t since = clock_() - config_.login_failure_window_seconds;
  for (const auto& key : {account_key, address_key}) {
    auto n = store_.login_attempts().failures_since(key, since);
    if (!n.ok()) return n.status();
    if (*n >= config_.login_failure_limit) {
      return Status::TooManyRequests("errors.too_many_attempts");
    }
  }
  return Status::Ok();
}

void Accounts::record_failure(const std::string& account_key, const std::string& address_key) {
  int64_t now = clock_();
  store_.login_attempts().record_failure(account_key, now);
  store_.login_attempts().record_failure(address_key, now);
  store_.login_attempts().prune(now - 2 * config_.login_failure_window_seconds);
}

Result<store::AccountRecord> Accounts::begin_attempt(const Attempt& at, std::string_view secret,
                                                    const char* failure_key) {
  Status throttle = check_throttle(at.account_key, at.address_key);
  if (!throttle.ok()) return throttle;
  auto account = store_.accounts().find_by_username(at.username);
  if (account.ok() || !account.status().Is(Status::Code::kNotFound)) return account;
  crypto::dummy_verify_password(secret);  // the same time as a real check
  record_failure(at.account_key, at.address_key);
  return Status::Unauthenticated(failure_key);
}

Accounts::Attempt Accounts::attempt(std::string_view prefix, std::string_view username,
                                    std::string_view remote_address) {
  Attempt at;
  at.username = text::ascii_lower(username);
  at.account_key = account_key(prefix, at.username);
  at.address_key = "ip:" + std::string(remote_address);
  return at;
}

Status Accounts::set_password(store::AccountRecord& a, const crypto::SecretKey& dk,
                              std::string_view password) {
  auto hash = crypto::hash_password(password);
  if (!hash.ok()) return hash.status();
  auto wrapped = crypto::wrap_with_password(dk, password);
  if (!wrapped.ok()) return wrapped.status();
  a.password_hash = std::move(hash.value());
  a.password_salt = wrapped->salt;
  a.dk_by_password = wrapped->wrapped;
  return Status::Ok();
}

Result<Accounts::OpenedAccount> Accounts::log_in(std::string_view username,
                                                 std::string_view password,
                                                 std::string_view remote_address) {
  Attempt at = attempt("u:", username, remote_address);
  auto account = begin_attempt(at, password, "errors.wrong_credentials");
  if (!account.ok()) return account.status();
  if (!crypto::verify_password(account->password_hash, password)) {
    record_failure(at.account_key, at.address_key);
    return Status::Unauthenticated("errors.wrong_credentials");
  }
  auto dk = crypto::unwrap_with_password({account->password_salt, account->dk_by_password},
                                         password);
  if (!dk.ok()) return Status::Corruption("the stored key does not open with this password");
  store_.login_attempts().clear(at.account_key);
  return OpenedAccount{std::move(account.value()), dk.value()};
}

Status Accounts::change_password(const Principal& who, std::string_view current_password,
                                 std::string_view new_password) {
  auto account = store_.accounts().find(who.account.id);
  if (!account.ok()) return account.status();
  if (!crypto::verify_password(account->password_hash, current_password)) {
    return Status::InvalidArgument("errors.current_password_wrong");
  }
  Status policy = accounts::check_new_password(account->username, new_password, common_);
  if (!policy.ok()) return policy;
  store::AccountRecord a = std::move(account.value());
  Status st = set_password(a, who.data_key, new_password);
  if (!st.ok()) return st;
  return store_.accounts().update_keys(a);
}

Result<std::string> Accounts::recover(std::string_view username, std::string_view recovery_code,
                                      std::string_view new_password,
                                      std::string_view remote_address) {
  Attempt at = attempt("r:", username, remote_address);
  auto account = begin_attempt(at, recovery_code, "errors.wrong_recovery");
  if (!account.ok()) return account.status();
  auto dk = crypto::unwrap_with_recovery_code({account->recovery_salt, account->dk_by_recovery},
                                              crypto::normalize_recovery_code(recovery_code));
  if (!dk.ok()) {
    record_failure(at.account_key, at.address_key);
    return Status::Unauthenticated("errors.wrong_recovery");
  }
  Status policy = accounts::check_new_password(account->username, new_password, common_);
  if (!policy.ok()) return policy;

  store::AccountRecord a = std::move(account.value());
  Status st = set_password(a, dk.value(), new_password);
  if (!st.ok()) return st;
  std::string new_code = crypto::new_recovery_code();
  auto by_code = crypto::wrap_with_recovery_code(dk.value(), new_code);
  if (!by_code.ok()) return by_code.status();
  a.recovery_salt = by_code->salt;
  a.dk_by_recovery = by_code->wrapped;
  st = store_.accounts().update_keys(a);
  if (!st.ok()) return st;
  store_.sessions().remove_all_except(a.id, "");  // whoever held a session must sign in again
  store_.login_attempts().clear(at.account_key);
  store_.login_attempts().clear(account_key("u:", at.username));
  return new_code;
}

}  // namespace refuge::web
