// Server-side sessions that need no server memory: the cookie holds a random token; the store
// holds its hash and the data key wrapped by a key derived from it. Any instance can serve any
// request, and a copy of the database alone opens nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/store.h"
#include "web/auth/principal.h"
#include "web/clock.h"
#include "web/config.h"

namespace refuge::web {

class Sessions {
 public:
  Sessions(store::Store& store, const AppConfig& config, Clock clock)
      : store_(store), config_(config), clock_(std::move(clock)) {}

  // Starts a session and returns the token for the cookie.
  Result<std::string> start(const store::AccountRecord& account, const crypto::SecretKey& dk,
                            std::string_view user_agent);
  // Unauthenticated when the token is unknown, expired (idle or absolute) or does not open.
  Result<Principal> resolve(std::string_view token);
  // Ends the session behind the token (no error when it is already gone).
  Status end(std::string_view token);
  Result<std::vector<store::SessionRecord>> list(const Principal& who);
  Status end_other(const Principal& who, std::string_view session_id);
  Status end_all_others(const Principal& who);

 private:
  store::Store& store_;
  const AppConfig& config_;
  Clock clock_;
};

// "Firefox on Linux" from a User-Agent; never stores the full string.
std::string device_label(std::string_view user_agent);

}  // namespace refuge::web
