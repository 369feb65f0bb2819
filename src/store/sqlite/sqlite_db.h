// A thin RAII layer over the SQLite C API: connections and prepared statements with parameters
// bound by index (values are never spliced into SQL). Errors become Status::IOError with SQLite's
// message, which never contains bound values.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace refuge::store::sqlite {

class Statement;

class Connection {
 public:
  // Opens (creating when `create`) the file and applies Refuge's PRAGMAs.
  static Result<Connection> open(const std::string& path, bool create, bool read_only,
                                 int busy_timeout_ms);
  Connection(Connection&& o) noexcept : db_(o.db_), cache_(std::move(o.cache_)) { o.db_ = nullptr; }
  Connection& operator=(Connection&& o) noexcept;
  Connection(const Connection&) = delete;
  ~Connection();

  Status exec(const char* sql);  // statements without parameters
  // Runs `body` (returning Status) inside BEGIN IMMEDIATE ... COMMIT, and rolls back when the
  // body or the commit fails.
  template <typename Body>
  Status transaction(Body&& body) {
    Status st = exec("BEGIN IMMEDIATE");
    if (!st.ok()) return st;
    st = body();
    if (st.ok()) st = exec("COMMIT");
    if (!st.ok()) exec("ROLLBACK");
    return st;
  }
  // Prepared statements are cached per connection and reset when the Statement ends, so a query
  // is compiled once per connection, not once per call.
  Result<Statement> prepare(const char* sql);
  sqlite3* raw() { return db_; }
  Status error(const char* what) const;  // IOError "<what>: <sqlite message>"

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  void finalize_cache();
  struct Cached {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
  };
  // Looked up by the SQL text without copying it (heterogeneous lookup).
  struct SqlHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view sql) const {
      return std::hash<std::string_view>{}(sql);
    }
  };
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, Cached, SqlHash, std::equal_to<>> cache_;
};

class Statement {
 public:
  Statement(Statement&& o) noexcept : st_(o.st_), db_(o.db_), in_use_(o.in_use_) {
    o.st_ = nullptr;
  }
  Statement(const Statement&) = delete;
  ~Statement();

  Statement& bind(int i, std::string_view text);
  Statement& bind(int i, int64_t v);
  Statement& bind(int i, const std::vector<unsigned char>& blob);
  Statement& bind_null(int i);
  // Steps once. true: a row is ready; false: done. Errors as Status.
  Result<bool> step();
  // Runs to completion (for INSERT/UPDATE/DELETE); returns the number of changed rows.
  Result<int64_t> run();

  std::string text(int col) const;
  int64_t integer(int col) const;
  std::vector<unsigned char> blob(int col) const;

 private:
  friend class Connection;
  Statement(sqlite3_stmt* st, sqlite3* db, bool* in_use) : st_(st), db_(db), in_use_(in_use) {}
  sqlite3_stmt* st_ = nullptr;
  sqlite3* db_ = nullptr;
  bool* in_use_ = nullptr;  // set for cached statements: reset and hand back instead of finalize
};

}  // namespace refuge::store::sqlite
