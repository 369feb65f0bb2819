#include <algorithm>

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
  r.sealed_summary = st.blob(5);
  r.revision = st.integer(6);
  r.summary_block = st.integer(7);  // NULL reads as 0: in no block
  return r;
}

// The columns read_entry reads, for statements that select whole records.
#define REFUGE_JOURNAL_COLUMNS \
  "id, owner_id, created_at, updated_at, sealed, sealed_summary, revision, summary_block "

SummaryBlockRecord read_block(const Statement& st) {
  return SummaryBlockRecord{st.text(0), st.integer(1), st.integer(2), st.blob(3)};
}

// A summary is NULL for entries written before schema 4.
void bind_summary(Statement& st, int i, const Bytes& summary) {
  if (summary.empty()) {
    st.bind_null(i);
  } else {
    st.bind(i, summary);
  }
}

}  // namespace

Status SqliteJournal::create(const JournalRecord& r) {
  return write_one(
      pool_,
      "INSERT INTO journal_entries (id, owner_id, created_at, updated_at, sealed, sealed_summary) "
      "VALUES (?,?,?,?,?,?)",
      [&](Statement& st) {
        st.bind(1, r.id).bind(2, r.owner_id).bind(3, r.created_at).bind(4, r.updated_at);
        st.bind(5, r.sealed);
        bind_summary(st, 6, r.sealed_summary);
      },
      nullptr);
}

Result<int64_t> SqliteJournal::update(const JournalRecord& r) {
  return pool_.write([&](Connection& db) -> Result<int64_t> {
    auto st = db.prepare(
        "UPDATE journal_entries SET sealed = ?, sealed_summary = ?, updated_at = ?, "
        "revision = revision + 1 WHERE id = ? AND owner_id = ? RETURNING revision");
    if (!st.ok()) return st.status();
    st->bind(1, r.sealed);
    bind_summary(*st, 2, r.sealed_summary);
    st->bind(3, r.updated_at).bind(4, r.id).bind(5, r.owner_id);
    auto row = st->step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound("no such entry");
    return st->integer(0);
  });
}

Result<JournalRecord> SqliteJournal::get(std::string_view owner_id, std::string_view id) {
  return read_row<JournalRecord>(
      pool_,
      "SELECT " REFUGE_JOURNAL_COLUMNS "FROM journal_entries WHERE id = ? AND owner_id = ?",
      [&](Statement& st) { st.bind(1, id).bind(2, owner_id); }, read_entry, "no such entry");
}

Result<std::vector<JournalRecord>> SqliteJournal::list(std::string_view owner_id, int64_t offset,
                                                       int64_t limit) {
  return read_rows<JournalRecord>(
      pool_,
      "SELECT " REFUGE_JOURNAL_COLUMNS
      "FROM journal_entries WHERE owner_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ? "
      "OFFSET ?",
      [&](Statement& st) { st.bind(1, owner_id).bind(2, limit).bind(3, offset); }, read_entry);
}

// One statement: the page (the sealed summary only for entries in no summary block, the whole
// entry only where there is no summary at all) and, in every row, the total from a subquery that
// SQLite evaluates once. A page past the end has no row to carry the
// total, so that case counts separately.
Result<JournalListing> SqliteJournal::list_summaries(std::string_view owner_id, int64_t offset,
                                                     int64_t limit) {
  auto page = pool_.read([&](Connection& db) -> Result<JournalListing> {
    auto st = db.prepare(
        "SELECT id, owner_id, created_at, updated_at, "
        "CASE WHEN sealed_summary IS NULL AND summary_block IS NULL THEN sealed END, "
        "CASE WHEN summary_block IS NULL THEN sealed_summary END, revision, summary_block, "
        "(SELECT COUNT(*) FROM journal_entries WHERE owner_id = ?1) "
        "FROM journal_entries WHERE owner_id = ?1 "
        "ORDER BY created_at DESC, rowid DESC LIMIT ?2 OFFSET ?3");
    if (!st.ok()) return st.status();
    st->bind(1, owner_id).bind(2, limit).bind(3, offset);
    JournalListing out;
    out.records.reserve(static_cast<std::size_t>(std::clamp<int64_t>(limit, 0, 100)));
    while (true) {
      auto row = st->step();
      if (!row.ok()) return row.status();
      if (!*row) return out;
      out.records.push_back(read_entry(*st));
      out.total = st->integer(8);
    }
  });
  if (!page.ok() || !page->records.empty()) return page;
  auto total = count(owner_id);
  if (!total.ok()) return total.status();
  page->total = *total;
  return page;
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

Result<SummaryBlockRecord> SqliteJournal::newest_summary_block(std::string_view owner_id) {
  return read_row<SummaryBlockRecord>(
      pool_,
      "SELECT owner_id, block, placed, sealed FROM journal_summary_blocks WHERE owner_id = ? "
      "ORDER BY block DESC LIMIT 1",
      [&](Statement& st) { st.bind(1, owner_id); }, read_block, "no summary block");
}

Result<SummaryBlockRecord> SqliteJournal::summary_block(std::string_view owner_id,
                                                        int64_t block) {
  return read_row<SummaryBlockRecord>(
      pool_,
      "SELECT owner_id, block, placed, sealed FROM journal_summary_blocks "
      "WHERE owner_id = ? AND block = ?",
      [&](Statement& st) { st.bind(1, owner_id).bind(2, block); }, read_block,
      "no such summary block");
}

Status SqliteJournal::put_summary_block(const SummaryBlockRecord& b,
                                        std::string_view placed_entry_id) {
  return pool_.write([&](Connection& db) {
    return db.transaction([&]() -> Status {
      {
        auto put = db.prepare(
            "INSERT OR REPLACE INTO journal_summary_blocks (owner_id, block, placed, sealed) "
            "VALUES (?,?,?,?)");
        if (!put.ok()) return put.status();
        put->bind(1, b.owner_id).bind(2, b.block).bind(3, b.placed).bind(4, b.sealed);
        auto n = put->run();
        if (!n.ok()) return n.status();
      }
      if (placed_entry_id.empty()) return Status::Ok();
      auto mark =
          db.prepare("UPDATE journal_entries SET summary_block = ? WHERE id = ? AND owner_id = ?");
      if (!mark.ok()) return mark.status();
      mark->bind(1, b.block).bind(2, placed_entry_id).bind(3, b.owner_id);
      auto n = mark->run();
      if (!n.ok()) return n.status();
      return *n == 0 ? Status::NotFound("no such entry") : Status::Ok();
    });
  });
}

}  // namespace refuge::store::sqlite
