#include "store/sqlite/tables.h"

namespace refuge::store::sqlite {
namespace {

JournalRecord read_entry(const Statement& st) {
  JournalRecord r;
  r.id = st.text(0);
  r.owner_id = st.text(1);
  r.created_at = st.integer(2);
  r.updated_at = st.integer(3);
  r.sealed = st.blob(4);
  return r;
}

}  // namespace

Status SqliteJournal::create(const JournalRecord& r) {
  return write_one(
      pool_,
      "INSERT INTO journal_entries (id, owner_id, created_at, updated_at, sealed) "
      "VALUES (?,?,?,?,?)",
      [&](Statement& st) {
        st.bind(1, r.id).bind(2, r.owner_id).bind(3, r.created_at).bind(4, r.updated_at);
        st.bind(5, r.sealed);
      },
      nullptr);
}

Status SqliteJournal::update(const JournalRecord& r) {
  return write_one(
      pool_, "UPDATE journal_entries SET sealed = ?, updated_at = ? WHERE id = ? AND owner_id = ?",
      [&](Statement& st) {
        st.bind(1, r.sealed).bind(2, r.updated_at).bind(3, r.id).bind(4, r.owner_id);
      },
      "no such entry");
}

Result<JournalRecord> SqliteJournal::get(std::string_view owner_id, std::string_view id) {
  return read_row<JournalRecord>(
      pool_,
      "SELECT id, owner_id, created_at, updated_at, sealed FROM journal_entries "
      "WHERE id = ? AND owner_id = ?",
      [&](Statement& st) { st.bind(1, id).bind(2, owner_id); }, read_entry, "no such entry");
}

Result<std::vector<JournalRecord>> SqliteJournal::list(std::string_view owner_id, int64_t offset,
                                                       int64_t limit) {
  return read_rows<JournalRecord>(
      pool_,
      "SELECT id, owner_id, created_at, updated_at, sealed FROM journal_entries "
      "WHERE owner_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
      [&](Statement& st) { st.bind(1, owner_id).bind(2, limit).bind(3, offset); }, read_entry);
}

Result<int64_t> SqliteJournal::count(std::string_view owner_id) {
  return read_integer(pool_, "SELECT COUNT(*) FROM journal_entries WHERE owner_id = ?",
                      [&](Statement& st) { st.bind(1, owner_id); });
}

Status SqliteJournal::remove(std::string_view owner_id, std::string_view id) {
  return write_one(
      pool_, "DELETE FROM journal_entries WHERE id = ? AND owner_id = ?",
      [&](Statement& st) { st.bind(1, id).bind(2, owner_id); }, "no such entry");
}

}  // namespace refuge::store::sqlite
