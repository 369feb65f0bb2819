#include "cli/analyser_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <span>
#include <sstream>

#include "core/analysis/label_names.h"
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

// RFC 4180 rows: quoted fields may hold commas, newlines and doubled quotes. `separator` is ','
// or, for tab-separated files, '\t'.
std::vector<std::vector<std::string>> parse_csv(const std::string& text, char separator) {
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
    } else if (c == separator) {
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

std::string trim(std::string s) {
  const auto sp = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && sp(s.back())) s.pop_back();
  std::size_t a = 0;
  while (a < s.size() && sp(s[a])) ++a;
  return s.substr(a);
}

// Adds the type a label names (once); a name that is none of the analyser's types goes to
// `ignored`, so the caller can list it.
void add_label(const std::string& raw, std::vector<FindingType>& labels,
               std::vector<std::string>* ignored) {
  const std::string name = trim(raw);
  if (name.empty()) return;
  const auto t = analysis::finding_type_from_label(name);
  if (!t) {
    if (ignored) ignored->push_back(name);
  } else if (std::find(labels.begin(), labels.end(), *t) == labels.end()) {
    labels.push_back(*t);
  }
}

// The names of the column (CSV, in any letter case) or field (JSON Lines) that holds the text,
// and of the one that holds its labels, first choice first.
constexpr std::string_view kTextNames[] = {"text", "thought"};
constexpr std::string_view kLabelNames[] = {"labels", "label", "thinking_traps_addressed",
                                            "thinking_traps", "thinking_trap", "traps"};

// Texts and their labels as rows arrive, a text seen again (a thought with several rows, as the
// data set has one per reframe) uniting its labels with the first row's.
class LabelledTexts {
 public:
  explicit LabelledTexts(std::vector<std::string>* ignored) : ignored_(ignored) {}

  // A text with no labels of its own counts too (as a text with no trap, unless another row
  // of it has some).
  void add_text(const std::string& text) { labels_of(text); }
  void add(const std::string& text, const std::string& label) {
    add_label(label, labels_of(text), ignored_);
  }
  // Names in one field, separated by commas (the data set), semicolons or bars.
  void add_names(const std::string& text, std::string names) {
    auto& labels = labels_of(text);
    std::replace(names.begin(), names.end(), ';', ',');
    std::replace(names.begin(), names.end(), '|', ',');
    std::stringstream list(names);
    std::string name;
    while (std::getline(list, name, ',')) add_label(name, labels, ignored_);
  }
  std::vector<analysis::LabelledText> take() && { return std::move(out_); }

 private:
  std::vector<FindingType>& labels_of(const std::string& text) {
    auto [it, fresh] = index_.emplace(text, out_.size());
    if (fresh) out_.push_back({text, {}});
    return out_[it->second].labels;
  }

  std::vector<std::string>* ignored_;
  std::vector<analysis::LabelledText> out_;
  std::map<std::string, std::size_t> index_;
};

Result<std::vector<analysis::LabelledText>> read_csv(const std::string& path,
                                                     const std::string& text,
                                                     std::vector<std::string>* ignored) {
  // Tab-separated when the header line has tabs and no commas (a spreadsheet's "TSV" export).
  const std::string_view header_line = std::string_view(text).substr(0, text.find('\n'));
  const bool tabs = header_line.find('\t') != std::string_view::npos &&
                    header_line.find(',') == std::string_view::npos;
  auto rows = parse_csv(text, tabs ? '\t' : ',');
  if (rows.empty()) return Status::InvalidArgument(path + ": the file is empty");
  const auto& header = rows[0];
  // The data set's column names, in any letter case, or the names JSON Lines files use.
  auto column = [&](std::span<const std::string_view> names) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      std::string h = trim(header[i]);
      for (char& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (std::find(names.begin(), names.end(), h) != names.end()) return static_cast<int>(i);
    }
    return -1;
  };
  const int thought = column(kTextNames);
  const int traps = column(kLabelNames);
  if (thought < 0 || traps < 0) {
    return Status::InvalidArgument(path +
                                   ":1: expected columns \"thought\" and \"thinking_traps_addressed\"");
  }
  LabelledTexts out(ignored);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() <= static_cast<std::size_t>(std::max(thought, traps))) continue;
    const std::string t = trim(row[static_cast<std::size_t>(thought)]);
    if (!text::is_valid_utf8(t)) {
      return Status::InvalidArgument(path + ": row " + std::to_string(r + 1) + ": not valid UTF-8");
    }
    if (t.empty()) continue;
    out.add_names(t, row[static_cast<std::size_t>(traps)]);
  }
  return std::move(out).take();
}

Result<std::vector<analysis::LabelledText>> read_jsonl(const std::string& path,
                                                       const std::string& text,
                                                       std::vector<std::string>* ignored) {
  const auto field = [](const nlohmann::json& j, std::span<const std::string_view> names) {
    for (const std::string_view n : names) {
      if (auto it = j.find(n); it != j.end()) return &*it;
    }
    return static_cast<const nlohmann::json*>(nullptr);
  };
  LabelledTexts out(ignored);
  std::stringstream lines(text);
  std::string line;
  for (int n = 1; std::getline(lines, line); ++n) {
    if (trim(line).empty()) continue;
    const std::string where = path + ":" + std::to_string(n) + ": ";
    auto j = nlohmann::json::parse(line, nullptr, false);
    // Not JSON (discarded), not an object, or no text: t is null.
    const nlohmann::json* t = j.is_object() ? field(j, kTextNames) : nullptr;
    if (t == nullptr || !t->is_string()) {
      return Status::InvalidArgument(where + "expected {\"text\": ..., \"labels\": [...]}");
    }
    const std::string s = trim(t->get<std::string>());
    if (!text::is_valid_utf8(s)) return Status::InvalidArgument(where + "not valid UTF-8");
    // A CSV row without a thought is skipped (spreadsheets leave such rows); a JSON line names
    // its text, so an empty one is a mistake worth saying.
    if (s.empty()) return Status::InvalidArgument(where + "the text is empty");
    out.add_text(s);
    // The labels: a list of names, or one string of names separated by commas.
    const nlohmann::json* l = field(j, kLabelNames);
    if (l == nullptr) continue;
    if (l->is_string()) {
      out.add_names(s, l->get<std::string>());
      continue;
    }
    if (!l->is_array()) {
      return Status::InvalidArgument(where + "labels must be a list or a string of names");
    }
    for (const auto& name : *l) {
      if (!name.is_string()) {
        return Status::InvalidArgument(where + "a label must be a string: " + name.dump());
      }
      out.add(s, name.get<std::string>());
    }
  }
  return std::move(out).take();
}

}  // namespace

Result<std::vector<analysis::LabelledText>> read_labelled_file(const std::string& path,
                                                               std::vector<std::string>* ignored) {
  auto text = read_file(path);
  if (!text.ok()) return text.status();
  // A byte-order mark, as spreadsheet programs write, is not part of the first field.
  if (text->starts_with("\xEF\xBB\xBF")) text->erase(0, 3);
  const std::string first = trim(text->substr(0, text->find('\n')));
  if (!first.empty() && first[0] == '{') return read_jsonl(path, *text, ignored);
  return read_csv(path, *text, ignored);
}

}  // namespace refuge::cli
