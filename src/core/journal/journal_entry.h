// A journal entry's content: what the person wrote. It is sealed as one JSON document by the
// vault, so mood and tags are as private as the text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace refuge::journal {

inline constexpr std::size_t kMaxTextCodePoints = 20000;
inline constexpr std::size_t kMaxTags = 20;
inline constexpr std::size_t kMaxTagCodePoints = 40;

struct EntryContent {
  std::string text;
  std::optional<int> mood;        // 1..10
  std::vector<std::string> tags;  // trimmed, non-empty, de-duplicated, in the order given

  bool operator==(const EntryContent&) const = default;
};

// Checks limits and normalises tags (trim, drop empties and duplicates). Errors are locale keys:
// errors.text_empty, errors.text_too_long, errors.text_unreadable, errors.mood_range,
// errors.too_many_tags, errors.tag_too_long.
Result<EntryContent> validate_entry(EntryContent content);

// "calm, work ,  sleep" -> {"calm","work","sleep"} (before validation).
std::vector<std::string> split_tags(std::string_view comma_separated);
std::string join_tags(const std::vector<std::string>& tags);

// The plaintext that the vault seals (a small versioned binary layout, see the .cpp), and back.
// decode fails with Corruption on a bad document.
std::string encode_entry(const EntryContent& content);
Result<EntryContent> decode_entry(std::string_view plaintext);

// A short single-line excerpt for lists (at most max_code_points, cut at a word, with "…").
std::string excerpt(std::string_view text, std::size_t max_code_points);

// What the journal list shows of an entry. It is sealed on its own next to the entry, so a list
// page opens a few hundred bytes per entry instead of the whole text.
inline constexpr std::size_t kExcerptCodePoints = 160;
struct EntrySummary {
  std::string excerpt;            // excerpt(text, kExcerptCodePoints)
  std::optional<int> mood;
  std::vector<std::string> tags;

  bool operator==(const EntrySummary&) const = default;
};
EntrySummary summarize(const EntryContent& content);
// Same layout as encode_entry, with the excerpt in place of the text. Corruption when unreadable.
std::string encode_summary(const EntrySummary& summary);
Result<EntrySummary> decode_summary(std::string_view plaintext);

}  // namespace refuge::journal
