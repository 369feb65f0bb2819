// The practice library, the instruments and the reflection topics, read from content/ and
// checked at start-up.
#pragma once

#include <string>

#include "core/instruments/catalog.h"
#include "core/practices/practice_catalog.h"
#include "core/reflections/topic_catalog.h"
#include "core/status.h"

namespace refuge::content_io {

// content/practices/*.json, content/breathing/patterns.json, content/soothing/suggestions.json.
Result<practices::PracticeCatalog> load_practices(const std::string& content_dir);
// content/instruments/*.json, in name order.
Result<instruments::Catalog> load_instruments(const std::string& content_dir);
// content/reflections/attachment-history.json (the topics of "My attachment story").
Result<reflections::TopicCatalog> load_reflection_topics(const std::string& content_dir);

}  // namespace refuge::content_io
