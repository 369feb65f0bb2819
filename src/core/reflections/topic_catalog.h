// The topics of "My attachment story" (content/reflections/attachment-history.json): gentle
// prompts for looking back on early relationships, in the order they are offered. Parsed and
// checked at start-up; errors say "file:line: what is wrong". No I/O here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::reflections {

struct Topic {
  std::string id;  // slug: the URL segment and the key in the sealed story
  std::string title;
  std::string prompt;              // one or two sentences
  std::vector<std::string> hints;  // a few short guiding questions (may be empty)
};

class TopicCatalog {
 public:
  // {"source", "notes", "topics": [{"id","title","prompt","hints"?}, ...]}: 1..40 topics with
  // unique ids; unknown fields are refused (a misspelt "hints" would otherwise vanish quietly).
  static Result<TopicCatalog> parse(const content::JsonSource& source);

  const std::vector<Topic>& topics() const { return topics_; }
  // nullptr when there is no topic with this id.
  const Topic* find(std::string_view id) const;
  const std::string& source() const { return source_; }
  const std::string& notes() const { return notes_; }

 private:
  std::vector<Topic> topics_;
  std::string source_;
  std::string notes_;
};

}  // namespace refuge::reflections
