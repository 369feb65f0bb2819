#include "store/sqlite/tables.h"

namespace refuge::store::sqlite {
namespace {

PracticeSessionRecord read_session(const Statement& st) {
  PracticeSessionRecord r;
  r.id = st.text(0);
  r.owner_id = st.text(1);
  r.practice_id = st.text(2);
  r.variant = st.text(3);
  r.started_at = st.integer(4);
  r.seconds = st.integer(5);
  r.completed = st.integer(6) != 0;
  r.sealed = st.blob(7);
  return r;
}

}  // namespace

Status SqlitePracticeLog::create(const PracticeSessionRecord& r) {
  return write_one(
      pool_,
      "INSERT INTO practice_sessions (id, owner_id, practice_id, variant, started_at, seconds, "
      "completed, sealed) VALUES (?,?,?,?,?,?,?,?)",
      [&](Statement& st) {
        st.bind(1, r.id).bind(2, r.owner_id).bind(3, r.practice_id).bind(4, r.variant);
        st.bind(5, r.started_at).bind(6, r.seconds).bind(7, int64_t{r.completed ? 1 : 0});
        st.bind(8, r.sealed);
      },
      nullptr);
}

Result<std::vector<PracticeSessionRecord>> SqlitePracticeLog::list_since(std::string_view owner_id,
                                                                         int64_t since,
                                                                         int64_t limit) {
  return read_rows<PracticeSessionRecord>(
      pool_,
      "SELECT id, owner_id, practice_id, variant, started_at, seconds, completed, sealed "
      "FROM practice_sessions WHERE owner_id = ? AND started_at >= ? "
      "ORDER BY started_at DESC, rowid DESC LIMIT ?",
      [&](Statement& st) { st.bind(1, owner_id).bind(2, since).bind(3, limit); }, read_session);
}

}  // namespace refuge::store::sqlite
