#include "core/program/module.h"

#include <charconv>

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::program {
namespace {

constexpr std::size_t kMaxShortText = 300;   // title, summary, prompt, homework line (code points)
constexpr std::size_t kMaxSource = 500;

// Reads a module file line by line and reports problems as "<file>:<line>: message".
class Reader {
 public:
  Reader(std::string_view file, std::string_view text) : file_(file), text_(text) {}

  Status error(int line, std::string_view message) const {
    return Status::InvalidArgument(std::string(file_) + ":" + std::to_string(line) + ": " +
                                   std::string(message));
  }
  // The next line without its LF; false at the end of the text.
  bool next(std::string_view& line) {
    if (pos_ >= text_.size()) return false;
    std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    line = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    ++line_no_;
    return true;
  }
  int line_no() const { return line_no_; }
  std::string_view rest() const { return pos_ >= text_.size() ? "" : text_.substr(pos_); }

 private:
  std::string_view file_;
  std::string_view text_;
  std::size_t pos_ = 0;
  int line_no_ = 0;
};

// The line (1-based) holding byte `offset` of `text`.
int line_of(std::string_view text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// The first byte offset where `text` stops being valid UTF-8, or npos.
std::size_t first_bad_utf8(std::string_view text) {
  if (text::is_valid_utf8(text)) return std::string_view::npos;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (!text::is_valid_utf8(text.substr(start, end - start))) return start;
    start = end + 1;
  }
  return 0;
}

std::string file_name(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

Result<int> whole_number(std::string_view value, int min, int max) {
  int v = 0;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (ec != std::errc() || p != value.data() + value.size() || v < min || v > max) {
    return Status::InvalidArgument("must be a whole number from " + std::to_string(min) + " to " +
                                   std::to_string(max));
  }
  return v;
}

}  // namespace

bool is_slug(std::string_view s) {
  if (s.empty() || s.size() > 60 || s.front() == '-' || s.back() == '-') return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

const ReflectionPrompt* Module::reflection(std::string_view slug) const {
  for (const auto& r : reflections) {
    if (r.slug == slug) return &r;
  }
  return nullptr;
}

Result<Module> parse_module(std::string_view file, std::string_view text) {
  Reader in(file, text);
  if (std::size_t bad = first_bad_utf8(text); bad != std::string_view::npos) {
    return in.error(line_of(text, bad), "not valid UTF-8 (save the file as UTF-8)");
  }
  if (std::size_t cr = text.find('\r'); cr != std::string_view::npos) {
    return in.error(line_of(text, cr), "a carriage return: use LF line ends only");
  }
  Module m;
  m.file = std::string(file);
  std::string_view line;
  if (!in.next(line) || line != "---") {
    return in.error(1, "the file must start with a line '---' (the front matter)");
  }
  int seen_id = 0, seen_number = 0, seen_title = 0, seen_summary = 0, seen_minutes = 0;
  bool closed = false;
  while (in.next(line)) {
    const int n = in.line_no();
    if (line == "---") {
      closed = true;
      break;
    }
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      return in.error(n, "expected 'key: value' in the front matter");
    }
    std::string_view key = line.substr(0, colon);
    std::string_view value = text::trim(line.substr(colon + 1));
    if (key != text::trim(key)) return in.error(n, "no space before the ':' of a key");
    if (value.empty()) return in.error(n, "'" + std::string(key) + "' has an empty value");
    auto single = [&](int& seen) -> Status {
      if (seen) {
        return in.error(n, "'" + std::string(key) + "' appears twice (first on line " +
                               std::to_string(seen) + ")");
      }
      seen = n;
      return Status::Ok();
    };
    auto short_text = [&](std::size_t max) -> Status {
      if (text::count_code_points(value) > max) {
        return in.error(n, "'" + std::string(key) + "' is longer than " + std::to_string(max) +
                               " characters");
      }
      return Status::Ok();
    };
    Status st;
    if (key == "id") {
      st = single(seen_id);
      if (st.ok() && !is_slug(value)) {
        return in.error(n, "id must be 1 to 60 of a-z, 0-9 and '-' (not at either end)");
      }
      m.id = std::string(value);
      m.id_line = n;
    } else if (key == "number") {
      st = single(seen_number);
      auto v = whole_number(value, 1, kModuleCount);
      if (st.ok() && !v.ok()) return in.error(n, "number " + v.status().message());
      if (v.ok()) m.number = *v;
      m.number_line = n;
    } else if (key == "title") {
      st = single(seen_title);
      if (st.ok()) st = short_text(kMaxShortText);
      m.title = std::string(value);
    } else if (key == "summary") {
      st = single(seen_summary);
      if (st.ok()) st = short_text(kMaxShortText);
      m.summary = std::string(value);
    } else if (key == "minutes") {
      st = single(seen_minutes);
      auto v = whole_number(value, 1, kMaxMinutes);
      if (st.ok() && !v.ok()) return in.error(n, "minutes " + v.status().message());
      if (v.ok()) m.minutes = *v;
    } else if (key == "practice") {
      if (!is_slug(value)) return in.error(n, "practice must be a practice id");
      for (const auto& p : m.practices) {
        if (p == value) return in.error(n, "practice '" + std::string(value) + "' is listed twice");
      }
      if (m.practices.size() == kMaxPractices) {
        return in.error(n, "at most " + std::to_string(kMaxPractices) + " practices");
      }
      m.practices.emplace_back(value);
      m.practice_lines.push_back(n);
    } else if (key == "reflection") {
      std::size_t bar = value.find('|');
      if (bar == std::string_view::npos) return in.error(n, "reflection must be 'slug | prompt'");
      std::string_view slug = text::trim(value.substr(0, bar));
      std::string_view prompt = text::trim(value.substr(bar + 1));
      if (!is_slug(slug)) {
        return in.error(n, "reflection slug must be 1 to 60 of a-z, 0-9 and '-' (not at either end)");
      }
      if (prompt.empty()) return in.error(n, "reflection '" + std::string(slug) + "' has no prompt");
      if (text::count_code_points(prompt) > kMaxShortText) {
        return in.error(n, "reflection prompt is longer than " + std::to_string(kMaxShortText) +
                               " characters");
      }
      if (m.reflection(slug)) {
        return in.error(n, "reflection slug '" + std::string(slug) + "' is used twice");
      }
      if (m.reflections.size() == kMaxReflections) {
        return in.error(n, "at most " + std::to_string(kMaxReflections) + " reflections");
      }
      m.reflections.push_back({std::string(slug), std::string(prompt)});
    } else if (key == "homework") {
      st = short_text(kMaxShortText);
      if (st.ok() && m.homework.size() == kMaxHomework) {
        return in.error(n, "at most " + std::to_string(kMaxHomework) + " homework lines");
      }
      m.homework.emplace_back(value);
    } else if (key == "source") {
      st = short_text(kMaxSource);
      m.sources.emplace_back(value);
    } else {
      return in.error(n, "unknown key '" + std::string(key) +
                             "' (keys: id, number, title, summary, minutes, practice, "
                             "reflection, homework, source)");
    }
    if (!st.ok()) return st;
  }
  if (!closed) return in.error(in.line_no(), "the front matter is not closed by a line '---'");
  const int close_line = in.line_no();
  struct Required {
    int seen;
    const char* key;
  };
  for (const Required& r : {Required{seen_id, "id"}, Required{seen_number, "number"},
                            Required{seen_title, "title"}, Required{seen_summary, "summary"},
                            Required{seen_minutes, "minutes"}}) {
    if (!r.seen) return in.error(close_line, "'" + std::string(r.key) + "' is missing");
  }
  if (m.reflections.empty()) return in.error(close_line, "at least one 'reflection' is needed");
  if (m.homework.empty()) return in.error(close_line, "at least one 'homework' is needed");
  if (m.sources.empty()) return in.error(close_line, "at least one 'source' is needed");

  m.body_line = close_line + 1;
  m.body = std::string(in.rest());
  if (text::trim(m.body).empty()) return in.error(close_line, "the Markdown body is empty");

  // The name ties the file to its place: NN-<id>.md with NN the number.
  std::string name = file_name(file);
  char nn[3] = {static_cast<char>('0' + m.number / 10), static_cast<char>('0' + m.number % 10), 0};
  std::string expected = std::string(nn) + "-" + m.id + ".md";
  if (name != expected) {
    return in.error(seen_number, "the file name must be '" + expected + "' (number " +
                                     std::to_string(m.number) + ", id " + m.id + ")");
  }
  return m;
}

}  // namespace refuge::program
