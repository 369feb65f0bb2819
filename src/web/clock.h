// The current time, injectable so session expiry and throttling are tested without waiting.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

namespace refuge::web {

using Clock = std::function<int64_t()>;  // Unix seconds

inline int64_t system_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace refuge::web
