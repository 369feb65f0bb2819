#include "core/journal/journal_entry.h"

#include <algorithm>
#include <cctype>

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::journal {
namespace {

using text::trim;

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

// Format 1: version (1) | mood (0 = none) | tag count | each tag: length (2 bytes, little
// endian) and bytes | the text (the rest). Compact and quick to read back on every page view.
// Summaries use the same layout with the excerpt as the text.
namespace {

std::string encode(std::optional<int> mood, const std::vector<std::string>& tags,
                   std::string_view text) {
  std::string out;
  out.reserve(3 + text.size() + tags.size() * 16);
  out += static_cast<char>(1);
  out += static_cast<char>(mood ? *mood : 0);
  out += static_cast<char>(std::min<std::size_t>(tags.size(), 255));
  for (std::size_t i = 0; i < tags.size() && i < 255; ++i) {
    std::size_t n = std::min<std::size_t>(tags[i].size(), 0xffff);
    out += static_cast<char>(n & 0xff);
    out += static_cast<char>(n >> 8);
    out.append(tags[i], 0, n);
  }
  out += text;
  return out;
}

// Reads mood and tags; returns where the text starts, or npos when the document is unreadable.
std::size_t decode(std::string_view p, std::optional<int>& mood_out,
                   std::vector<std::string>& tags) {
  constexpr auto bad = std::string_view::npos;
  if (p.size() < 3 || p[0] != 1) return bad;
  int mood = static_cast<unsigned char>(p[1]);
  if (mood > 10) return bad;
  if (mood) mood_out = mood;
  std::size_t count = static_cast<unsigned char>(p[2]);
  std::size_t pos = 3;
  tags.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    if (pos + 2 > p.size()) return bad;
    std::size_t n = static_cast<unsigned char>(p[pos]) |
                    (static_cast<std::size_t>(static_cast<unsigned char>(p[pos + 1])) << 8);
    pos += 2;
    if (pos + n > p.size()) return bad;
    tags.emplace_back(p.substr(pos, n));
    pos += n;
  }
  return pos;
}

}  // namespace

std::string encode_entry(const EntryContent& c) { return encode(c.mood, c.tags, c.text); }

Result<EntryContent> decode_entry(std::string_view p) {
  EntryContent c;
  std::size_t text = decode(p, c.mood, c.tags);
  if (text == std::string_view::npos) {
    return Status::Corruption("journal entry document is not readable");
  }
  c.text = std::string(p.substr(text));
  return c;
}

EntrySummary summarize(const EntryContent& c) {
  return EntrySummary{excerpt(c.text, kExcerptCodePoints), c.mood, c.tags};
}

std::string encode_summary(const EntrySummary& s) { return encode(s.mood, s.tags, s.excerpt); }

Result<EntrySummary> decode_summary(std::string_view p) {
  EntrySummary s;
  std::size_t text = decode(p, s.mood, s.tags);
  if (text == std::string_view::npos) {
    return Status::Corruption("journal entry summary is not readable");
  }
  s.excerpt = std::string(p.substr(text));
  return s;
}

std::string excerpt(std::string_view text, std::size_t max_code_points) {
  // One pass: whitespace runs become one space; stop as soon as a code point beyond the limit
  // appears. Only the start of a long text is ever read.
  text = trim(text);
  std::string flat;
  flat.reserve(std::min(text.size(), max_code_points * 4));
  std::size_t points = 0;
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (text::is_ascii_space(ch)) {
      pending_space = true;
      continue;
    }
    bool starts_code_point = text::starts_code_point(ch);
    std::size_t needed = points + (starts_code_point ? 1 : 0) + (pending_space ? 1 : 0);
    if (starts_code_point && needed > max_code_points) {
      // Too long: cut at the last word boundary when it keeps at least half the excerpt.
      std::size_t word = flat.rfind(' ');
      if (word != std::string::npos && word > flat.size() / 2) flat.resize(word);
      return flat + "…";
    }
    if (pending_space) {
      flat += ' ';
      ++points;
      pending_space = false;
    }
    if (starts_code_point) ++points;
    flat += ch;
  }
  return flat;
}

}  // namespace refuge::journal
