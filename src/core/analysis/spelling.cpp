#include "core/analysis/spelling.h"

#include <algorithm>
#include <functional>

namespace refuge::analysis {
namespace {

bool letters_only(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

constexpr std::size_t kFilterBits = std::size_t{1} << 20;

}  // namespace

void Spelling::add_to_filter(std::string_view s) {
  const std::size_t h = std::hash<std::string_view>{}(s) & (kFilterBits - 1);
  filter_[h / 64] |= std::uint64_t{1} << (h % 64);
}

bool Spelling::maybe_known(std::string_view s) const {
  const std::size_t h = std::hash<std::string_view>{}(s) & (kFilterBits - 1);
  return (filter_[h / 64] >> (h % 64)) & 1;
}

bool one_slip_apart(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() > b.size() + 1 || a == b) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size() + 1) return a.substr(i + 1) == b.substr(i);  // a letter added
  if (a.substr(i + 1) == b.substr(i + 1)) return true;                  // a letter changed
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&    // two swapped
         a.substr(i + 2) == b.substr(i + 2);
}

Result<Spelling> Spelling::build(const WordListSource& english, const Lexicon& lexicon) {
  Spelling s;
  s.lexicon_ = &lexicon;
  s.text_ = std::make_unique<std::string>(english.text);
  const std::string_view text = *s.text_;
  int line = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(at, end - at);
    at = end + 1;
    ++line;
    if (!word.empty() && word.back() == '\r') word.remove_suffix(1);
    if (word.empty() || word.front() == '#') continue;
    if (!letters_only(word) || word.size() > 64) {
      return Status::InvalidArgument(english.file + ":" + std::to_string(line) +
                                     ": a line holds one word of lower-case letters a-z, not \"" +
                                     std::string(word.substr(0, 64)) + "\"");
    }
    s.english_.insert(word);
  }
  s.filter_.assign(kFilterBits / 64, 0);
  for (std::string_view form : lexicon.forms()) {
    if (form.size() < kMinLetters || form.size() > kMaxLetters + 1 || !letters_only(form)) continue;
    s.add_to_filter(form);
    for (std::size_t i = 0; i < form.size(); ++i) {
      if (i > 0 && form[i] == form[i - 1]) continue;  // "sorry" without either r is one key
      std::string key(form.substr(0, i));
      key.append(form.substr(i + 1));
      s.add_to_filter(key);
      s.deletions_[key].emplace_back(form);
    }
  }
  return s;
}

const std::vector<WordId>* Spelling::correct(std::string_view norm, std::size_t& budget,
                                             std::string_view* form_read) const {
  if (norm.size() < kMinLetters || norm.size() > kMaxLetters || !letters_only(norm)) return nullptr;
  const std::vector<WordId>* found = nullptr;
  std::string_view found_form;
  bool two_readings = false;
  auto consider = [&](std::string_view form) {
    if (form.size() < kMinLetters || !one_slip_apart(norm, form)) return;
    const std::vector<WordId>* r = lexicon_->reading(form);
    if (r == nullptr) return;
    if (found != nullptr && *found != *r) two_readings = true;
    if (found == nullptr) found_form = lexicon_->form(form);
    found = r;
  };
  // `key` is the typed word with at most one letter deleted: a lexicon form itself (a letter was
  // added), or a lexicon form with one letter deleted (left out when `key` is the word as typed;
  // changed, or two swapped, when a letter was deleted from both).
  auto try_key = [&](const std::string& key, bool deleted) {
    if (!maybe_known(key)) return;
    if (deleted) consider(key);
    if (auto it = deletions_.find(key); it != deletions_.end()) {
      for (const std::string& form : it->second) consider(form);
    }
  };
  std::string key(norm);
  try_key(key, false);
  for (std::size_t i = 0; i < norm.size(); ++i) {
    key.assign(norm.substr(0, i));
    key.append(norm.substr(i + 1));
    try_key(key, true);
  }
  if (found == nullptr || two_readings || english_.contains(norm) || budget == 0) return nullptr;
  --budget;
  if (another_english_word(norm, found)) return nullptr;
  if (form_read != nullptr) *form_read = found_form;
  return found;
}

bool Spelling::another_english_word(std::string_view typed,
                                    const std::vector<WordId>* reading) const {
  std::string e;
  auto other = [&]() {
    if (!english_.contains(e)) return false;
    const std::vector<WordId>* r = lexicon_->reading(e);
    return r == nullptr || *r != *reading;
  };
  const std::size_t n = typed.size();
  for (std::size_t i = 0; i <= n; ++i) {
    for (char c = 'a'; c <= 'z'; ++c) {  // a letter left out of the English word
      e.assign(typed.substr(0, i));
      e.push_back(c);
      e.append(typed.substr(i));
      if (other()) return true;
    }
    if (i == n) break;
    e.assign(typed.substr(0, i));  // a letter added to it
    e.append(typed.substr(i + 1));
    if (other()) return true;
    for (char c = 'a'; c <= 'z'; ++c) {  // a letter changed
      if (c == typed[i]) continue;
      e.assign(typed);
      e[i] = c;
      if (other()) return true;
    }
    if (i + 1 < n && typed[i] != typed[i + 1]) {  // two swapped
      e.assign(typed);
      std::swap(e[i], e[i + 1]);
      if (other()) return true;
    }
  }
  return false;
}

}  // namespace refuge::analysis
