#include "store/sqlite/tables.h"

namespace refuge::store::sqlite {
namespace {

constexpr const char* kSelect =
    "SELECT id, token_hash, account_id, dk_by_session, created_at, last_seen_at, device "
    "FROM sessions ";

SessionRecord read_session(const Statement& st) {
  SessionRecord s;
  s.id = st.text(0);
  s.token_hash = st.blob(1);
  s.account_id = st.text(2);
  s.dk_by_session = st.blob(3);
  s.created_at = st.integer(4);
  s.last_seen_at = st.integer(5);
  s.device = st.text(6);
  return s;
}

}  // namespace

Status SqliteSessions::create(const SessionRecord& s) {
  return write_one(
      pool_,
      "INSERT INTO sessions (id, token_hash, account_id, dk_by_session, created_at, "
      "last_seen_at, device) VALUES (?,?,?,?,?,?,?)",
      [&](Statement& st) {
        st.bind(1, s.id).bind(2, s.token_hash).bind(3, s.account_id).bind(4, s.dk_by_session);
        st.bind(5, s.created_at).bind(6, s.last_seen_at).bind(7, s.device);
      },
      nullptr);
}

Result<SessionRecord> SqliteSessions::find_by_token_hash(const Bytes& token_hash) {
  static const std::string sql = std::string(kSelect) + "WHERE token_hash = ?";
  return read_row<SessionRecord>(
      pool_, sql.c_str(), [&](Statement& st) { st.bind(1, token_hash); }, read_session,
      "no such session");
}

Result<ActiveSession> SqliteSessions::find_active(const Bytes& token_hash) {
  return read_row<ActiveSession>(
      pool_,
      "SELECT s.id, s.token_hash, s.account_id, s.dk_by_session, s.created_at, s.last_seen_at, "
      "s.device, a.username, a.role FROM sessions s JOIN accounts a ON a.id = s.account_id "
      "WHERE s.token_hash = ?",
      [&](Statement& st) { st.bind(1, token_hash); },
      [](const Statement& st) {
        ActiveSession a;
        a.session = read_session(st);
        a.username = st.text(7);
        role_from_string(st.text(8), &a.role);
        return a;
      },
      "no such session");
}

Status SqliteSessions::touch(std::string_view id, int64_t now) {
  return write_one(
      pool_, "UPDATE sessions SET last_seen_at = ? WHERE id = ?",
      [&](Statement& st) { st.bind(1, now).bind(2, id); }, nullptr);
}

Result<std::vector<SessionRecord>> SqliteSessions::list_for(std::string_view account_id) {
  static const std::string sql =
      std::string(kSelect) + "WHERE account_id = ? ORDER BY last_seen_at DESC, id";
  return read_rows<SessionRecord>(
      pool_, sql.c_str(), [&](Statement& st) { st.bind(1, account_id); }, read_session);
}

Status SqliteSessions::remove(std::string_view account_id, std::string_view id) {
  return write_one(
      pool_, "DELETE FROM sessions WHERE id = ? AND account_id = ?",
      [&](Statement& st) { st.bind(1, id).bind(2, account_id); }, "no such session");
}

Status SqliteSessions::remove_all_except(std::string_view account_id, std::string_view keep_id) {
  return write_one(
      pool_, "DELETE FROM sessions WHERE account_id = ? AND id <> ?",
      [&](Statement& st) { st.bind(1, account_id).bind(2, keep_id); }, nullptr);
}

Result<int64_t> SqliteSessions::remove_expired(int64_t idle_cutoff, int64_t absolute_cutoff) {
  return pool_.write([&](Connection& db) -> Result<int64_t> {
    auto st = db.prepare("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?");
    if (!st.ok()) return st.status();
    st->bind(1, idle_cutoff).bind(2, absolute_cutoff);
    return st->run();
  });
}

}  // namespace refuge::store::sqlite
