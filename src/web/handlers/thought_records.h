// Thought records and saved compassionate phrases of the signed-in person: validated by core,
// sealed by the vault, kept by the store. Shared by the pages, the home page and the export.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/thoughts/thought_record.h"
#include "web/handlers/context.h"

namespace refuge::web {

inline constexpr const char* kThoughtRecordKind = "thought_record";
inline constexpr const char* kPhraseKind = "phrase";
inline constexpr int64_t kMaxListed = 500;  // history and export read at most this many

struct ThoughtRecordView {
  std::string id;
  thoughts::ThoughtRecord record;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

Result<std::string> create_thought_record(Ctx& ctx, const thoughts::ThoughtRecord& r);
Result<ThoughtRecordView> load_thought_record(Ctx& ctx, std::string_view id);
Result<std::vector<ThoughtRecordView>> list_thought_records(Ctx& ctx, int64_t limit);
Status update_thought_record(Ctx& ctx, std::string_view id, const thoughts::ThoughtRecord& r);
Status delete_thought_record(Ctx& ctx, std::string_view id);

struct PhraseView {
  std::string id;
  std::string text;
  int64_t created_at = 0;
};

Result<std::string> save_phrase(Ctx& ctx, std::string_view text);
Result<std::vector<PhraseView>> list_phrases(Ctx& ctx, int64_t limit);
Status delete_phrase(Ctx& ctx, std::string_view id);

}  // namespace refuge::web
