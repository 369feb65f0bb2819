#include "core/accounts/credentials.h"

#include <algorithm>
#include <cctype>

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::accounts {
namespace {

using text::ascii_lower;
using text::trim;

}  // namespace

CommonPasswords CommonPasswords::parse(std::string_view text) {
  CommonPasswords list;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    list.words_.insert(ascii_lower(line));
  }
  return list;
}

bool CommonPasswords::contains(std::string_view password) const {
  return words_.count(ascii_lower(password)) > 0;
}

Result<std::string> canonical_username(std::string_view username) {
  if (username.size() < 3 || username.size() > 32) {
    return Status::InvalidArgument("errors.username_length");
  }
  std::string lower = ascii_lower(username);
  for (char c : lower) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) {
      return Status::InvalidArgument(
          "errors.username_characters");
    }
  }
  return lower;
}

Status check_new_password(std::string_view username, std::string_view password,
                          const CommonPasswords& common) {
  if (!text::is_valid_utf8(password)) {
    return Status::InvalidArgument("errors.password_unreadable");
  }
  if (password.size() > kMaxPasswordLength) {
    return Status::InvalidArgument("errors.password_too_long");
  }
  if (text::count_code_points(password) < kMinPasswordLength) {
    return Status::InvalidArgument("errors.password_too_short");
  }
  if (ascii_lower(password) == ascii_lower(username)) {
    return Status::InvalidArgument("errors.password_is_username");
  }
  if (common.contains(password)) {
    return Status::InvalidArgument(
        "errors.password_common");
  }
  return Status::Ok();
}

}  // namespace refuge::accounts
