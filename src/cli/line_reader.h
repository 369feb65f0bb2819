// Reads a file (or stdin) line by line through one reused buffer, so memory stays flat whatever
// the file's size. Lines are returned without their '\n'.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace refuge::cli {

class LineReader {
 public:
  // Takes ownership of `fd` unless it is 0 (stdin). A returned line stays valid until the next
  // call to next().
  explicit LineReader(int fd);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line, or false at the end or on a read error (see error()). A line longer than
  // kMaxLine is returned cut at kMaxLine with too_long() set; the rest of it is skipped.
  bool next(std::string_view* line);
  bool too_long() const { return too_long_; }
  const std::string& error() const { return error_; }

  static constexpr std::size_t kMaxLine = 16u << 20;

 private:
  bool fill();  // reads more bytes after what is kept; false at the end of the file

  int fd_;
  std::vector<char> buf_;
  std::size_t start_ = 0;  // unread bytes are [start_, end_)
  std::size_t end_ = 0;
  bool eof_ = false;
  bool too_long_ = false;
  bool skipping_ = false;  // inside the rest of a line that was too long
  std::string error_;
};

}  // namespace refuge::cli
