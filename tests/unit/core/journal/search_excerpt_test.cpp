#include "core/journal/search_excerpt.h"

#include <gtest/gtest.h>

namespace refuge::journal {
namespace {

using Parts = std::vector<ExcerptPart>;

SearchQuery Parse(std::string_view raw) { return parse_search_query(raw).value(); }

Parts Excerpt(std::string_view query, std::string_view text, std::size_t max = 160) {
  SearchQuery q = Parse(query);
  SearchMatch m = match_entry(q, text, {});
  EXPECT_TRUE(m.first);
  return m.first ? search_excerpt(q, text, *m.first, max) : Parts{};
}

// The parts as text with [brackets] for the marked ones.
std::string Shown(const Parts& parts) {
  std::string out;
  for (const auto& p : parts) out += p.marked ? "[" + p.text + "]" : p.text;
  return out;
}

TEST(SearchExcerpt, AShortTextIsShownWholeWithEveryWordMarked) {
  Parts parts = Excerpt("walk river", "A walk by the River,\n\n  then a walk home.");
  EXPECT_EQ(Shown(parts), "A [walk] by the [River], then a [walk] home.");
  EXPECT_EQ(parts.front(), (ExcerptPart{"A ", false}));
  EXPECT_EQ(parts[1], (ExcerptPart{"walk", true}));
}

TEST(SearchExcerpt, ALongTextShowsTheWordsAroundTheFirstMatch) {
  std::string before, after;
  for (int i = 0; i < 40; ++i) before += "early" + std::to_string(i) + " ";
  for (int i = 0; i < 40; ++i) after += " later" + std::to_string(i);
  const std::string text = before + "the Walk" + after;
  std::string shown = Shown(Excerpt("walk", text, 60));
  // It starts at a word about a third of the excerpt before, and ends at a word.
  EXPECT_EQ(shown.rfind("…early", 0), 0u) << shown;
  EXPECT_NE(shown.find("the [Walk] later0"), std::string::npos) << shown;
  EXPECT_EQ(shown.substr(shown.size() - 3), "…");
  EXPECT_EQ(shown.find(" …"), std::string::npos) << shown;  // no space before the cut
  EXPECT_LE(shown.size(), 60u + 6 + 2);  // ~60 characters, two "…" and the brackets
}

TEST(SearchExcerpt, AMatchAtTheStartOrEndHasNoEllipsisThere) {
  EXPECT_EQ(Shown(Excerpt("walk", "Walk today")), "[Walk] today");
  EXPECT_EQ(Shown(Excerpt("today", "Walk today  \n")), "Walk [today]");
}

TEST(SearchExcerpt, MultiByteTextIsCutOnlyBetweenCharacters) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "é";
  text += " Ärger ";
  for (int i = 0; i < 100; ++i) text += "💚";
  Parts parts = Excerpt("ärger", text, 30);
  std::string shown = Shown(parts);
  EXPECT_NE(shown.find("…[Ärger] 💚💚"), std::string::npos) << shown;  // starts at the word
  // Every part is well-formed UTF-8: no cut character at either end.
  for (const auto& p : parts) {
    ASSERT_FALSE(p.text.empty());
    EXPECT_NE(static_cast<unsigned char>(p.text.front()) & 0xC0, 0x80) << p.text;
  }
  EXPECT_EQ(shown.rfind("…", 0), 0u);
  EXPECT_EQ(shown.substr(shown.size() - 3), "…");
}

TEST(SearchExcerpt, AMatchLongerThanTheExcerptIsShownWhole) {
  const std::string word(80, 'a');
  EXPECT_EQ(Shown(Excerpt(word, "x " + word + " y", 20)), "x [" + word + "]…");
}

TEST(SearchExcerpt, AWordThatFoldsToOtherBytesIsMarkedOnTheOriginal) {
  EXPECT_EQ(Shown(Excerpt("kelvin", "300 \u212Aelvin today")), "300 [\u212Aelvin] today");
}

}  // namespace
}  // namespace refuge::journal
