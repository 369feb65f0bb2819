#include "core/content/fields.h"

#include <algorithm>
#include <sstream>

#include "core/text/utf8.h"

namespace refuge::content {

using json = nlohmann::json;

bool Fields::has(const json::json_pointer& p) const { return source_.root().contains(p); }

const json& Fields::at(const json::json_pointer& p) const {
  static const json kNull;
  return has(p) ? source_.root().at(p) : kNull;
}

Status Fields::error(const json::json_pointer& p, std::string_view message) const {
  std::string where = p.to_string();
  return Status::InvalidArgument(
      source_.error_at(p, (where.empty() ? "" : where.substr(1) + ": ") + std::string(message)));
}

Result<std::string> Fields::text(const json::json_pointer& p, std::size_t min,
                                 std::size_t max) const {
  if (!has(p)) return error(p, "is missing");
  const json& v = at(p);
  if (!v.is_string()) return error(p, "must be text");
  const auto& s = v.get_ref<const std::string&>();
  if (!text::is_valid_utf8(s)) return error(p, "is not valid UTF-8");
  std::size_t n = text::count_code_points(s);
  if (n < min) return error(p, min == 1 ? "must not be empty" : "is too short");
  if (n > max) return error(p, "is longer than " + std::to_string(max) + " characters");
  return s;
}

Result<std::string> Fields::id(const json::json_pointer& p) const {
  auto s = text(p, 1, 40);
  if (!s.ok()) return s;
  bool ok = (*s)[0] != '-';
  for (char c : *s) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  if (!ok) return error(p, "must use only a-z, 0-9 and '-', not starting with '-'");
  return s;
}

Result<std::vector<std::string>> Fields::text_list(const json::json_pointer& p,
                                                   std::size_t min_items, std::size_t max_items,
                                                   std::size_t max_chars) const {
  if (!has(p)) return error(p, "is missing");
  const json& v = at(p);
  if (!v.is_array()) return error(p, "must be a list of texts");
  if (v.size() < min_items || v.size() > max_items) {
    return error(p, "must hold " + std::to_string(min_items) + " to " +
                        std::to_string(max_items) + " items");
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    auto s = text(p / i, 1, max_chars);
    if (!s.ok()) return s.status();
    out.push_back(std::move(s.value()));
  }
  return out;
}

Status Fields::only_known(const json::json_pointer& p,
                          std::initializer_list<std::string_view> known) const {
  for (const auto& [key, value] : at(p).items()) {
    if (key.starts_with("$") || std::find(known.begin(), known.end(), key) != known.end()) {
      continue;
    }
    return error(p / key, "is not a known field");
  }
  return Status::Ok();
}

Result<int> Fields::integer(const json::json_pointer& p, int min, int max) const {
  if (!has(p)) return error(p, "is missing");
  const json& v = at(p);
  if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > max) {
    return error(p, "must be a whole number from " + std::to_string(min) + " to " +
                        std::to_string(max));
  }
  return static_cast<int>(v.get<long long>());
}

Result<double> Fields::number(const json::json_pointer& p, double min, double max) const {
  if (!has(p)) return error(p, "is missing");
  const json& v = at(p);
  if (!v.is_number() || !(v.get<double>() >= min && v.get<double>() <= max)) {
    std::ostringstream range;
    range << "must be a number from " << min << " to " << max;
    return error(p, range.str());
  }
  return v.get<double>();
}

}  // namespace refuge::content
