// The reflection topics: the shipped file passes and holds the attachment-history areas in
// order; a broken file is refused with "file:line: what is wrong".
#include "core/reflections/topic_catalog.h"

#include <gtest/gtest.h>

#include "content_io/catalogs.h"

namespace refuge::reflections {
namespace {

const char* kGood = R"({
  "source": "Written for a test.",
  "notes": "None.",
  "topics": [
    {"id": "first", "title": "First", "prompt": "Begin here.", "hints": ["One?", "Two?"]},
    {"id": "second", "title": "Second", "prompt": "Then here."}
  ]
})";

Result<TopicCatalog> parse(const std::string& text) {
  auto src = content::JsonSource::parse("test.json", text);
  if (!src.ok()) return src.status();
  return TopicCatalog::parse(*src);
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
  auto pos = s.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  return s.replace(pos, from.size(), to);
}

TEST(TopicCatalog, AGoodFileKeepsItsTopicsInOrder) {
  auto c = parse(kGood);
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c->topics().size(), 2u);
  EXPECT_EQ(c->topics()[0].id, "first");
  EXPECT_EQ(c->topics()[0].hints, (std::vector<std::string>{"One?", "Two?"}));
  EXPECT_TRUE(c->topics()[1].hints.empty());
  EXPECT_EQ(c->find("second"), &c->topics()[1]);
  EXPECT_EQ(c->find("third"), nullptr);
  EXPECT_EQ(c->source(), "Written for a test.");
}

TEST(TopicCatalog, ABrokenFileNamesTheFileAndLine) {
  struct Case {
    std::string from, to, expected;
    int line;
  };
  const Case cases[] = {
      {R"("id": "second")", R"("id": "Second Topic")", "topics/1/id: must use only", 6},
      {R"("id": "second")", R"("id": "first")", "topics/1/id: 'first' is used twice", 6},
      {R"("prompt": "Then here.")", R"("prmopt": "Then here.")", "topics/1/prmopt: is not a known",
       6},
      {R"(, "prompt": "Then here.")", "", "topics/1/prompt: is missing", 6},
      {R"("title": "First")", R"("title": "")", "topics/0/title: must not be empty", 5},
      {R"(["One?", "Two?"])", R"("One?")", "topics/0/hints: must be a list of texts", 5},
      {R"("Written for a test.")", "42", "source: must be text", 2},
      {"\"notes\": \"None.\",\n", "", "notes: is missing", 1},
  };
  for (const auto& c : cases) {
    auto r = parse(replace(kGood, c.from, c.to));
    ASSERT_FALSE(r.ok()) << c.expected;
    const std::string& m = r.status().message();
    EXPECT_NE(m.find("test.json:" + std::to_string(c.line) + ": " + c.expected), std::string::npos)
        << m;
  }
  auto empty = parse(R"({"source": "s", "notes": "n",
  "topics": []})");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("test.json:2: topics: must be a list of 1 to 40"),
            std::string::npos)
      << empty.status().message();
  auto syntax = parse("{\n  \"source\": \"s\",\n  \"topics\": [\n}");
  ASSERT_FALSE(syntax.ok());
  EXPECT_NE(syntax.status().message().find("test.json:4: "), std::string::npos)
      << syntax.status().message();
}

TEST(TopicCatalog, TheShippedFileHoldsTheAttachmentHistoryAreas) {
  auto c = content_io::load_reflection_topics(std::string(REFUGE_SOURCE_DIR) + "/content");
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c->topics().size(), 12u);
  EXPECT_EQ(c->topics().front().id, "who-raised-you");
  EXPECT_EQ(c->topics().back().id, "what-you-hope-to-give");
  EXPECT_NE(c->source().find("George, Kaplan & Main"), std::string::npos);
  EXPECT_NE(c->source().find("García-Campayo"), std::string::npos);
  for (const auto& t : c->topics()) {
    EXPECT_FALSE(t.hints.empty()) << t.id;
    EXPECT_LE(t.hints.size(), 4u) << t.id << ": a few short questions, not a questionnaire";
  }
}

}  // namespace
}  // namespace refuge::reflections
