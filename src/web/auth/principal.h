// The signed-in person behind a request: their account, this session, and their data key,
// unwrapped for the length of the request only.
#pragma once

#include <string>

#include "store/crypto/secret_key.h"
#include "store/crypto/vault.h"
#include "store/records.h"

namespace refuge::web {

struct Principal {
  // For a resolved session only id, username and role are filled: key material and password
  // hash are not read on every request (code that needs them reads the account from the store).
  store::AccountRecord account;
  std::string session_id;
  crypto::SecretKey data_key;
  std::string csrf_token;

  crypto::Vault vault() const { return crypto::Vault(data_key); }
};

}  // namespace refuge::web
