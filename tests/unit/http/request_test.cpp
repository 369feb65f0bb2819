#include "web/http/request.h"

#include <gtest/gtest.h>

namespace refuge::web {
namespace {

TEST(Request, HeaderLookupIsCaseInsensitiveAndReturnsTheFirst) {
  Request r;
  r.headers = {{"content-type", "text/html"}, {"x-twice", "1"}, {"x-twice", "2"}};
  EXPECT_EQ(r.header("Content-Type"), "text/html");
  EXPECT_EQ(r.header("X-TWICE"), "1");
  EXPECT_EQ(r.header("cookie"), "");
}

TEST(Request, ParamReturnsRouterParametersOrEmpty) {
  Request r;
  r.params = {{"id", "42"}};
  EXPECT_EQ(r.param("id"), "42");
  EXPECT_EQ(r.param("ID"), "");
}

TEST(Request, QueryParamIsDecoded) {
  Request r;
  r.query = "q=caf%C3%A9+au+lait&page=2&flag";
  EXPECT_EQ(r.query_param("q"), "caf\xC3\xA9 au lait");
  EXPECT_EQ(r.query_param("page"), "2");
  EXPECT_EQ(r.query_param("flag"), "");
  EXPECT_EQ(r.query_param("missing"), "");
}

TEST(Request, QueryParamNamesAreDecodedToo) {
  Request r;
  r.query = "a%20b=1&first=x&first=y";
  EXPECT_EQ(r.query_param("a b"), "1");
  EXPECT_EQ(r.query_param("first"), "x");
}

TEST(Request, UndecodableQueryParamIsEmpty) {
  Request r;
  r.query = "bad=%zz&latin1=%E9&ok=1";
  EXPECT_EQ(r.query_param("bad"), "");
  EXPECT_EQ(r.query_param("latin1"), "");
  EXPECT_EQ(r.query_param("ok"), "1");
}

TEST(Request, IsApiLooksAtThePathPrefix) {
  Request r;
  r.path = "/api/v1/journal";
  EXPECT_TRUE(r.is_api());
  r.path = "/apiary";
  EXPECT_FALSE(r.is_api());
  r.path = "/journal/api/";
  EXPECT_FALSE(r.is_api());
}

}  // namespace
}  // namespace refuge::web
