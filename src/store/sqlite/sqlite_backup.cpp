// Online backup and checked restore with SQLite's backup API.
#include <sys/stat.h>

#include <filesystem>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"

namespace refuge::store {
namespace {

// Copies every page of `from` into `to` (both open connections).
Status copy_database(sqlite::Connection& from, sqlite::Connection& to) {
  sqlite3_backup* b = sqlite3_backup_init(to.raw(), "main", from.raw(), "main");
  if (!b) return to.error("backup");
  int rc = sqlite3_backup_step(b, -1);
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) return to.error("backup");
  return Status::Ok();
}

// A file is a Refuge database when it passes integrity_check and has a known schema version.
Status check_backup(sqlite::Connection& db) {
  auto ic = db.prepare("PRAGMA integrity_check");
  if (!ic.ok()) return Status::InvalidArgument("not a Refuge backup: not an SQLite database");
  auto row = ic->step();
  if (!row.ok()) return Status::InvalidArgument("not a Refuge backup: " + row.status().message());
  if (!*row || ic->text(0) != "ok") {
    return Status::InvalidArgument("the backup is damaged: integrity check failed");
  }
  auto v = db.prepare("SELECT MAX(version) FROM schema_migrations");
  if (!v.ok()) return Status::InvalidArgument("not a Refuge backup: no Refuge schema in it");
  auto vr = v->step();
  if (!vr.ok() || !*vr || v->integer(0) < 1) {
    return Status::InvalidArgument("not a Refuge backup: no Refuge schema in it");
  }
  if (v->integer(0) > sqlite::latest_schema_version()) {
    return Status::InvalidArgument("the backup comes from a newer Refuge; please upgrade first");
  }
  auto t = db.prepare("SELECT COUNT(*) FROM accounts");
  if (!t.ok()) return Status::InvalidArgument("not a Refuge backup: no accounts table");
  return Status::Ok();
}

}  // namespace

Status backup_sqlite(const std::string& db_path, const std::string& to_path) {
  std::error_code ec;
  if (!std::filesystem::exists(db_path, ec)) {
    return Status::NotFound("no database at " + db_path);
  }
  if (std::filesystem::exists(to_path, ec)) {
    return Status::InvalidArgument(to_path + " already exists; choose a new file name");
  }
  auto from = sqlite::Connection::open(db_path, false, false, 5000);
  if (!from.ok()) return from.status();
  mode_t old_mask = ::umask(077);
  auto to = sqlite::Connection::open(to_path, true, false, 5000);
  ::umask(old_mask);
  if (!to.ok()) return to.status();
  Status st = copy_database(*from, *to);
  if (!st.ok()) std::filesystem::remove(to_path, ec);
  return st;
}

Status restore_sqlite(const std::string& from_path, const std::string& db_path) {
  auto from = sqlite::Connection::open(from_path, false, true, 5000);
  if (!from.ok()) {
    return Status::InvalidArgument("not a Refuge backup: " + from_path +
                                   " cannot be opened as an SQLite database");
  }
  Status st = check_backup(*from);
  if (!st.ok()) return st;
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(db_path).parent_path(), ec);
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(db_path + suffix, ec);
  }
  mode_t old_mask = ::umask(077);
  auto to = sqlite::Connection::open(db_path, true, false, 5000);
  ::umask(old_mask);
  if (!to.ok()) return to.status();
  st = copy_database(*from, *to);
  if (!st.ok()) return st;
  return to->exec("PRAGMA journal_mode=WAL");
}

}  // namespace refuge::store
