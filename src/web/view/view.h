// A small value tree for page data built on every request (CompiledTemplate renders it like
// nlohmann::json). Cheaper than nlohmann::json for that: an object is a vector of members whose
// keys are string literals (no key copies, no tree nodes; looked up by a linear scan of the few
// members a page object has), strings are stored inline (no extra allocation per value), and a
// string may borrow text that outlives the rendering (locale strings, the request's CSRF token)
// instead of copying it. Only what templates read: null, booleans, strings, lists, objects
// (numbers are written as strings by the code that builds the view).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace refuge::web {

class View {
 public:
  enum class Type : unsigned char { kNull, kBool, kString, kList, kObject };
  struct Member;

  View() = default;
  View(bool b) : type_(Type::kBool), flag_(b) {}  // NOLINT(google-explicit-constructor)
  View(std::string s) : type_(Type::kString), str_(std::move(s)) {}  // NOLINT
  View(const char* s) : View(std::string(s)) {}  // NOLINT
  // A string that refers to `s` without copying it; `s` must outlive every rendering of the view.
  static View borrow(std::string_view s) {
    View v;
    v.type_ = Type::kString;
    v.ref_ = s;
    v.borrowed_ = true;
    return v;
  }
  static View list() {
    View v;
    v.type_ = Type::kList;
    return v;
  }
  static View object() {
    View v;
    v.type_ = Type::kObject;
    return v;
  }
  // A list of strings.
  static View strings(std::vector<std::string> items);

  Type type() const { return type_; }
  bool is_object() const { return type_ == Type::kObject; }
  bool is_list() const { return type_ == Type::kList; }
  bool is_string() const { return type_ == Type::kString; }
  bool boolean() const { return flag_; }
  std::string_view str() const { return borrowed_ ? ref_ : std::string_view(str_); }
  // Lists: the items are the members' values (their keys are empty).
  const std::vector<Member>& items() const { return members_; }
  const std::vector<Member>& members() const { return members_; }

  // Objects: sets `key` (a string literal or other text that outlives the view). A key set twice
  // keeps the last value, as with nlohmann::json's operator[].
  View& set(std::string_view key, View value);
  // Objects: adds a member whose key is not there yet (no check: for code that builds a view
  // member by member with distinct keys).
  View& add(std::string_view key, View value);
  // Objects: the member's value, or nullptr.
  const View* find(std::string_view key) const;
  // Lists: appends and returns the new item.
  View& push_back(View value);
  void reserve(std::size_t n);

 private:
  Type type_ = Type::kNull;
  bool flag_ = false;
  bool borrowed_ = false;
  std::string str_;
  std::string_view ref_;
  std::vector<Member> members_;  // object members, or list items with empty keys
};

struct View::Member {
  std::string_view key;
  View value;
};

inline View View::strings(std::vector<std::string> items) {
  View v = list();
  v.members_.reserve(items.size());
  for (auto& s : items) v.members_.push_back({{}, View(std::move(s))});
  return v;
}

inline View& View::add(std::string_view key, View value) {
  members_.push_back({key, std::move(value)});
  return members_.back().value;
}

inline View& View::push_back(View value) {
  members_.push_back({{}, std::move(value)});
  return members_.back().value;
}

inline void View::reserve(std::size_t n) { members_.reserve(n); }

inline View& View::set(std::string_view key, View value) {
  for (auto& m : members_) {
    if (m.key == key) {
      m.value = std::move(value);
      return m.value;
    }
  }
  members_.push_back({key, std::move(value)});
  return members_.back().value;
}

inline const View* View::find(std::string_view key) const {
  for (const auto& m : members_) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

}  // namespace refuge::web
