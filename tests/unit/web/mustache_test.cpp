#include "web/view/mustache.h"

#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <kainjow/mustache.hpp>

#include "web/view/locale.h"
#include "web/view/templates.h"

namespace refuge::web {
namespace {

std::string Render(std::string_view tpl, const nlohmann::json& ctx) {
  auto t = CompiledTemplate::compile(tpl, "t.mustache");
  EXPECT_TRUE(t.ok()) << t.status().message();
  std::string out;
  if (t.ok()) t->render(ctx, out);
  return out;
}

TEST(Mustache, VariablesAreEscapedUnlessRaw) {
  nlohmann::json c = {{"x", "<a href='x'>&\"</a>"}, {"n", 7}};
  EXPECT_EQ(Render("{{x}}", c), "&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;");
  EXPECT_EQ(Render("{{{x}}}|{{& x}}", c), "<a href='x'>&\"</a>|<a href='x'>&\"</a>");
  EXPECT_EQ(Render("{{n}} {{missing}}.", c), "7 .");
}

TEST(Mustache, SectionsIterateListsEnterObjectsAndSkipFalsyValues) {
  nlohmann::json c = {{"items", {{{"name", "a"}}, {{"name", "b"}}}},
                      {"user", {{"name", "Ana"}}},
                      {"tags", {"x", "y"}},
                      {"empty", ""},
                      {"none", nullptr},
                      {"no", false},
                      {"list", nlohmann::json::array()},
                      {"title", "T"}};
  EXPECT_EQ(Render("{{#items}}[{{name}}{{title}}]{{/items}}", c), "[aT][bT]");
  EXPECT_EQ(Render("{{#user}}{{name}}{{/user}}{{user.name}}", c), "AnaAna");
  EXPECT_EQ(Render("{{#tags}}<{{.}}>{{/tags}}", c), "<x><y>");
  EXPECT_EQ(Render("{{#empty}}E{{/empty}}{{#none}}N{{/none}}{{#no}}F{{/no}}{{#list}}L{{/list}}"
                   "{{#missing}}M{{/missing}}",
                   c),
            "");
  EXPECT_EQ(Render("{{^empty}}e{{/empty}}{{^list}}l{{/list}}{{^user}}u{{/user}}", c), "el");
  EXPECT_EQ(Render("{{! a comment }}ok", c), "ok");
}

TEST(Mustache, BrokenTemplatesNameTheLine) {
  EXPECT_EQ(CompiledTemplate::compile("a\n{{#x}}\nb", "f").status().message(),
            "f:2: section 'x' is not closed");
  EXPECT_EQ(CompiledTemplate::compile("a\n\n{{/x}}", "f").status().message(),
            "f:3: {{/x}} closes a section that is not open");
  EXPECT_EQ(CompiledTemplate::compile("{{x", "f").status().message(), "f:1: a tag is not closed");
}

// kainjow::mustache is the reference: every shipped page renders the same text with both
// renderers (whitespace runs folded, since kainjow drops lines that hold only a section tag).
TEST(Mustache, ShippedTemplatesRenderLikeKainjow) {
  std::string root = REFUGE_SOURCE_DIR;
  std::ifstream in(root + "/content/locales/en.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto locale = Locale::parse("en.json", ss.str());
  ASSERT_TRUE(locale.ok());
  auto templates = Templates::load(root + "/web/templates", *locale);
  ASSERT_TRUE(templates.ok()) << templates.status().message();
  nlohmann::json ctx = {
      {"page_title", "Journal"}, {"csrf_token", "tok"}, {"user", {{"username", "ana"}}},
      {"nav", {{"journal", true}}}, {"body", "<p>body</p>"}, {"error", "Please <check>"},
      {"entries", {{{"id", "e1"}, {"excerpt", "a & b"}, {"mood", "7"}, {"tags", {"x", "y"}},
                    {"created", "24 Nov"}, {"created_iso", "2026"}}}},
      {"has_entries", true}, {"page_label", "Page 1 / 2"}, {"next_page", "2"},
      {"entry", {{"id", "e1"}, {"text", "line\n<two>"}, {"mood", "7"}, {"tags", {"x"}},
                 {"tags_text", "x"}, {"edited", true}}},
      {"moods", {{{"value", "1"}, {"selected", false}}, {{"value", "2"}, {"selected", true}}}},
      {"sessions", {{{"id", "s1"}, {"device", "Firefox"}, {"created_at", "d"}, {"current", true}},
                    {{"id", "s2"}, {"device", "curl"}, {"current", false}}}},
      {"recovery_code", "AAAAA-BBBBB"}, {"welcome", true}, {"status", "404"}, {"message", "m"},
      {"country", {{"name", "US"}, {"emergency", "911"}, {"emergency_tel", "911"}}},
      {"lines", {{{"name", "988"}, {"phone", "988"}, {"tel", "988"}, {"sms", "988"}}}},
      {"has_lines", true}, {"countries", {{{"code", "US"}, {"name", "US"}, {"selected", true}}}},
      {"recent", {{{"id", "e1"}, {"excerpt", "x"}, {"created", "d"}}}}, {"has_recent", true},
      {"kept_text", "kept"}, {"notice", "n"}, {"role", "person"}};
  std::function<kainjow::mustache::data(const nlohmann::json&)> to_data =
      [&](const nlohmann::json& j) -> kainjow::mustache::data {
    if (j.is_object()) {
      kainjow::mustache::data d{kainjow::mustache::data::type::object};
      for (auto it = j.begin(); it != j.end(); ++it) d.set(it.key(), to_data(*it));
      return d;
    }
    if (j.is_array()) {
      kainjow::mustache::data d{kainjow::mustache::data::type::list};
      for (const auto& v : j) d.push_back(to_data(v));
      return d;
    }
    if (j.is_string()) return kainjow::mustache::data{j.get<std::string>()};
    if (j.is_boolean()) return kainjow::mustache::data{j.get<bool>()};
    return kainjow::mustache::data{false};
  };
  auto fold = [](std::string s) { return std::regex_replace(s, std::regex("\\s+"), " "); };
  for (const char* page : {"layout", "home", "journal_index", "journal_edit", "journal_show",
                           "account", "support", "signup", "login", "recover", "password",
                           "recovery_code", "error", "session_ended", "account_delete"}) {
    kainjow::mustache::mustache reference{templates->source(page)};
    ASSERT_TRUE(reference.is_valid()) << page;
    auto ours = templates->render(page, ctx);
    ASSERT_TRUE(ours.ok()) << page;
    EXPECT_EQ(fold(*ours), fold(reference.render(to_data(ctx)))) << page;
  }
}

}  // namespace
}  // namespace refuge::web

namespace refuge::web {
namespace {

// View (view.h) renders exactly as the equivalent nlohmann::json.
TEST(Mustache, ViewRendersLikeJson) {
  const std::string tpl =
      "{{title}}|{{{title}}}|{{#items}}[{{name}}{{#mood}}:{{mood}}{{/mood}}"
      "{{#tags}}<{{.}}>{{/tags}}{{^tags}}none{{/tags}}{{title}}]{{/items}}"
      "{{#user}}{{user.name}}{{/user}}{{^empty}}E{{/empty}}{{^no}}N{{/no}}{{#yes}}Y{{/yes}}"
      "{{#nav.journal}} current{{/nav.journal}}{{#nav.home}} home{{/nav.home}}{{missing}}";
  nlohmann::json j = {{"title", "<T & 'x'>"},
                      {"items", {{{"name", "a\""}, {"mood", "6"}, {"tags", {"x", "y<"}}},
                                 {{"name", "b"}, {"mood", ""}, {"tags", nlohmann::json::array()}}}},
                      {"user", {{"name", "Ana"}}},
                      {"empty", ""},
                      {"no", false},
                      {"yes", true},
                      {"nav", {{"journal", true}}}};
  const std::string title = "<T & 'x'>";
  View v = View::object();
  v.set("title", View::borrow(title));
  View& items = v.set("items", View::list());
  View a = View::object();
  a.set("name", "a\"");
  a.set("mood", "6");
  a.set("tags", View::strings({"x", "y<"}));
  items.push_back(std::move(a));
  View b = View::object();
  b.set("name", "b");
  b.set("mood", "");
  b.set("tags", View::list());
  items.push_back(std::move(b));
  v.set("user", View::object()).set("name", "Ana");
  v.set("empty", "");
  v.set("no", false);
  v.set("yes", true);
  v.set("nav", View::object()).set("journal", true);

  auto t = CompiledTemplate::compile(tpl, "t.mustache");
  ASSERT_TRUE(t.ok());
  std::string from_json, from_view;
  t->render(j, from_json);
  t->render(v, from_view);
  EXPECT_EQ(from_view, from_json);
  EXPECT_NE(from_json.find("[a&quot;:6<x><y&lt;>"), std::string::npos) << from_json;  // sanity

  // Two contexts: names in the inner one win over the outer one.
  View outer = View::object();
  outer.set("title", "outer");
  outer.set("only_outer", "o");
  View inner = View::object();
  inner.set("title", "inner");
  auto t2 = CompiledTemplate::compile("{{title}} {{only_outer}}", "t2.mustache");
  ASSERT_TRUE(t2.ok());
  std::string two;
  t2->render(outer, inner, two);
  EXPECT_EQ(two, "inner o");
}

}  // namespace
}  // namespace refuge::web
