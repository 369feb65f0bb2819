#include "cli/line_reader.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace refuge::cli {

LineReader::LineReader(int fd) : fd_(fd), buf_(1u << 20) {}

LineReader::~LineReader() {
  if (fd_ > 0) ::close(fd_);
}

bool LineReader::fill() {
  if (eof_) return false;
  if (start_ > 0) {
    std::memmove(buf_.data(), buf_.data() + start_, end_ - start_);
    end_ -= start_;
    start_ = 0;
  }
  if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);  // at most 2 × kMaxLine (see next())
  while (true) {
    ssize_t n = ::read(fd_, buf_.data() + end_, buf_.size() - end_);
    if (n > 0) {
      end_ += static_cast<std::size_t>(n);
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) error_ = std::strerror(errno);
    eof_ = true;
    return false;
  }
}

bool LineReader::next(std::string_view* line) {
  too_long_ = false;
  std::size_t scanned = 0;  // bytes after start_ known to hold no '\n'
  while (true) {
    const char* base = buf_.data();
    const void* nl = std::memchr(base + start_ + scanned, '\n', end_ - start_ - scanned);
    if (nl != nullptr) {
      std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nl) - base);
      *line = std::string_view(base + start_, at - start_);
      start_ = at + 1;
      if (skipping_) {  // the tail of a line already returned as too long
        skipping_ = false;
        scanned = 0;
        continue;
      }
      return true;
    }
    if (skipping_) {
      start_ = end_;
    } else if (end_ - start_ >= kMaxLine) {
      *line = std::string_view(base + start_, kMaxLine);
      start_ += kMaxLine;
      skipping_ = true;
      too_long_ = true;
      return true;
    }
    scanned = end_ - start_;
    if (!fill()) {
      if (!error_.empty() || start_ == end_ || skipping_) return false;
      *line = std::string_view(buf_.data() + start_, end_ - start_);
      start_ = end_;
      return true;
    }
  }
}

}  // namespace refuge::cli
