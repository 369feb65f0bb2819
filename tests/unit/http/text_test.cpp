#include "web/http/text.h"

#include "core/text/ascii.h"

#include <gtest/gtest.h>

namespace refuge::web::detail {
namespace {

TEST(Text, SplitKeepsEmptyPieces) {
  EXPECT_EQ(split("a,,b", ','), (std::vector<std::string_view>{"a", "", "b"}));
  EXPECT_EQ(split("", ','), (std::vector<std::string_view>{""}));
  EXPECT_EQ(split(",", ','), (std::vector<std::string_view>{"", ""}));
}

TEST(Text, TrimRemovesSpacesAndTabsAtTheEdgesOnly) {
  EXPECT_EQ(trim(" \t a b \t"), "a b");
  EXPECT_EQ(trim("   "), "");
}

TEST(Text, CaseHelpersAreAsciiOnly) {
  EXPECT_TRUE(iequals("Content-Type", "content-TYPE"));
  EXPECT_FALSE(iequals("a", "ab"));
  EXPECT_EQ(text::ascii_lower("X-Caf\xC3\x89"), "x-caf\xC3\x89");  // É is left alone
  EXPECT_EQ(text::ascii_upper("post"), "POST");
}

TEST(Text, FieldLabelReplacesControlCharacters) {
  EXPECT_EQ(field_label("a\nb\x7F"), "a?b?");
  EXPECT_EQ(field_label("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(Text, FieldLabelCutsLongNamesAtACodePointBoundary) {
  // 63 ASCII bytes, then "é" (2 bytes) straddling the 64-byte cut.
  const std::string name = std::string(63, 'a') + "\xC3\xA9" + "tail";
  EXPECT_EQ(field_label(name), std::string(63, 'a') + "...");
  const std::string fits = std::string(62, 'a') + "\xC3\xA9" + "tail";
  EXPECT_EQ(field_label(fits), std::string(62, 'a') + "\xC3\xA9...");
  EXPECT_EQ(field_label(std::string(64, 'a')), std::string(64, 'a'));
}

}  // namespace
}  // namespace refuge::web::detail
