// Settings of a running Refuge server (from `refuge serve` flags / REFUGE_* variables).
#pragma once

#include <cstdint>
#include <string>

namespace refuge::web {

struct AppConfig {
  std::string data_dir = "./refuge-data";
  std::string content_dir = "content";    // content/ (locales, crisis lines, passwords)
  std::string web_dir = "web";            // web/templates and web/static
  std::string country = "US";             // default crisis-line country
  bool secure_cookies = false;            // add Secure to cookies (behind HTTPS)
  int64_t session_idle_seconds = 30 * 60;
  int64_t session_absolute_seconds = 12 * 60 * 60;
  int login_failure_limit = 5;            // failures per account or address ...
  int64_t login_failure_window_seconds = 15 * 60;  // ... within this window
};

}  // namespace refuge::web
