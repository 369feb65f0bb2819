// The embedded default Store: one SQLite file in WAL mode, one writer connection and a small pool
// of reader connections. Migrations run at open, inside an exclusive transaction.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "store/store.h"

namespace refuge::store {

struct SqliteOptions {
  std::string path;        // database file; created with its directory if missing (mode 0700)
  int readers = 4;         // reader connections
  int busy_timeout_ms = 5000;
};

// Opens (creating if needed) and migrates the database.
Result<std::unique_ptr<Store>> open_sqlite_store(const SqliteOptions& options);

// Consistent online copy of the open database at `db_path` to `to_path` (SQLite backup API).
Status backup_sqlite(const std::string& db_path, const std::string& to_path);
// Checks `from_path` (integrity_check, Refuge schema present, known schema version) and copies
// it over `db_path` (which must not be in use by a running server). Removes stale -wal/-shm.
Status restore_sqlite(const std::string& from_path, const std::string& db_path);

}  // namespace refuge::store
