// Module bodies: CommonMark rendered to HTML; raw HTML, images and links outside Refuge are
// refused with the file line (counted from where the body starts in the file).
#include <gtest/gtest.h>

#include "web/view/markdown.h"

namespace refuge::web {
namespace {

bool OnlySupport(std::string_view url) { return url == "/support" || url == "/practices/rain"; }

std::string Error(std::string_view md) {
  auto r = render_markdown("m.md", 20, md, OnlySupport);
  EXPECT_FALSE(r.ok()) << md;
  return r.ok() ? "" : r.status().message();
}

TEST(Markdown, HeadingsListsEmphasisAndAllowedLinksRender) {
  auto html = render_markdown("m.md", 20,
                              "## Why\n\nA *kind* word and **care**.\n\n- one\n- two\n\n"
                              "[Support now](/support) and [RAIN](/practices/rain).\n",
                              OnlySupport);
  ASSERT_TRUE(html.ok()) << html.status().message();
  EXPECT_NE(html->find("<h2>Why</h2>"), std::string::npos) << *html;
  EXPECT_NE(html->find("<em>kind</em>"), std::string::npos);
  EXPECT_NE(html->find("<strong>care</strong>"), std::string::npos);
  EXPECT_NE(html->find("<li>one</li>"), std::string::npos);
  EXPECT_NE(html->find("<a href=\"/support\">Support now</a>"), std::string::npos);
  EXPECT_NE(html->find("<a href=\"/practices/rain\">RAIN</a>"), std::string::npos);
}

TEST(Markdown, TextThatLooksLikeMarkupIsEscaped) {
  auto html = render_markdown("m.md", 1, "Fish & chips, 3 < 4, `<b>code</b>`\n", OnlySupport);
  ASSERT_TRUE(html.ok()) << html.status().message();
  EXPECT_NE(html->find("Fish &amp; chips, 3 &lt; 4"), std::string::npos) << *html;
  EXPECT_NE(html->find("<code>&lt;b&gt;code&lt;/b&gt;</code>"), std::string::npos) << *html;
}

TEST(Markdown, RawHtmlIsRefusedWithItsFileLine) {
  EXPECT_EQ(Error("Line one.\n\n<script>alert(1)</script>\n"),
            "m.md:22: raw HTML is not allowed (write Markdown: ## headings, *emphasis*, - lists, "
            "[text](/page) links)");
  EXPECT_NE(Error("Some <b>bold</b> words.\n").find("m.md:20: raw HTML"), std::string::npos);
  EXPECT_NE(Error("a\n\n<!-- a comment -->\n").find("m.md:22: raw HTML"), std::string::npos);
}

TEST(Markdown, ImagesAndOutsideLinksAreRefused) {
  EXPECT_EQ(Error("\n![a tree](/static/tree.png)\n"), "m.md:21: images are not allowed in a module");
  EXPECT_NE(Error("See [this](https://example.com).\n")
                .find("m.md:20: link 'https://example.com' is not allowed"),
            std::string::npos);
  EXPECT_NE(Error("<https://example.com>\n").find("link 'https://example.com'"), std::string::npos);
  EXPECT_NE(Error("[x](javascript:alert(1))\n").find("link 'javascript:alert(1)'"),
            std::string::npos);
  EXPECT_NE(Error("[ref][1]\n\n[1]: /account\n").find("link '/account'"), std::string::npos);
}

}  // namespace
}  // namespace refuge::web
