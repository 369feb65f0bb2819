#include "web/view/html_escape.h"

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

}  // namespace
}  // namespace refuge::web
