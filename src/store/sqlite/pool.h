// One writer connection (SQLite allows one writer at a time anyway) and a pool of readers.
// WAL mode lets readers run while the writer writes. Safe to use from many threads.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "store/sqlite/sqlite_db.h"

namespace refuge::store::sqlite {

class Pool {
 public:
  Pool(Connection writer, std::vector<Connection> readers);

  template <typename F>
  auto write(F&& f) {
    std::lock_guard lock(writer_mu_);
    return f(writer_);
  }

  template <typename F>
  auto read(F&& f) {
    Connection* c = acquire();
    struct Release {
      Pool* p;
      Connection* c;
      ~Release() { p->release(c); }
    } release{this, c};
    return f(*c);
  }

 private:
  Connection* acquire();
  void release(Connection* c);

  std::mutex writer_mu_;
  Connection writer_;
  std::vector<std::unique_ptr<Connection>> readers_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Connection*> free_;
};

}  // namespace refuge::store::sqlite
