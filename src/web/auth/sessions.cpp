#include "web/auth/sessions.h"

#include <algorithm>

#include "store/crypto/key_wrap.h"
#include "store/crypto/random.h"

namespace refuge::web {

std::string device_label(std::string_view ua) {
  auto has = [&](std::string_view s) { return ua.find(s) != std::string_view::npos; };
  std::string browser = has("Firefox/")                   ? "Firefox"
                        : has("Edg/")                     ? "Edge"
                        : has("Chrome/") || has("Chromium/") ? "Chrome"
                        : has("Safari/")                  ? "Safari"
                        : has("curl/")                    ? "curl"
                                                          : "A browser";
  std::string os = has("Android")                          ? "Android"
                   : has("iPhone") || has("iPad")          ? "iOS"
                   : has("Windows")                        ? "Windows"
                   : has("Mac OS X") || has("Macintosh")   ? "macOS"
                   : has("Linux")                          ? "Linux"
                                                           : "";
  return os.empty() ? browser : browser + " on " + os;
}

Result<std::string> Sessions::start(const store::AccountRecord& account,
                                    const crypto::SecretKey& dk, std::string_view user_agent) {
  std::string token = crypto::new_session_token();
  int64_t now = clock_();
  store::SessionRecord s;
  s.id = crypto::random_id();
  s.token_hash = crypto::session_token_hash(token);
  s.account_id = account.id;
  s.dk_by_session = crypto::wrap_with_session_token(dk, token);
  s.created_at = now;
  s.last_seen_at = now;
  s.device = device_label(user_agent);
  Status st = store_.sessions().create(s);
  if (!st.ok()) return st;
  return token;
}

Result<Principal> Sessions::resolve(std::string_view token) {
  if (token.size() != 43) return Status::Unauthenticated("errors.signed_out");
  auto active = store_.sessions().find_active(crypto::session_token_hash(token));
  if (!active.ok()) {
    if (active.status().Is(Status::Code::kNotFound)) {
      return Status::Unauthenticated("errors.signed_out");
    }
    return active.status();
  }
  const store::SessionRecord& s = active->session;
  int64_t now = clock_();
  if (now - s.last_seen_at >= config_.session_idle_seconds ||
      now - s.created_at >= config_.session_absolute_seconds) {
    store_.sessions().remove(s.account_id, s.id);
    return Status::Unauthenticated("errors.session_expired");
  }
  auto dk = crypto::unwrap_with_session_token(s.dk_by_session, token);
  if (!dk.ok()) return Status::Unauthenticated("errors.signed_out");
  // Sliding idle window; written at most once a minute to spare the writer.
  if (now - s.last_seen_at >= std::min<int64_t>(60, config_.session_idle_seconds / 4)) {
    store_.sessions().touch(s.id, now);
  }
  Principal p;
  p.account.id = s.account_id;
  p.account.username = std::move(active->username);
  p.account.role = active->role;
  p.session_id = s.id;
  p.data_key = dk.value();
  p.csrf_token = crypto::csrf_token_for(token);
  return p;
}

Status Sessions::end(std::string_view token) {
  auto s = store_.sessions().find_by_token_hash(crypto::session_token_hash(token));
  if (!s.ok()) return Status::Ok();
  return store_.sessions().remove(s->account_id, s->id);
}

Result<std::vector<store::SessionRecord>> Sessions::list(const Principal& who) {
  return store_.sessions().list_for(who.account.id);
}

Status Sessions::end_other(const Principal& who, std::string_view session_id) {
  return store_.sessions().remove(who.account.id, session_id);
}

Status Sessions::end_all_others(const Principal& who) {
  return store_.sessions().remove_all_except(who.account.id, who.session_id);
}

}  // namespace refuge::web
