#include "web/view/locale.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/content/json_source.h"

namespace refuge::web {
namespace {

Status flatten(const content::JsonSource& src, const nlohmann::json& node,
               const nlohmann::json::json_pointer& at, const std::string& prefix,
               std::unordered_map<std::string, std::string>& out) {
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (it.key().rfind("$", 0) == 0) continue;  // "$comment" and other notes for translators
    std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
    auto ptr = at / it.key();
    if (it->is_object()) {
      Status s = flatten(src, *it, ptr, key, out);
      if (!s.ok()) return s;
    } else if (it->is_string()) {
      out.emplace(key, it->get<std::string>());
    } else {
      return Status::InvalidArgument(src.error_at(ptr, "'" + key + "' must be a string"));
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Locale> Locale::parse(const std::string& file, std::string_view text) {
  auto src = content::JsonSource::parse(file, text);
  if (!src.ok()) return src.status();
  if (!src->root().is_object()) {
    return Status::InvalidArgument(file + ":1: a locale file must be a JSON object");
  }
  Locale locale;
  Status s = flatten(*src, src->root(), nlohmann::json::json_pointer(), "", locale.strings_);
  if (!s.ok()) return s;
  return locale;
}

bool Locale::has(std::string_view key) const { return strings_.count(std::string(key)) > 0; }

const std::string& Locale::t(std::string_view key) const {
  auto it = strings_.find(std::string(key));
  if (it != strings_.end()) return it->second;
  thread_local std::string fallback;
  fallback = std::string(key);
  return fallback;
}

std::string Locale::message(std::string_view key_or_text) const {
  auto it = strings_.find(std::string(key_or_text));
  return it != strings_.end() ? it->second : std::string(key_or_text);
}

std::string Locale::format(std::string_view key, std::string_view name,
                           std::string_view value) const {
  return format(key, {{name, value}});
}

std::string Locale::format(
    std::string_view key,
    std::initializer_list<std::pair<std::string_view, std::string_view>> values) const {
  const std::string& s = t(key);
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t open = s.find("{{", pos);
    std::size_t close = open == std::string::npos ? open : s.find("}}", open + 2);
    if (close == std::string::npos) break;
    out.append(s, pos, open - pos);
    std::string_view name = std::string_view(s).substr(open + 2, close - open - 2);
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const auto& v) { return v.first == name; });
    if (it != values.end()) {
      out += it->second;
    } else {
      out.append(s, open, close + 2 - open);
    }
    pos = close + 2;
  }
  out.append(s, pos, std::string::npos);
  return out;
}

}  // namespace refuge::web
