#include "web/http/router.h"

#include <gtest/gtest.h>

namespace refuge::web {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;
using Methods = std::vector<std::string>;

// Each handler answers with its own name, so a test can tell which route matched.
Handler named(std::string name) {
  return [name](Request&) { return Response::text(200, name); };
}

std::string call(const Router::Match& m) {
  if (m.handler == nullptr) return "<none>";
  Request r;
  return (*m.handler)(r).body;
}

TEST(Router, MatchesStaticPaths) {
  Router router;
  router.get("/", named("home"));
  router.get("/journal", named("journal"));
  EXPECT_EQ(call(router.match("GET", "/")), "home");
  EXPECT_EQ(call(router.match("GET", "/journal")), "journal");
  EXPECT_EQ(call(router.match("GET", "/journa")), "<none>");
  EXPECT_EQ(call(router.match("GET", "/journal/x")), "<none>");
}

TEST(Router, ParameterCapturesOneSegment) {
  Router router;
  router.get("/journal/{id}", named("show"));
  router.get("/clients/{client}/notes/{note}", named("note"));
  auto m = router.match("GET", "/journal/42");
  EXPECT_EQ(call(m), "show");
  EXPECT_EQ(m.params, (Params{{"id", "42"}}));
  auto n = router.match("GET", "/clients/7/notes/abc");
  EXPECT_EQ(call(n), "note");
  EXPECT_EQ(n.params, (Params{{"client", "7"}, {"note", "abc"}}));
  EXPECT_EQ(call(router.match("GET", "/journal/42/edit")), "<none>");
}

TEST(Router, ParameterDoesNotMatchAnEmptySegment) {
  Router router;
  router.get("/journal/{id}/edit", named("edit"));
  EXPECT_EQ(call(router.match("GET", "/journal//edit")), "<none>");
}

TEST(Router, StaticSegmentWinsOverParameter) {
  Router router;
  router.get("/journal/{id}", named("show"));
  router.get("/journal/new", named("new"));
  auto m = router.match("GET", "/journal/new");
  EXPECT_EQ(call(m), "new");
  EXPECT_TRUE(m.params.empty());
  EXPECT_EQ(call(router.match("GET", "/journal/7")), "show");
}

TEST(Router, EarlierStaticSegmentDecidesBetweenTwoParameterRoutes) {
  Router router;
  router.get("/{a}/x", named("param-first"));
  router.get("/y/{b}", named("static-first"));
  EXPECT_EQ(call(router.match("GET", "/y/x")), "static-first");
}

TEST(Router, TrailingSlashIsNotSignificant) {
  Router router;
  router.get("/journal", named("journal"));
  router.get("/settings/", named("settings"));
  EXPECT_EQ(call(router.match("GET", "/journal/")), "journal");
  EXPECT_EQ(call(router.match("GET", "/settings")), "settings");
  EXPECT_EQ(call(router.match("GET", "/settings/")), "settings");
}

TEST(Router, HeadMatchesGetRoutes) {
  Router router;
  router.get("/journal", named("journal"));
  EXPECT_EQ(call(router.match("HEAD", "/journal")), "journal");
}

TEST(Router, ExplicitHeadRouteWinsOverGet) {
  Router router;
  router.get("/x", named("get"));
  router.add("HEAD", "/x", named("head"));
  EXPECT_EQ(call(router.match("HEAD", "/x")), "head");
}

TEST(Router, WrongMethodListsTheAllowedMethods) {
  Router router;
  router.get("/journal", named("list"));
  router.post("/journal", named("create"));
  router.del("/journal/{id}", named("delete"));
  auto m = router.match("PUT", "/journal");
  EXPECT_EQ(m.handler, nullptr);
  EXPECT_EQ(m.allowed_methods, (Methods{"GET", "HEAD", "POST"}));
  auto d = router.match("GET", "/journal/3");
  EXPECT_EQ(d.handler, nullptr);
  EXPECT_EQ(d.allowed_methods, (Methods{"DELETE"}));
}

TEST(Router, UnknownPathHasNoAllowedMethods) {
  Router router;
  router.get("/journal", named("list"));
  auto m = router.match("GET", "/nowhere");
  EXPECT_EQ(m.handler, nullptr);
  EXPECT_TRUE(m.allowed_methods.empty());
}

TEST(Router, MatchingRouteOfTheRightMethodBeatsAStaticRouteOfAnother) {
  Router router;
  router.get("/journal/{id}", named("show"));
  router.post("/journal/new", named("create"));
  auto m = router.match("GET", "/journal/new");
  EXPECT_EQ(call(m), "show");
  EXPECT_TRUE(m.allowed_methods.empty());
}

TEST(Router, MethodNamesAreUpperCasedWhenAdded) {
  Router router;
  router.add("patch", "/x", named("patch"));
  EXPECT_EQ(call(router.match("PATCH", "/x")), "patch");
}

TEST(Router, PutRoutesMatch) {
  Router router;
  router.put("/settings", named("save"));
  EXPECT_EQ(call(router.match("PUT", "/settings")), "save");
}

TEST(Router, FirstAddedRouteWinsATie) {
  Router router;
  router.get("/{a}", named("first"));
  router.get("/{b}", named("second"));
  auto m = router.match("GET", "/x");
  EXPECT_EQ(call(m), "first");
  EXPECT_EQ(m.params, (Params{{"a", "x"}}));
}

}  // namespace
}  // namespace refuge::web
