#include "core/reflections/topic_catalog.h"

#include "core/content/fields.h"

namespace refuge::reflections {
namespace {

using json = nlohmann::json;
using Ptr = json::json_pointer;

constexpr std::size_t kMaxTopics = 40;

Result<Topic> parse_topic(const content::Fields& f, const Ptr& p) {
  if (!f.at(p).is_object()) return f.error(p, "must be an object");
  Status known = f.only_known(p, {"id", "title", "prompt", "hints"});
  if (!known.ok()) return known;
  Topic t;
  auto id = f.id(p / "id");
  if (!id.ok()) return id.status();
  t.id = std::move(id.value());
  auto title = f.text(p / "title", 1, 80);
  if (!title.ok()) return title.status();
  t.title = std::move(title.value());
  auto prompt = f.text(p / "prompt", 1, 400);
  if (!prompt.ok()) return prompt.status();
  t.prompt = std::move(prompt.value());
  if (f.has(p / "hints")) {
    auto hints = f.text_list(p / "hints", 0, 6, 200);
    if (!hints.ok()) return hints.status();
    t.hints = std::move(hints.value());
  }
  return t;
}

}  // namespace

Result<TopicCatalog> TopicCatalog::parse(const content::JsonSource& source) {
  content::Fields f(source);
  const Ptr root("");
  if (!source.root().is_object()) return f.error(root, "must be an object");
  Status known = f.only_known(root, {"source", "notes", "topics"});
  if (!known.ok()) return known;
  TopicCatalog c;
  auto src = f.text(Ptr("/source"), 1, 1000);
  if (!src.ok()) return src.status();
  c.source_ = std::move(src.value());
  auto notes = f.text(Ptr("/notes"), 1, 2000);
  if (!notes.ok()) return notes.status();
  c.notes_ = std::move(notes.value());
  const Ptr list("/topics");
  if (!f.at(list).is_array() || f.at(list).empty() || f.at(list).size() > kMaxTopics) {
    return f.error(list, "must be a list of 1 to " + std::to_string(kMaxTopics) + " topics");
  }
  for (std::size_t i = 0; i < f.at(list).size(); ++i) {
    auto t = parse_topic(f, list / i);
    if (!t.ok()) return t.status();
    if (c.find(t->id)) return f.error(list / i / "id", "'" + t->id + "' is used twice");
    c.topics_.push_back(std::move(t.value()));
  }
  return c;
}

const Topic* TopicCatalog::find(std::string_view id) const {
  for (const auto& t : topics_) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

}  // namespace refuge::reflections
