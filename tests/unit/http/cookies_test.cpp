#include "web/http/cookies.h"

#include <gtest/gtest.h>

namespace refuge::web {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(Cookies, ParsesPairsAndTrimsSpaces) {
  EXPECT_EQ(parse_cookies("a=1; b=2"), (Pairs{{"a", "1"}, {"b", "2"}}));
  EXPECT_EQ(parse_cookies("  a = 1 ;b=2;   c=3  "), (Pairs{{"a", "1"}, {"b", "2"}, {"c", "3"}}));
}

TEST(Cookies, QuotedValuesAreUnquoted) {
  EXPECT_EQ(parse_cookies("t=\"abc\"; e=\"\""), (Pairs{{"t", "abc"}, {"e", ""}}));
  EXPECT_EQ(parse_cookies("half=\"abc"), (Pairs{{"half", "\"abc"}}));  // not a quoted value
}

TEST(Cookies, MalformedPairsAreSkipped) {
  EXPECT_EQ(parse_cookies("novalue; =x; a=1; bad name=2; b=; ;;"), (Pairs{{"a", "1"}, {"b", ""}}));
  EXPECT_EQ(parse_cookies("x(y)=1; ok=2"), (Pairs{{"ok", "2"}}));
}

TEST(Cookies, ValueMayContainEqualsSigns) {
  EXPECT_EQ(parse_cookies("t=abc==; u=a=b"), (Pairs{{"t", "abc=="}, {"u", "a=b"}}));
}

TEST(Cookies, EmptyOrGarbageHeaderGivesNoCookies) {
  EXPECT_TRUE(parse_cookies("").empty());
  EXPECT_TRUE(parse_cookies(";;; ;").empty());
  EXPECT_TRUE(parse_cookies("\x01\x02\xFF").empty());
}

TEST(Cookies, FindCookieReturnsTheFirstMatchByExactName) {
  EXPECT_EQ(find_cookie("a=1; session=abc; session=def", "session"), "abc");
  EXPECT_FALSE(find_cookie("a=1", "Session").has_value());
  EXPECT_FALSE(find_cookie("", "a").has_value());
}

TEST(SetCookie, DefaultsAreASessionCookieThatScriptsCannotRead) {
  EXPECT_EQ(format_set_cookie("t", "abc", CookieOptions{}),
            "t=abc; Path=/; HttpOnly; SameSite=Lax");
}

TEST(SetCookie, IncludesMaxAgeAndSecureWhenAsked) {
  CookieOptions options;
  options.secure = true;
  options.max_age = 3600;
  EXPECT_EQ(format_set_cookie("t", "abc", options),
            "t=abc; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Lax");
}

TEST(SetCookie, MaxAgeZeroDeletesTheCookie) {
  CookieOptions options;
  options.max_age = 0;
  options.http_only = false;
  options.same_site = "Strict";
  options.path = "/app";
  EXPECT_EQ(format_set_cookie("t", "", options), "t=; Path=/app; Max-Age=0; SameSite=Strict");
}

TEST(SetCookie, FormattedCookieParsesBack) {
  const std::string header = format_set_cookie("csrf", "x1y2", CookieOptions{});
  EXPECT_EQ(find_cookie(header, "csrf"), "x1y2");
}

}  // namespace
}  // namespace refuge::web
