#include "store/sqlite/migrations.h"

#include <string>

namespace refuge::store::sqlite {
namespace {

struct Migration {
  int version;
  const char* sql;
};

// Append only: a released migration is never edited.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('person', 'therapist', 'admin')),
  password_hash TEXT NOT NULL,
  password_salt BLOB NOT NULL,
  dk_by_password BLOB NOT NULL,
  recovery_salt BLOB NOT NULL,
  dk_by_recovery BLOB NOT NULL,
  public_key BLOB NOT NULL,
  secret_key_sealed BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  token_hash BLOB NOT NULL UNIQUE,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  dk_by_session BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  device TEXT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions(account_id);
CREATE TABLE login_attempts (
  key TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX login_attempts_by_key ON login_attempts(key, at);
CREATE TABLE journal_entries (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  sealed BLOB NOT NULL
);
CREATE INDEX journal_by_owner ON journal_entries(owner_id, created_at DESC, id DESC);
)sql"},
    {2, R"sql(
CREATE TABLE practice_sessions (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  practice_id TEXT NOT NULL,
  variant TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  seconds INTEGER NOT NULL,
  completed INTEGER NOT NULL,
  sealed BLOB NOT NULL
);
CREATE INDEX practice_sessions_by_owner ON practice_sessions(owner_id, started_at DESC);
CREATE TABLE soothing_kits (
  owner_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  updated_at INTEGER NOT NULL,
  sealed BLOB NOT NULL
);
)sql"},
    {3, R"sql(
CREATE TABLE thought_records (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  sealed BLOB NOT NULL
);
CREATE INDEX thought_records_by_owner ON thought_records(owner_id, created_at DESC, id DESC);
CREATE TABLE compassion_phrases (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  sealed BLOB NOT NULL
);
CREATE INDEX compassion_phrases_by_owner ON compassion_phrases(owner_id, created_at DESC, id DESC);
CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  instrument_id TEXT NOT NULL,
  completed INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  sealed BLOB NOT NULL
);
CREATE INDEX assessments_by_owner ON assessments(owner_id, created_at, id);
CREATE TABLE risk_events (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  source TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX risk_events_by_owner ON risk_events(owner_id, created_at DESC);
)sql"},
    // The journal list opens a separately sealed summary instead of each whole entry. Entries
    // written before this stay NULL until edited (the list opens the whole entry for those).
    {4, R"sql(
ALTER TABLE journal_entries ADD COLUMN sealed_summary BLOB;
)sql"},
    // Lists written within the same second keep the order they were written in: ties on the
    // time are broken by rowid (insertion order) instead of the random id. An index on
    // (owner, time) ends in rowid, so one index read in either direction gives that order.
    {5, R"sql(
DROP INDEX journal_by_owner;
CREATE INDEX journal_by_owner_time ON journal_entries(owner_id, created_at);
DROP INDEX thought_records_by_owner;
CREATE INDEX thought_records_by_owner_time ON thought_records(owner_id, created_at);
DROP INDEX compassion_phrases_by_owner;
CREATE INDEX compassion_phrases_by_owner_time ON compassion_phrases(owner_id, created_at);
DROP INDEX assessments_by_owner;
CREATE INDEX assessments_by_owner_time ON assessments(owner_id, created_at);
DROP INDEX risk_events_by_owner;
CREATE INDEX risk_events_by_owner_time ON risk_events(owner_id, created_at);
DROP INDEX practice_sessions_by_owner;
CREATE INDEX practice_sessions_by_owner_time ON practice_sessions(owner_id, started_at);
)sql"},
    // The journal list opens a few summary blocks (core/journal/summary_block.h) instead of one
    // sealed summary per entry. Entries from before stay in no block and are listed as before.
    {6, R"sql(
CREATE TABLE journal_summary_blocks (
  owner_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  block INTEGER NOT NULL,
  placed INTEGER NOT NULL,
  sealed BLOB NOT NULL,
  PRIMARY KEY (owner_id, block)
) WITHOUT ROWID;
ALTER TABLE journal_entries ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE journal_entries ADD COLUMN summary_block INTEGER;
)sql"},
    // The person's safety plan (core/safety/safety_plan.h): one sealed document per person, the
    // same shape as the self-soothing kit.
    {7, R"sql(
CREATE TABLE safety_plans (
  owner_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  updated_at INTEGER NOT NULL,
  sealed BLOB NOT NULL
);
)sql"},
    // The person's attachment story (core/reflections/story.h): every reflection sealed together
    // as one document per person, the same shape as the safety plan.
    {8, R"sql(
CREATE TABLE attachment_stories (
  owner_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  updated_at INTEGER NOT NULL,
  sealed BLOB NOT NULL
);
)sql"},
    // The person's way through the program (core/program/progress.h): one sealed document per
    // person, the same shape as the safety plan.
    {9, R"sql(
CREATE TABLE program_progress (
  owner_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  updated_at INTEGER NOT NULL,
  sealed BLOB NOT NULL
);
)sql"},
};

}  // namespace

int latest_schema_version() { return kMigrations[std::size(kMigrations) - 1].version; }

Status migrate(Connection& db) {
  Status st = db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "applied_at INTEGER NOT NULL)");
  if (!st.ok()) return st;
  return db.transaction([&db]() -> Status {
    int64_t have = 0;
    {
      auto current = db.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
      if (!current.ok()) return current.status();
      auto row = current->step();
      if (!row.ok()) return row.status();
      have = current->integer(0);
    }
    if (have > latest_schema_version()) {
      return Status::IOError("the database was written by a newer Refuge (schema " +
                             std::to_string(have) + "); please upgrade");
    }
    for (const auto& m : kMigrations) {
      if (m.version <= have) continue;
      Status st = db.exec(m.sql);
      if (!st.ok()) return st;
      auto rec = db.prepare(
          "INSERT INTO schema_migrations(version, applied_at) VALUES (?, strftime('%s','now'))");
      if (!rec.ok()) return rec.status();
      rec->bind(1, static_cast<int64_t>(m.version));
      auto done = rec->run();
      if (!done.ok()) return done.status();
    }
    return Status::Ok();
  });
}

}  // namespace refuge::store::sqlite
