// The SQLite implementations of each aggregate's store (one file each).
#pragma once

#include "store/sqlite/pool.h"
#include "store/store.h"

namespace refuge::store::sqlite {

class SqliteAccounts : public AccountStore {
 public:
  explicit SqliteAccounts(Pool& pool) : pool_(pool) {}
  Status create(const AccountRecord& a) override;
  Result<AccountRecord> find_by_username(std::string_view username) override;
  Result<AccountRecord> find(std::string_view id) override;
  Status update_keys(const AccountRecord& a) override;
  Status remove(std::string_view id) override;
  Result<int64_t> count() override;

 private:
  Result<AccountRecord> find_where(const char* sql, std::string_view value);
  Pool& pool_;
};

class SqliteSessions : public SessionStore {
 public:
  explicit SqliteSessions(Pool& pool) : pool_(pool) {}
  Status create(const SessionRecord& s) override;
  Result<SessionRecord> find_by_token_hash(const Bytes& token_hash) override;
  Result<ActiveSession> find_active(const Bytes& token_hash) override;
  Status touch(std::string_view id, int64_t now) override;
  Result<std::vector<SessionRecord>> list_for(std::string_view account_id) override;
  Status remove(std::string_view account_id, std::string_view id) override;
  Status remove_all_except(std::string_view account_id, std::string_view keep_id) override;
  Result<int64_t> remove_expired(int64_t idle_cutoff, int64_t absolute_cutoff) override;

 private:
  Pool& pool_;
};

class SqliteLoginAttempts : public LoginAttemptStore {
 public:
  explicit SqliteLoginAttempts(Pool& pool) : pool_(pool) {}
  Status record_failure(std::string_view key, int64_t now) override;
  Result<int64_t> failures_since(std::string_view key, int64_t since) override;
  Result<int64_t> oldest_failure_since(std::string_view key, int64_t since) override;
  Status clear(std::string_view key) override;
  Status prune(int64_t before) override;

 private:
  Pool& pool_;
};

class SqliteJournal : public JournalStore {
 public:
  explicit SqliteJournal(Pool& pool) : pool_(pool) {}
  Status create(const JournalRecord& r) override;
  Result<int64_t> update(const JournalRecord& r) override;
  Result<JournalRecord> get(std::string_view owner_id, std::string_view id) override;
  Result<std::vector<JournalRecord>> list(std::string_view owner_id, int64_t offset,
                                          int64_t limit) override;
  Result<JournalListing> list_summaries(std::string_view owner_id, int64_t offset,
                                        int64_t limit) override;
  Result<int64_t> count(std::string_view owner_id) override;
  Status remove(std::string_view owner_id, std::string_view id) override;
  Result<SummaryBlockRecord> newest_summary_block(std::string_view owner_id) override;
  Result<SummaryBlockRecord> summary_block(std::string_view owner_id, int64_t block) override;
  Status put_summary_block(const SummaryBlockRecord& b, std::string_view placed_entry_id) override;

 private:
  Pool& pool_;
};

class SqlitePracticeLog : public PracticeLogStore {
 public:
  explicit SqlitePracticeLog(Pool& pool) : pool_(pool) {}
  Status create(const PracticeSessionRecord& r) override;
  Result<std::vector<PracticeSessionRecord>> list_since(std::string_view owner_id, int64_t since,
                                                        int64_t limit) override;

 private:
  Pool& pool_;
};

// A PersonDocumentStore over one table of (owner_id primary key, updated_at, sealed). The table
// name comes from code, never from input.
class SqlitePersonDocuments : public PersonDocumentStore {
 public:
  SqlitePersonDocuments(Pool& pool, std::string table);
  Result<PersonDocumentRecord> get(std::string_view owner_id) override;
  Status put(const PersonDocumentRecord& r) override;
  Result<bool> replace_if_unchanged(const PersonDocumentRecord& r, const Bytes* previous) override;

 private:
  Pool& pool_;
  std::string get_, put_, insert_new_, update_if_;  // SQL for this table
};

// A DocumentStore over one table of (id, owner_id, created_at, updated_at, sealed). The table
// name comes from code, never from input.
class SqliteDocuments : public DocumentStore {
 public:
  SqliteDocuments(Pool& pool, std::string table);
  Status create(const DocumentRecord& r) override;
  Status update(const DocumentRecord& r) override;
  Result<DocumentRecord> get(std::string_view owner_id, std::string_view id) override;
  Result<std::vector<DocumentRecord>> list(std::string_view owner_id, int64_t offset,
                                           int64_t limit) override;
  Result<int64_t> count(std::string_view owner_id) override;
  Status remove(std::string_view owner_id, std::string_view id) override;

 private:
  Pool& pool_;
  std::string insert_, update_, get_, list_, count_, remove_;  // SQL for this table
};

class SqliteAssessments : public AssessmentStore {
 public:
  explicit SqliteAssessments(Pool& pool) : pool_(pool) {}
  Status create(const AssessmentRecord& r) override;
  Status update(const AssessmentRecord& r) override;
  Result<AssessmentRecord> get(std::string_view owner_id, std::string_view id) override;
  Result<std::vector<AssessmentRecord>> list(std::string_view owner_id,
                                             std::string_view instrument_id) override;
  Status remove(std::string_view owner_id, std::string_view id) override;

 private:
  Pool& pool_;
};

class SqliteRiskEvents : public RiskEventStore {
 public:
  explicit SqliteRiskEvents(Pool& pool) : pool_(pool) {}
  Status record(const RiskEventRecord& r) override;
  Result<std::vector<RiskEventRecord>> list(std::string_view owner_id) override;

 private:
  Pool& pool_;
};

// Runs a write statement built by `bind` and maps "no row changed" to NotFound(what).
template <typename Bind>
Status write_one(Pool& pool, const char* sql, Bind&& bind, const char* what) {
  return pool.write([&](Connection& db) -> Status {
    auto st = db.prepare(sql);
    if (!st.ok()) return st.status();
    bind(*st);
    auto n = st->run();
    if (!n.ok()) return n.status();
    if (what && *n == 0) return Status::NotFound(what);
    return Status::Ok();
  });
}

// Runs a query and reads every row with `read`.
template <typename T, typename Bind, typename Read>
Result<std::vector<T>> read_rows(Pool& pool, const char* sql, Bind&& bind, Read&& read) {
  return pool.read([&](Connection& db) -> Result<std::vector<T>> {
    auto st = db.prepare(sql);
    if (!st.ok()) return st.status();
    bind(*st);
    std::vector<T> out;
    while (true) {
      auto row = st->step();
      if (!row.ok()) return row.status();
      if (!*row) return out;
      out.push_back(read(*st));
    }
  });
}

// Runs a query expected to return one row; NotFound(not_found) when it returns none.
template <typename T, typename Bind, typename Read>
Result<T> read_row(Pool& pool, const char* sql, Bind&& bind, Read&& read, const char* not_found) {
  auto rows = read_rows<T>(pool, sql, bind, read);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound(not_found);
  return std::move(rows->front());
}

// Runs a query returning one integer.
template <typename Bind>
Result<int64_t> read_integer(Pool& pool, const char* sql, Bind&& bind) {
  return pool.read([&](Connection& db) -> Result<int64_t> {
    auto st = db.prepare(sql);
    if (!st.ok()) return st.status();
    bind(*st);
    auto row = st->step();
    if (!row.ok()) return row.status();
    return *row ? st->integer(0) : 0;
  });
}

}  // namespace refuge::store::sqlite
