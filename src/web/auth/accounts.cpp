#include "web/auth/accounts.h"

#include <sodium.h>

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

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
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

Result<Accounts::OpenedAccount> Accounts::log_in(std::string_view username,
                                                 std::string_view password,
                                                 std::string_view remote_address) {
  std::string name = lower_ascii(username);
  std::string akey = account_key("u:", name);
  std::string ikey = "ip:" + std::string(remote_address);
  Status throttle = check_throttle(akey, ikey);
  if (!throttle.ok()) return throttle;

  auto account = store_.accounts().find_by_username(name);
  if (!account.ok() && !account.status().Is(Status::Code::kNotFound)) return account.status();
  if (!account.ok()) {
    crypto::dummy_verify_password(password);  // same time as a real check
    record_failure(akey, ikey);
    return Status::Unauthenticated("errors.wrong_credentials");
  }
  if (!crypto::verify_password(account->password_hash, password)) {
    record_failure(akey, ikey);
    return Status::Unauthenticated("errors.wrong_credentials");
  }
  auto dk = crypto::unwrap_with_password({account->password_salt, account->dk_by_password},
                                         password);
  if (!dk.ok()) return Status::Corruption("the stored key does not open with this password");
  store_.login_attempts().clear(akey);
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
  auto hash = crypto::hash_password(new_password);
  if (!hash.ok()) return hash.status();
  auto wrapped = crypto::wrap_with_password(who.data_key, new_password);
  if (!wrapped.ok()) return wrapped.status();
  store::AccountRecord a = std::move(account.value());
  a.password_hash = std::move(hash.value());
  a.password_salt = wrapped->salt;
  a.dk_by_password = wrapped->wrapped;
  return store_.accounts().update_keys(a);
}

Result<std::string> Accounts::recover(std::string_view username, std::string_view recovery_code,
                                      std::string_view new_password,
                                      std::string_view remote_address) {
  std::string name = lower_ascii(username);
  std::string akey = account_key("r:", name);
  std::string ikey = "ip:" + std::string(remote_address);
  Status throttle = check_throttle(akey, ikey);
  if (!throttle.ok()) return throttle;

  auto account = store_.accounts().find_by_username(name);
  if (!account.ok() && !account.status().Is(Status::Code::kNotFound)) return account.status();
  if (!account.ok()) {
    crypto::dummy_verify_password(recovery_code);
    record_failure(akey, ikey);
    return Status::Unauthenticated("errors.wrong_recovery");
  }
  auto dk = crypto::unwrap_with_recovery_code({account->recovery_salt, account->dk_by_recovery},
                                              crypto::normalize_recovery_code(recovery_code));
  if (!dk.ok()) {
    record_failure(akey, ikey);
    return Status::Unauthenticated("errors.wrong_recovery");
  }
  Status policy = accounts::check_new_password(account->username, new_password, common_);
  if (!policy.ok()) return policy;

  store::AccountRecord a = std::move(account.value());
  auto hash = crypto::hash_password(new_password);
  if (!hash.ok()) return hash.status();
  auto by_password = crypto::wrap_with_password(dk.value(), new_password);
  if (!by_password.ok()) return by_password.status();
  std::string new_code = crypto::new_recovery_code();
  auto by_code = crypto::wrap_with_recovery_code(dk.value(), new_code);
  if (!by_code.ok()) return by_code.status();
  a.password_hash = std::move(hash.value());
  a.password_salt = by_password->salt;
  a.dk_by_password = by_password->wrapped;
  a.recovery_salt = by_code->salt;
  a.dk_by_recovery = by_code->wrapped;
  Status st = store_.accounts().update_keys(a);
  if (!st.ok()) return st;
  store_.sessions().remove_all_except(a.id, "");  // whoever held a session must sign in again
  store_.login_attempts().clear(akey);
  store_.login_attempts().clear(account_key("u:", name));
  return new_code;
}

}  // namespace refuge::web
