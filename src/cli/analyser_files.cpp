#include "cli/analyser_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/content/json_source.h"
#include "core/text/utf8.h"

namespace refuge::cli {
namespace {

namespace fs = std::filesystem;
using analysis::FindingType;

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// RFC 4180 rows: quoted fields may hold commas, newlines and doubled quotes.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) rows.back().push_back(std::move(field));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

// The data set's trap names → analyser ids (its README gives the mapping).
const std::map<std::string, FindingType>& trap_names() {
  static const std::map<std::string, FindingType> kNames = {
      {"all-or-nothing thinking", FindingType::all_or_nothing},
      {"overgeneralizing", FindingType::overgeneralizing},
      {"labeling", FindingType::labeling},
      {"fortune telling", FindingType::fortune_telling},
      {"mind reading", FindingType::mind_reading},
      {"emotional reasoning", FindingType::emotional_reasoning},
      {"should statements", FindingType::should_statements},
      {"personalizing", FindingType::personalizing},
      {"disqualifying the positive", FindingType::disqualifying_positive},
      {"catastrophizing", FindingType::catastrophizing},
      {"comparing and despairing", FindingType::comparing},
      {"blaming", FindingType::blaming},
  };
  return kNames;
}

std::string trim(std::string s) {
  const auto sp = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && sp(s.back())) s.pop_back();
  std::size_t a = 0;
  while (a < s.size() && sp(s[a])) ++a;
  return s.substr(a);
}

Result<std::vector<analysis::LabelledText>> read_csv(const std::string& path,
                                                     const std::string& text,
                                                     std::vector<std::string>* ignored) {
  auto rows = parse_csv(text);
  if (rows.empty()) return Status::InvalidArgument(path + ": the file is empty");
  const auto& header = rows[0];
  auto column = [&](const std::string& name) {
    auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
  };
  const int thought = column("thought"), traps = column("thinking_traps_addressed");
  if (thought < 0 || traps < 0) {
    return Status::InvalidArgument(path +
                                   ":1: expected columns \"thought\" and \"thinking_traps_addressed\"");
  }
  std::vector<analysis::LabelledText> out;
  std::map<std::string, std::size_t> index;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() <= static_cast<std::size_t>(std::max(thought, traps))) continue;
    const std::string& t = row[static_cast<std::size_t>(thought)];
    if (!text::is_valid_utf8(t)) {
      return Status::InvalidArgument(path + ": row " + std::to_string(r + 1) + ": not valid UTF-8");
    }
    auto [it, fresh] = index.emplace(t, out.size());
    if (fresh) out.push_back({t, {}});
    auto& labels = out[it->second].labels;
    std::stringstream names(row[static_cast<std::size_t>(traps)]);
    std::string name;
    while (std::getline(names, name, ',')) {
      name = trim(name);
      if (name.empty()) continue;
      auto m = trap_names().find(name);
      if (m == trap_names().end()) {
        if (ignored) ignored->push_back(name);
        continue;
      }
      if (std::find(labels.begin(), labels.end(), m->second) == labels.end()) {
        labels.push_back(m->second);
      }
    }
  }
  return out;
}

Result<std::vector<analysis::LabelledText>> read_jsonl(const std::string& path,
                                                       const std::string& text) {
  std::vector<analysis::LabelledText> out;
  std::stringstream lines(text);
  std::string line;
  for (int n = 1; std::getline(lines, line); ++n) {
    if (trim(line).empty()) continue;
    const std::string where = path + ":" + std::to_string(n) + ": ";
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      return Status::InvalidArgument(where + "expected {\"text\": ..., \"labels\": [...]}");
    }
    analysis::LabelledText lt{j["text"].get<std::string>(), {}};
    if (!text::is_valid_utf8(lt.text)) return Status::InvalidArgument(where + "not valid UTF-8");
    if (j.contains("labels")) {
      if (!j["labels"].is_array()) return Status::InvalidArgument(where + "labels must be a list");
      for (const auto& l : j["labels"]) {
        auto t = l.is_string() ? analysis::finding_type_from_id(l.get<std::string>()) : std::nullopt;
        if (!t) return Status::InvalidArgument(where + "not a finding type: " + l.dump());
        lt.labels.push_back(*t);
      }
    }
    out.push_back(std::move(lt));
  }
  return out;
}

}  // namespace

Result<std::vector<analysis::LabelledText>> read_labelled_file(const std::string& path,
                                                               std::vector<std::string>* ignored) {
  auto text = read_file(path);
  if (!text.ok()) return text.status();
  const std::string first = trim(text->substr(0, text->find('\n')));
  if (!first.empty() && first[0] == '{') return read_jsonl(path, *text);
  return read_csv(path, *text, ignored);
}

}  // namespace refuge::cli
