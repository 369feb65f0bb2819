#include "core/journal/journal_entry.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::journal {
namespace {

using text::trim;

bool is_utf8_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

Result<EntryContent> validate_entry(EntryContent content) {
  if (!text::is_valid_utf8(content.text)) return Status::InvalidArgument("errors.text_unreadable");
  if (trim(content.text).empty()) return Status::InvalidArgument("errors.text_empty");
  if (text::count_code_points(content.text) > kMaxTextCodePoints) {
    return Status::InvalidArgument("errors.text_too_long");
  }
  if (content.mood && (*content.mood < 1 || *content.mood > 10)) {
    return Status::InvalidArgument("errors.mood_range");
  }
  std::vector<std::string> tags;
  for (const auto& raw : content.tags) {
    if (!text::is_valid_utf8(raw)) return Status::InvalidArgument("errors.text_unreadable");
    std::string tag(trim(raw));
    if (tag.empty() || std::find(tags.begin(), tags.end(), tag) != tags.end()) continue;
    if (text::count_code_points(tag) > kMaxTagCodePoints) {
      return Status::InvalidArgument("errors.tag_too_long");
    }
    tags.push_back(std::move(tag));
  }
  if (tags.size() > kMaxTags) return Status::InvalidArgument("errors.too_many_tags");
  content.tags = std::move(tags);
  return content;
}

std::vector<std::string> split_tags(std::string_view s) {
  std::vector<std::string> out;
  while (true) {
    auto comma = s.find(',');
    std::string_view part = trim(s.substr(0, comma));
    if (!part.empty()) out.emplace_back(part);
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

std::string join_tags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& t : tags) {
    if (!out.empty()) out += ", ";
    out += t;
  }
  return out;
}

std::string encode_entry(const EntryContent& c) {
  nlohmann::json j = {{"v", 1}, {"text", c.text}, {"tags", c.tags}};
  j["mood"] = c.mood ? nlohmann::json(*c.mood) : nlohmann::json(nullptr);
  return j.dump();
}

Result<EntryContent> decode_entry(std::string_view plaintext) {
  auto j = nlohmann::json::parse(plaintext, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
    return Status::Corruption("journal entry document is not readable");
  }
  EntryContent c;
  c.text = j["text"].get<std::string>();
  if (j.contains("mood") && j["mood"].is_number_integer()) c.mood = j["mood"].get<int>();
  if (j.contains("tags") && j["tags"].is_array()) {
    for (const auto& t : j["tags"]) {
      if (t.is_string()) c.tags.push_back(t.get<std::string>());
    }
  }
  return c;
}

std::string excerpt(std::string_view text, std::size_t max_code_points) {
  // Collapse whitespace runs into single spaces.
  std::string flat;
  bool space = false;
  for (char ch : trim(text)) {
    if (std::isspace(static_cast<unsigned char>(ch))) {
      space = true;
      continue;
    }
    if (space && !flat.empty()) flat += ' ';
    space = false;
    flat += ch;
  }
  if (text::count_code_points(flat) <= max_code_points) return flat;
  // Cut at max_code_points, on a code point boundary.
  std::size_t cut = 0, points = 0;
  while (cut < flat.size() && points < max_code_points) {
    ++cut;
    while (cut < flat.size() && is_utf8_continuation(static_cast<unsigned char>(flat[cut]))) ++cut;
    ++points;
  }
  std::size_t word = flat.rfind(' ', cut);
  if (word != std::string::npos && word > cut / 2) cut = word;
  return flat.substr(0, cut) + "…";
}

}  // namespace refuge::journal
