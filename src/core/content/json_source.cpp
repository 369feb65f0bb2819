#include "core/content/json_source.h"

namespace refuge::content {
namespace {

int line_at(std::string_view text, std::size_t pos) {
  int line = 1;
  for (std::size_t i = 0; i < pos && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Walks text that nlohmann already accepted, recording the line where each value starts.
class LineMapper {
 public:
  LineMapper(std::string_view text, std::unordered_map<std::string, int>& lines)
      : text_(text), lines_(lines) {}
  void run() { value(""); }

 private:
  void skip_ws() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '\n') ++line_;
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++pos_;
    }
  }
  // Returns the decoded string at pos_ (which is a '"').
  std::string string_token() {
    std::size_t start = pos_++;
    while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    ++pos_;
    auto j = nlohmann::json::parse(text_.substr(start, pos_ - start), nullptr, false);
    return j.is_string() ? j.get<std::string>() : std::string();
  }
  static std::string escape(const std::string& key) {
    std::string out;
    for (char c : key) {
      if (c == '~') out += "~0";
      else if (c == '/') out += "~1";
      else out += c;
    }
    return out;
  }
  void value(const std::string& pointer) {
    skip_ws();
    if (pos_ >= text_.size()) return;
    lines_.emplace(pointer, line_);
    char c = text_[pos_];
    if (c == '{') {
      ++pos_;
      while (true) {
        skip_ws();
        if (pos_ >= text_.size() || text_[pos_] == '}') break;
        std::string key = string_token();
        skip_ws();
        ++pos_;  // ':'
        value(pointer + "/" + escape(key));
        skip_ws();
        if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
      }
      ++pos_;
    } else if (c == '[') {
      ++pos_;
      for (int i = 0;; ++i) {
        skip_ws();
        if (pos_ >= text_.size() || text_[pos_] == ']') break;
        value(pointer + "/" + std::to_string(i));
        skip_ws();
        if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
      }
      ++pos_;
    } else if (c == '"') {
      string_token();
    } else {
      while (pos_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[pos_]) ==
                                        std::string_view::npos) {
        ++pos_;
      }
    }
  }

  std::string_view text_;
  std::unordered_map<std::string, int>& lines_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

Result<JsonSource> JsonSource::parse(std::string file, std::string_view text) {
  JsonSource src;
  src.file_ = std::move(file);
  try {
    src.root_ = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    // nlohmann says "[json.exception.parse_error.101] parse error at line L, column C: msg".
    auto colon = what.find(": ", what.find("column"));
    std::string msg = colon == std::string::npos ? "not valid JSON" : what.substr(colon + 2);
    int line = line_at(text, e.byte > 0 ? e.byte - 1 : 0);
    return Status::InvalidArgument(src.file_ + ":" + std::to_string(line) +
                                   ": not valid JSON: " + msg);
  } catch (const nlohmann::json::out_of_range& e) {
    // For a number too large for a double ("1E773") nlohmann throws out_of_range, with no byte
    // offset; it names the number in quotes, so the number's first place in the text gives the
    // line.
    std::string what = e.what();
    auto open = what.find('\'');
    auto close = open == std::string::npos ? open : what.find('\'', open + 1);
    std::string number = close == std::string::npos ? "" : what.substr(open + 1, close - open - 1);
    auto at = number.empty() ? std::string_view::npos : text.find(number);
    int line = at == std::string_view::npos ? 1 : line_at(text, at);
    return Status::InvalidArgument(src.file_ + ":" + std::to_string(line) + ": not valid JSON: " +
                                   (number.empty() ? "a number" : "the number " + number) +
                                   " is too large");
  }
  LineMapper(text, src.lines_).run();
  return src;
}

int JsonSource::line_of(const nlohmann::json::json_pointer& p) const {
  for (auto q = p;; q = q.parent_pointer()) {
    auto it = lines_.find(q.to_string());
    if (it != lines_.end()) return it->second;
    if (q.empty()) return 1;
  }
}

std::string JsonSource::error_at(const nlohmann::json::json_pointer& p,
                                 std::string_view message) const {
  return file_ + ":" + std::to_string(line_of(p)) + ": " + std::string(message);
}

}  // namespace refuge::content
