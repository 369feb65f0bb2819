#include "web/view/html_escape.h"

#include <random>

#include <gtest/gtest.h>

namespace refuge::web {
namespace {

TEST(HtmlEscape, EscapesTheFiveCharactersAndKeepsEverythingElse) {
  EXPECT_EQ(html_escape(""), "");
  EXPECT_EQ(html_escape("plain words"), "plain words");
  EXPECT_EQ(html_escape("<a href=\"x\">Tom & Jo's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jo&apos;s&lt;/a&gt;");
  EXPECT_EQ(html_escape("&&"), "&amp;&amp;");
  EXPECT_EQ(html_escape("é ✓ \xff"), "é ✓ \xff");
  EXPECT_EQ(html_escape(std::string("a\0b", 3)), std::string("a\0b", 3));
}

TEST(HtmlEscape, AppendsToWhatIsThere) {
  std::string out = "<p>";
  append_html_escaped(out, "1 < 2");
  append_html_escaped(out, ">");
  EXPECT_EQ(out, "<p>1 &lt; 2&gt;");
}

TEST(HtmlEscape, MatchesACharacterByCharacterReferenceOnRandomText) {
  auto reference = [](std::string_view s) {
    std::string out;
    for (char c : s) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out += c;
      }
    }
    return out;
  };
  std::mt19937 rng(7);
  const std::string alphabet = "ab &<>\"'\xc3\xa9\x80\xff\x01\x22\x3c\x3e";
  for (int n = 0; n < 2000; ++n) {
    std::string s(rng() % 40, ' ');
    for (char& c : s) c = rng() % 3 ? alphabet[rng() % alphabet.size()] : static_cast<char>(rng());
    EXPECT_EQ(html_escape(s), reference(s)) << n;
  }
}

}  // namespace
}  // namespace refuge::web
