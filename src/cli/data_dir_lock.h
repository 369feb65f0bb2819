// An advisory lock on <data_dir>/refuge.lock, held by a running server so that `refuge restore`
// (and a second server) cannot use the same data directory at the same time.
#pragma once

#include <string>

#include "core/status.h"

namespace refuge::cli {

class DataDirLock {
 public:
  // Creates the directory (0700) if needed and takes the lock, or says who holds it.
  static Result<DataDirLock> acquire(const std::string& data_dir);
  DataDirLock(DataDirLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  DataDirLock& operator=(DataDirLock&&) = delete;
  ~DataDirLock();

 private:
  explicit DataDirLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace refuge::cli
