// Request ids tie together the log lines of one request. Private to src/web/http/.
#pragma once

#include <string>

namespace refuge::web::detail {

// 12 random base32 characters (60 bits) from a per-thread generator seeded by std::random_device.
// Not a secret and not unique by construction: only for reading logs. Thread-safe.
std::string new_request_id();

}  // namespace refuge::web::detail
