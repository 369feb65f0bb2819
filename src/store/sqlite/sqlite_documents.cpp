#include "store/sqlite/tables.h"

namespace refuge::store::sqlite {
namespace {

DocumentRecord read_document(const Statement& st) {
  return DocumentRecord{st.text(0), st.text(1), st.integer(2), st.integer(3), st.blob(4)};
}

}  // namespace

SqliteDocuments::SqliteDocuments(Pool& pool, std::string table)
    : pool_(pool),
      insert_("INSERT INTO " + table +
              " (id, owner_id, created_at, updated_at, sealed) VALUES (?,?,?,?,?)"),
      update_("UPDATE " + table + " SET sealed = ?, updated_at = ? WHERE id = ? AND owner_id = ?"),
      get_("SELECT id, owner_id, created_at, updated_at, sealed FROM " + table +
           " WHERE id = ? AND owner_id = ?"),
      list_("SELECT id, owner_id, created_at, updated_at, sealed FROM " + table +
            " WHERE owner_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?"),
      count_("SELECT COUNT(*) FROM " + table + " WHERE owner_id = ?"),
      remove_("DELETE FROM " + table + " WHERE id = ? AND owner_id = ?") {}

Status SqliteDocuments::create(const DocumentRecord& r) {
  return write_one(
      pool_, insert_.c_str(),
      [&](Statement& st) {
        st.bind(1, r.id).bind(2, r.owner_id).bind(3, r.created_at).bind(4, r.updated_at);
        st.bind(5, r.sealed);
      },
      nullptr);
}

Status SqliteDocuments::update(const DocumentRecord& r) {
  return write_one(
      pool_, update_.c_str(),
      [&](Statement& st) {
        st.bind(1, r.sealed).bind(2, r.updated_at).bind(3, r.id).bind(4, r.owner_id);
      },
      "no such record");
}

Result<DocumentRecord> SqliteDocuments::get(std::string_view owner_id, std::string_view id) {
  return read_row<DocumentRecord>(
      pool_, get_.c_str(), [&](Statement& st) { st.bind(1, id).bind(2, owner_id); },
      read_document, "no such record");
}

Result<std::vector<DocumentRecord>> SqliteDocuments::list(std::string_view owner_id,
                                                          int64_t offset, int64_t limit) {
  return read_rows<DocumentRecord>(
      pool_, list_.c_str(),
      [&](Statement& st) { st.bind(1, owner_id).bind(2, limit).bind(3, offset); },
      read_document);
}

Result<int64_t> SqliteDocuments::count(std::string_view owner_id) {
  return read_integer(pool_, count_.c_str(), [&](Statement& st) { st.bind(1, owner_id); });
}

Status SqliteDocuments::remove(std::string_view owner_id, std::string_view id) {
  return write_one(
      pool_, remove_.c_str(), [&](Statement& st) { st.bind(1, id).bind(2, owner_id); },
      "no such record");
}

SqlitePersonDocuments::SqlitePersonDocuments(Pool& pool, std::string table)
    : pool_(pool),
      get_("SELECT owner_id, updated_at, sealed FROM " + table + " WHERE owner_id = ?"),
      put_("INSERT INTO " + table +
           " (owner_id, updated_at, sealed) VALUES (?,?,?) "
           "ON CONFLICT(owner_id) DO UPDATE SET updated_at = excluded.updated_at, "
           "sealed = excluded.sealed"),
      insert_new_("INSERT INTO " + table +
                  " (owner_id, updated_at, sealed) VALUES (?,?,?) ON CONFLICT(owner_id) DO NOTHING"),
      update_if_("UPDATE " + table +
                 " SET updated_at = ?, sealed = ? WHERE owner_id = ? AND sealed = ?") {}

Result<PersonDocumentRecord> SqlitePersonDocuments::get(std::string_view owner_id) {
  return read_row<PersonDocumentRecord>(
      pool_, get_.c_str(), [&](Statement& st) { st.bind(1, owner_id); },
      [](const Statement& st) {
        return PersonDocumentRecord{st.text(0), st.integer(1), st.blob(2)};
      },
      "no such record");
}

Status SqlitePersonDocuments::put(const PersonDocumentRecord& r) {
  return write_one(
      pool_, put_.c_str(),
      [&](Statement& st) { st.bind(1, r.owner_id).bind(2, r.updated_at).bind(3, r.sealed); },
      nullptr);
}

Result<bool> SqlitePersonDocuments::replace_if_unchanged(const PersonDocumentRecord& r,
                                                         const Bytes* previous) {
  // A sealed document carries a random nonce, so equal bytes mean the very same write.
  Status st = previous == nullptr
                  ? write_one(pool_, insert_new_.c_str(),
                              [&](Statement& s) {
                                s.bind(1, r.owner_id).bind(2, r.updated_at).bind(3, r.sealed);
                              },
                              "written meanwhile")
                  : write_one(pool_, update_if_.c_str(),
                              [&](Statement& s) {
                                s.bind(1, r.updated_at).bind(2, r.sealed).bind(3, r.owner_id).bind(
                                    4, *previous);
                              },
                              "written meanwhile");
  if (st.Is(Status::Code::kNotFound)) return false;
  if (!st.ok()) return st;
  return true;
}

}  // namespace refuge::store::sqlite
