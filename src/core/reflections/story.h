// A person's attachment story: what they wrote for each reflection topic, and when. Sealed by the
// vault as one document, like all personal writing. No I/O here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/reflections/reflection.h"
#include "core/reflections/topic_catalog.h"
#include "core/status.h"

namespace refuge::reflections {

struct Story {
  // Topic id -> what was written. Only topics with words in them; a topic that later leaves the
  // catalogue keeps its words here (they are still exported, never dropped).
  Reflections reflections;

  const Reflection* find(std::string_view topic_id) const;
  // The newest updated_at of any reflection, 0 when there is none.
  int64_t updated_at() const;
  bool operator==(const Story&) const = default;
};

// Checks the words for a topic. Errors are locale keys: NotFound errors.reflection_topic_unknown
// (no such topic), InvalidArgument errors.text_unreadable (not UTF-8) and
// errors.reflection_too_long (over kMaxReflectionCodePoints).
Status check_reflection(const TopicCatalog& catalog, std::string_view topic_id,
                        std::string_view text);

// check_reflection, then writes the words into the story at time `now`. Words that are only
// white space take the topic out of the story ("not written yet" again).
Status write_reflection(Story& story, const TopicCatalog& catalog, std::string_view topic_id,
                        std::string text, int64_t now);

// The plaintext the vault seals ({"v":1,"topics":{"<id>":{"text","updated_at"}}}) and back
// (Corruption when unreadable).
std::string encode_story(const Story& story);
Result<Story> decode_story(std::string_view plaintext);

}  // namespace refuge::reflections
