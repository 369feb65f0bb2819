#include "store/sqlite/tables.h"

namespace refuge::store::sqlite {

Status SqliteLoginAttempts::record_failure(std::string_view key, int64_t now) {
  return write_one(
      pool_, "INSERT INTO login_attempts (key, at) VALUES (?, ?)",
      [&](Statement& st) { st.bind(1, key).bind(2, now); }, nullptr);
}

Result<int64_t> SqliteLoginAttempts::failures_since(std::string_view key, int64_t since) {
  return read_integer(pool_, "SELECT COUNT(*) FROM login_attempts WHERE key = ? AND at >= ?",
                      [&](Statement& st) { st.bind(1, key).bind(2, since); });
}

Result<int64_t> SqliteLoginAttempts::oldest_failure_since(std::string_view key, int64_t since) {
  return read_integer(pool_,
                      "SELECT COALESCE(MIN(at), 0) FROM login_attempts WHERE key = ? AND at >= ?",
                      [&](Statement& st) { st.bind(1, key).bind(2, since); });
}

Status SqliteLoginAttempts::clear(std::string_view key) {
  return write_one(
      pool_, "DELETE FROM login_attempts WHERE key = ?", [&](Statement& st) { st.bind(1, key); },
      nullptr);
}

Status SqliteLoginAttempts::prune(int64_t before) {
  return write_one(
      pool_, "DELETE FROM login_attempts WHERE at < ?", [&](Statement& st) { st.bind(1, before); },
      nullptr);
}

}  // namespace refuge::store::sqlite
