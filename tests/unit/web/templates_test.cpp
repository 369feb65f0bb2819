#include "web/view/templates.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "web/view/locale.h"

namespace refuge::web {
namespace {

Locale TestLocale() {
  auto l = Locale::parse("en.json", R"({"app": {"name": "Refuge & co"}, "hi": "Hello"})");
  EXPECT_TRUE(l.ok()) << l.status().message();
  return l.value();
}

TEST(Locale, FlattensNestedKeysAndKeepsUnknownTextAsIs) {
  Locale l = TestLocale();
  EXPECT_EQ(l.t("app.name"), "Refuge & co");
  EXPECT_EQ(l.message("hi"), "Hello");
  EXPECT_EQ(l.message("missing field 'text'"), "missing field 'text'");
}

TEST(Locale, NonStringValueIsAnErrorWithFileAndLine) {
  auto l = Locale::parse("en.json", "{\n  \"a\": {\n    \"b\": 3\n  }\n}");
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().message().rfind("en.json:3:", 0), 0u) << l.status().message();
}

TEST(Templates, LocaleStringsAreEscapedIntoThePageAtLoad) {
  Locale l = TestLocale();
  auto t = Templates::from_sources(
      {{"layout", "<main>{{{body}}}</main>"}, {"page", "<h1>{{t.app.name}}</h1>{{who}}"}}, l, "tpl");
  ASSERT_TRUE(t.ok()) << t.status().message();
  auto html = t->render_page("page", {{"who", "<b>ana</b>"}}, nlohmann::json::object());
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(*html, "<main><h1>Refuge &amp; co</h1>&lt;b&gt;ana&lt;/b&gt;</main>")
      << *html;
}

TEST(Templates, UnknownLocaleKeyStopsLoadingWithFileAndLine) {
  Locale l = TestLocale();
  auto t = Templates::from_sources({{"layout", "{{{body}}}"}, {"page", "ok\n\n{{t.nope}}"}}, l,
                                   "web/templates");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message(),
            "web/templates/page.mustache:3: unknown string 't.nope' (add it to the locale)");
}

TEST(Templates, PartialsAreExpanded) {
  Locale l = TestLocale();
  auto t = Templates::from_sources(
      {{"layout", "{{{body}}}"}, {"_hello", "{{t.hi}} {{name}}"}, {"page", "[{{> hello}}]"}}, l,
      "tpl");
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(*t->render("page", {{"name", "Ana"}}), "[Hello Ana]");
}

TEST(Templates, ShippedTemplatesLoadAgainstTheShippedLocale) {
  std::string root = REFUGE_SOURCE_DIR;
  std::ifstream in(root + "/content/locales/en.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto l = Locale::parse("en.json", ss.str());
  ASSERT_TRUE(l.ok()) << l.status().message();
  auto t = Templates::load(root + "/web/templates", *l);
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_TRUE(t->has("home"));
  EXPECT_TRUE(t->has("support"));
}

}  // namespace
}  // namespace refuge::web
