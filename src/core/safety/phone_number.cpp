#include "core/safety/phone_number.h"

#include <vector>

namespace refuge::safety {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_joiner(char c) { return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')'; }
bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
         static_cast<unsigned char>(c) >= 0x80;
}

struct Run {
  std::size_t start, end;
  std::string digits;
  bool plus;
};

// Runs that start with '+', a digit or '(' followed by a digit, and continue over digits and
// joiners; trailing joiners are not part of the run.
std::vector<Run> digit_runs(std::string_view s) {
  std::vector<Run> runs;
  std::size_t i = 0;
  while (i < s.size()) {
    const bool plus = s[i] == '+' && i + 1 < s.size() && is_digit(s[i + 1]);
    const bool open = s[i] == '(' && i + 1 < s.size() && is_digit(s[i + 1]);
    if (!(plus || open || is_digit(s[i]))) {
      ++i;
      continue;
    }
    Run r{i, i, "", plus};
    std::size_t j = plus ? i + 1 : i;
    std::size_t last_digit = i;
    for (; j < s.size() && (is_digit(s[j]) || is_joiner(s[j])); ++j) {
      if (is_digit(s[j])) {
        r.digits += s[j];
        last_digit = j;
      }
    }
    r.end = last_digit + 1;
    if (r.end < s.size() && s[r.end] == ')' && open) ++r.end;
    runs.push_back(std::move(r));
    i = j;
  }
  return runs;
}

}  // namespace

std::optional<PhoneInLine> find_phone_number(std::string_view line) {
  const std::vector<Run> runs = digit_runs(line);
  for (const Run& r : runs) {
    const std::size_t n = r.digits.size();
    if (n < 3 || n > 15) continue;
    // Not glued to a word ("A12B", "mp3"), and not a time or a fraction ("10:30", "1/2").
    if (r.start > 0 && (is_word_char(line[r.start - 1]) || line[r.start - 1] == ':' ||
                        line[r.start - 1] == '/')) {
      continue;
    }
    if (r.end < line.size() && (is_word_char(line[r.end]) || line[r.end] == ':' ||
                                line[r.end] == '/' || line[r.end] == '%')) {
      continue;
    }
    if (n < 5 && runs.size() > 1) continue;  // short numbers only when they stand alone
    return PhoneInLine{r.start, r.end, (r.plus ? "+" : "") + r.digits};
  }
  return std::nullopt;
}

}  // namespace refuge::safety
