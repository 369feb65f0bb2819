#include "store/sqlite/pool.h"

namespace refuge::store::sqlite {

Pool::Pool(Connection writer, std::vector<Connection> readers) : writer_(std::move(writer)) {
  for (auto& r : readers) {
    readers_.push_back(std::make_unique<Connection>(std::move(r)));
    free_.push_back(readers_.back().get());
  }
}

Connection* Pool::acquire() {
  std::unique_lock lock(mu_);
  cv_.wait(lock, [this] { return !free_.empty(); });
  Connection* c = free_.back();
  free_.pop_back();
  return c;
}

void Pool::release(Connection* c) {
  {
    std::lock_guard lock(mu_);
    free_.push_back(c);
  }
  cv_.notify_one();
}

}  // namespace refuge::store::sqlite
