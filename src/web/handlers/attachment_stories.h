// The signed-in person's attachment story: each reflection checked by core, the whole story
// sealed by the vault as one document and kept by the store. Shared by the story pages, the JSON
// API and the export.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/reflections/story.h"
#include "web/handlers/context.h"

namespace refuge::web {

inline constexpr const char* kAttachmentStoryKind = "attachment_story";

// The story (empty when they have written nothing yet).
Result<reflections::Story> load_attachment_story(Ctx& ctx);

// Checks the words for one topic, then stores the story with them (blank words take the topic
// out). Gives the story as stored. Errors: NotFound for an unknown topic (before the store is
// touched), InvalidArgument for words over the limit or unreadable, a store failure otherwise.
// Crisis language is not looked at here: the caller saves first and then offers support.
Result<reflections::Story> save_reflection(Ctx& ctx, std::string_view topic_id, std::string text);

// One topic for the API and the export: {"id", "title", "text", "updated_at"} ("" and null when
// `r` is null: not written yet).
nlohmann::json reflection_json(std::string_view id, std::string_view title,
                               const reflections::Reflection* r);

// The story for the API and the export: {"updated_at", "topics": [{"id", "title", "text",
// "updated_at"}]}, times in ISO 8601 or null. `every_topic` lists each offered topic, written or
// not, in order (the API); otherwise only the written ones, with any topic no longer offered last
// (the export, so no words are ever left out).
nlohmann::json attachment_story_json(Ctx& ctx, const reflections::Story& story, bool every_topic);

}  // namespace refuge::web
