#include "core/safety/crisis_directory.h"

#include "core/text/ascii.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace refuge::safety {
namespace {

using nlohmann::json;
using Ptr = json::json_pointer;

using text::ascii_upper;

// Reads a string field; `required` fields must be non-empty.
Status read_string(const content::JsonSource& src, const json& obj, const Ptr& at,
                   const char* name, bool required, std::string* out) {
  if (!obj.contains(name)) {
    if (!required) return Status::Ok();
    return Status::InvalidArgument(src.error_at(at, std::string("missing \"") + name + "\""));
  }
  const json& v = obj.at(name);
  if (!v.is_string() || (required && v.get<std::string>().empty())) {
    return Status::InvalidArgument(
        src.error_at(at / name, std::string("\"") + name + "\" must be a non-empty string"));
  }
  *out = v.get<std::string>();
  return Status::Ok();
}

bool digits_only(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::isdigit(c) || c == '+';
  });
}

Status read_line(const content::JsonSource& src, const json& j, const Ptr& at, CrisisLine* line) {
  if (!j.is_object()) return Status::InvalidArgument(src.error_at(at, "a line must be an object"));
  Status s = read_string(src, j, at, "name", true, &line->name);
  if (s.ok()) s = read_string(src, j, at, "phone", true, &line->phone);
  if (s.ok()) s = read_string(src, j, at, "tel", true, &line->tel);
  if (s.ok()) s = read_string(src, j, at, "sms", false, &line->sms);
  if (s.ok()) s = read_string(src, j, at, "notes", false, &line->notes);
  if (!s.ok()) return s;
  if (!digits_only(line->tel)) {
    return Status::InvalidArgument(src.error_at(at / "tel", "\"tel\" may hold only digits"));
  }
  if (!line->sms.empty() && !digits_only(line->sms)) {
    return Status::InvalidArgument(src.error_at(at / "sms", "\"sms\" may hold only digits"));
  }
  return Status::Ok();
}

Status read_country(const content::JsonSource& src, const json& j, const Ptr& at, bool fallback,
                    CountryCrisisInfo* c) {
  if (!j.is_object()) {
    return Status::InvalidArgument(src.error_at(at, "a country must be an object"));
  }
  Status s = fallback ? Status::Ok() : read_string(src, j, at, "code", true, &c->code);
  if (s.ok()) s = read_string(src, j, at, "name", true, &c->name);
  if (s.ok()) s = read_string(src, j, at, "emergency", !fallback, &c->emergency);
  if (s.ok()) s = read_string(src, j, at, "advice", fallback, &c->advice);
  if (s.ok()) s = read_string(src, j, at, "source", !fallback, &c->source);
  if (s.ok()) s = read_string(src, j, at, "last_checked", !fallback, &c->last_checked);
  if (!s.ok()) return s;
  if (fallback) c->code = "INTL";
  c->code = ascii_upper(c->code);
  for (char ch : c->emergency) {
    if (std::isdigit(static_cast<unsigned char>(ch))) c->emergency_tel += ch;
    else if (!c->emergency_tel.empty()) break;
  }
  if (j.contains("aliases")) {
    if (!j["aliases"].is_array()) {
      return Status::InvalidArgument(src.error_at(at / "aliases", "\"aliases\" must be a list"));
    }
    for (const auto& a : j["aliases"]) {
      if (a.is_string()) c->aliases.push_back(ascii_upper(a.get<std::string>()));
    }
  }
  const json lines = j.value("lines", json::array());
  if (!lines.is_array()) {
    return Status::InvalidArgument(src.error_at(at / "lines", "\"lines\" must be a list"));
  }
  if (lines.empty() && !fallback) {
    return Status::InvalidArgument(
        src.error_at(at, "country '" + c->code + "' has no crisis lines"));
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CrisisLine line;
    s = read_line(src, lines[i], at / "lines" / i, &line);
    if (!s.ok()) return s;
    c->lines.push_back(std::move(line));
  }
  return Status::Ok();
}

}  // namespace

Result<CrisisDirectory> CrisisDirectory::parse(const content::JsonSource& src) {
  const json& root = src.root();
  if (!root.is_object() || !root.contains("countries") || !root["countries"].is_array()) {
    return Status::InvalidArgument(src.error_at(Ptr(), "expected an object with \"countries\""));
  }
  if (!root.contains("international")) {
    return Status::InvalidArgument(
        src.error_at(Ptr(), "missing \"international\" (what people elsewhere should do)"));
  }
  CrisisDirectory dir;
  std::set<std::string> seen;
  const json& countries = root["countries"];
  for (std::size_t i = 0; i < countries.size(); ++i) {
    Ptr at = Ptr("/countries") / i;
    CountryCrisisInfo c;
    Status s = read_country(src, countries[i], at, false, &c);
    if (!s.ok()) return s;
    for (const auto& code : [&] {
           auto all = c.aliases;
           all.push_back(c.code);
           return all;
         }()) {
      if (!seen.insert(code).second) {
        return Status::InvalidArgument(src.error_at(at, "country code '" + code + "' is listed twice"));
      }
    }
    dir.countries_.push_back(std::move(c));
  }
  CountryCrisisInfo intl;
  Status s = read_country(src, root["international"], Ptr("/international"), true, &intl);
  if (!s.ok()) return s;
  dir.countries_.push_back(std::move(intl));
  return dir;
}

const CountryCrisisInfo& CrisisDirectory::for_country(std::string_view code) const {
  std::string want = ascii_upper(code);
  for (const auto& c : countries_) {
    if (c.code == want || std::find(c.aliases.begin(), c.aliases.end(), want) != c.aliases.end()) {
      return c;
    }
  }
  return countries_.back();
}

}  // namespace refuge::safety
