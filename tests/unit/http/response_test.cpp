#include "web/http/response.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace refuge::web {
namespace {

TEST(Response, HtmlSetsStatusBodyAndUtf8ContentType) {
  Response r = Response::html(200, "<p>hi</p>");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "<p>hi</p>");
  EXPECT_EQ(r.header("Content-Type"), "text/html; charset=utf-8");
}

TEST(Response, JsonSerialisesTheValue) {
  Response r = Response::json(201, nlohmann::json{{"id", 7}, {"name", "Ana"}});
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(r.header("content-type"), "application/json");
  EXPECT_EQ(nlohmann::json::parse(r.body), (nlohmann::json{{"id", 7}, {"name", "Ana"}}));
}

TEST(Response, JsonWithInvalidUtf8StringDoesNotThrow) {
  Response r = Response::json(200, nlohmann::json{{"s", "bad\xFF"}});
  EXPECT_EQ(nlohmann::json::parse(r.body)["s"], "bad\xEF\xBF\xBD");  // U+FFFD
}

TEST(Response, TextSetsPlainUtf8ContentType) {
  Response r = Response::text(404, "not here");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "not here");
  EXPECT_EQ(r.header("Content-Type"), "text/plain; charset=utf-8");
}

TEST(Response, RedirectIsSeeOtherWithLocation) {
  Response r = Response::redirect("/journal");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("Location"), "/journal");
  EXPECT_TRUE(r.body.empty());
}

TEST(Response, EmptyHasNoBodyOrHeaders) {
  Response r = Response::empty(204);
  EXPECT_EQ(r.status, 204);
  EXPECT_TRUE(r.body.empty());
  EXPECT_TRUE(r.headers.empty());
}

TEST(Response, JsonErrorWrapsTheMessage) {
  Response r = json_error(409, "that username is taken");
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.body, R"({"error":"that username is taken"})");
  EXPECT_EQ(r.header("Content-Type"), "application/json");
}

TEST(Response, SetHeaderReplacesCaseInsensitivelyAndRemovesDuplicates) {
  Response r;
  r.add_header("X-A", "1");
  r.add_header("x-a", "2");
  r.add_header("Other", "o");
  r.set_header("X-a", "3");
  ASSERT_EQ(r.headers.size(), 2u);
  EXPECT_EQ(r.headers[0], (std::pair<std::string, std::string>{"X-A", "3"}));
  EXPECT_EQ(r.header("x-A"), "3");
}

TEST(Response, AddHeaderAppendsRepeatedSetCookie) {
  Response r;
  r.add_header("Set-Cookie", "a=1");
  r.add_header("Set-Cookie", "b=2");
  ASSERT_EQ(r.headers.size(), 2u);
  EXPECT_EQ(r.header("set-cookie"), "a=1");  // the first
  EXPECT_EQ(r.headers[1].second, "b=2");
}

TEST(Response, MissingHeaderIsEmpty) { EXPECT_EQ(Response{}.header("Location"), ""); }

}  // namespace
}  // namespace refuge::web
