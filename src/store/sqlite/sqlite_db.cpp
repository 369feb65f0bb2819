#include "store/sqlite/sqlite_db.h"

namespace refuge::store::sqlite {

Result<Connection> Connection::open(const std::string& path, bool create, bool read_only,
                                    int busy_timeout_ms) {
  int flags = SQLITE_OPEN_NOMUTEX | (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  Connection c(db);
  if (rc != SQLITE_OK) {
    return Status::IOError("cannot open database " + path + ": " +
                           (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(db, busy_timeout_ms);
  sqlite3_extended_result_codes(db, 1);
  Status st = c.exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
  if (!st.ok()) return st;
  return c;
}

Connection& Connection::operator=(Connection&& o) noexcept {
  if (this != &o) {
    finalize_cache();
    if (db_) sqlite3_close_v2(db_);
    db_ = o.db_;
    cache_ = std::move(o.cache_);
    o.db_ = nullptr;
  }
  return *this;
}

void Connection::finalize_cache() {
  for (auto& [sql, c] : cache_) sqlite3_finalize(c.stmt);
  cache_.clear();
}

Connection::~Connection() {
  finalize_cache();
  if (db_) sqlite3_close_v2(db_);
}

Status Connection::error(const char* what) const {
  return Status::IOError(std::string(what) + ": " + sqlite3_errmsg(db_));
}

Status Connection::exec(const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg ? msg : "unknown error";
    sqlite3_free(msg);
    return Status::IOError("database: " + m);
  }
  return Status::Ok();
}

Result<Statement> Connection::prepare(const char* sql) {
  auto it = cache_.find(std::string_view(sql));
  const bool fresh = it == cache_.end();
  if (fresh) it = cache_.try_emplace(std::string(sql)).first;
  Cached& c = it->second;
  if (!fresh && !c.in_use) {
    c.in_use = true;
    return Statement(c.stmt, db_, &c.in_use);
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, fresh ? SQLITE_PREPARE_PERSISTENT : 0, &st, nullptr) !=
      SQLITE_OK) {
    if (fresh) cache_.erase(it);
    return error("prepare");
  }
  if (!fresh) return Statement(st, db_, nullptr);  // the cached one is busy (nested use)
  c.stmt = st;
  c.in_use = true;
  return Statement(st, db_, &c.in_use);
}

Statement::~Statement() {
  if (!st_) return;
  if (in_use_) {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
    *in_use_ = false;
  } else {
    sqlite3_finalize(st_);
  }
}

Statement& Statement::bind(int i, std::string_view text) {
  sqlite3_bind_text(st_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind(int i, int64_t v) {
  sqlite3_bind_int64(st_, i, v);
  return *this;
}

Statement& Statement::bind(int i, const std::vector<unsigned char>& blob) {
  sqlite3_bind_blob(st_, i, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind_null(int i) {
  sqlite3_bind_null(st_, i);
  return *this;
}

Result<bool> Statement::step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  if ((rc & 0xff) == SQLITE_CONSTRAINT) {
    return Status::AlreadyExists(std::string("constraint: ") + sqlite3_errmsg(db_));
  }
  return Status::IOError(std::string("database: ") + sqlite3_errmsg(db_));
}

Result<int64_t> Statement::run() {
  while (true) {
    auto r = step();
    if (!r.ok()) return r.status();
    if (!*r) break;
  }
  return static_cast<int64_t>(sqlite3_changes(db_));
}

std::string Statement::text(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  return p ? std::string(reinterpret_cast<const char*>(p),
                         static_cast<size_t>(sqlite3_column_bytes(st_, col)))
           : std::string();
}

int64_t Statement::integer(int col) const { return sqlite3_column_int64(st_, col); }

std::vector<unsigned char> Statement::blob(int col) const {
  const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(st_, col));
  int n = sqlite3_column_bytes(st_, col);
  return p ? std::vector<unsigned char>(p, p + n) : std::vector<unsigned char>();
}

}  // namespace refuge::store::sqlite
