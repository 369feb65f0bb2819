#include "web/http/form.h"

#include <gtest/gtest.h>

namespace refuge::web {
namespace {

TEST(Form, DecodesPlusAsSpaceAndPercentEscapes) {
  auto form = parse_form("text=I+felt+%22seen%22+today&mood=calm%2C+a+bit+tired");
  ASSERT_TRUE(form.ok()) << form.status().message();
  EXPECT_EQ(form->get_or("text", ""), "I felt \"seen\" today");
  EXPECT_EQ(form->get_or("mood", ""), "calm, a bit tired");
}

TEST(Form, DecodesUtf8Escapes) {
  auto form = parse_form("name=Jos%C3%A9&heart=%F0%9F%92%9A");
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->get_or("name", ""), "Jos\xC3\xA9");
  EXPECT_EQ(form->get_or("heart", ""), "\xF0\x9F\x92\x9A");
}

TEST(Form, TextareaLineBreaksBecomeOneLineFeed) {
  auto f = parse_form("text=one%0D%0Atwo%0D%0A%0D%0Athree%0Dfour%0A");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->get_or("text", ""), "one\ntwo\n\nthree\rfour\n");  // a lone CR stays
}

TEST(Form, KeepsFieldOrderAndRepeatedNames) {
  auto form = parse_form("tag=a&other=x&tag=b");
  ASSERT_TRUE(form.ok());
  ASSERT_EQ(form->fields.size(), 3u);
  EXPECT_EQ(form->fields[1].first, "other");
  EXPECT_EQ(form->get("tag"), "a");
  EXPECT_EQ(form->all("tag"), (std::vector<std::string>{"a", "b"}));
}

TEST(Form, EmptyPairsAreSkipped) {
  auto form = parse_form("&&a=1&&b=2&");
  ASSERT_TRUE(form.ok());
  ASSERT_EQ(form->fields.size(), 2u);
  EXPECT_EQ(form->get_or("a", ""), "1");
  EXPECT_EQ(form->get_or("b", ""), "2");
}

TEST(Form, KeyWithoutEqualsHasEmptyValue) {
  auto form = parse_form("remember&x=");
  ASSERT_TRUE(form.ok());
  EXPECT_TRUE(form->has("remember"));
  EXPECT_EQ(form->get("remember"), "");
  EXPECT_EQ(form->get("x"), "");
}

TEST(Form, EmptyBodyIsAnEmptyForm) {
  auto form = parse_form("");
  ASSERT_TRUE(form.ok());
  EXPECT_TRUE(form->fields.empty());
}

TEST(Form, AbsentFieldsGiveNulloptOrTheFallback) {
  auto form = parse_form("a=1");
  ASSERT_TRUE(form.ok());
  EXPECT_FALSE(form->get("b").has_value());
  EXPECT_FALSE(form->has("b"));
  EXPECT_EQ(form->get_or("b", "none"), "none");
  EXPECT_TRUE(form->all("b").empty());
}

TEST(Form, ValueMayContainEqualsSigns) {
  auto form = parse_form("eq=a=b%3Dc");
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->get_or("eq", ""), "a=b=c");
}

TEST(Form, InvalidUtf8IsRejectedNamingTheField) {
  auto form = parse_form("ok=1&text=caf%E9");
  ASSERT_FALSE(form.ok());
  EXPECT_TRUE(form.status().Is(Status::Code::kInvalidArgument));
  EXPECT_EQ(form.status().message(), "field 'text' is not valid UTF-8");
}

TEST(Form, OverlongEscapeIsRejectedAsInvalidUtf8) {
  auto form = parse_form("path=%C0%AF");
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.status().message(), "field 'path' is not valid UTF-8");
}

TEST(Form, BadPercentEscapeIsRejectedNamingTheField) {
  for (const char* body : {"text=100%", "text=100%2", "text=%zz", "text=%+1"}) {
    auto form = parse_form(body);
    ASSERT_FALSE(form.ok()) << body;
    EXPECT_EQ(form.status().message(), "field 'text' has an invalid %-escape") << body;
  }
}

TEST(Form, BadFieldNameIsRejectedWithoutEchoingIt) {
  auto bad_escape = parse_form("%G1=x");
  ASSERT_FALSE(bad_escape.ok());
  EXPECT_EQ(bad_escape.status().message(), "a field name has an invalid %-escape");
  auto bad_utf8 = parse_form("%FF=x");
  ASSERT_FALSE(bad_utf8.ok());
  EXPECT_EQ(bad_utf8.status().message(), "a field name is not valid UTF-8");
}

TEST(Form, LongOrControlCharacterNamesAreShortenedInMessages) {
  auto form = parse_form(std::string(100, 'n') + "=%FF");
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.status().message(), "field '" + std::string(64, 'n') + "...' is not valid UTF-8");
  auto control = parse_form("a%0Ab=%FF");
  ASSERT_FALSE(control.ok());
  EXPECT_EQ(control.status().message(), "field 'a?b' is not valid UTF-8");
}

TEST(PercentDecode, PlusIsSpaceOnlyWhenAsked) {
  EXPECT_EQ(percent_decode("a+b", true), "a b");
  EXPECT_EQ(percent_decode("a+b", false), "a+b");
  EXPECT_EQ(percent_decode("a%2Bb", true), "a+b");
}

TEST(PercentDecode, AcceptsBothHexCasesAndDecodesAnyByte) {
  EXPECT_EQ(percent_decode("%2f%2F", false), "//");
  EXPECT_EQ(percent_decode("%00", false), std::string(1, '\0'));
  EXPECT_EQ(percent_decode("%FF", false), "\xFF");  // does not check UTF-8
}

TEST(PercentDecode, BadEscapeIsNullopt) {
  EXPECT_FALSE(percent_decode("%", false));
  EXPECT_FALSE(percent_decode("%4", false));
  EXPECT_FALSE(percent_decode("abc%", false));
  EXPECT_FALSE(percent_decode("%4G", false));
  EXPECT_FALSE(percent_decode("%-1", false));
}

TEST(PercentEncode, KeepsUnreservedAndEscapesTheRest) {
  EXPECT_EQ(percent_encode("AZaz09-._~"), "AZaz09-._~");
  EXPECT_EQ(percent_encode("a b&c=d/e?"), "a%20b%26c%3Dd%2Fe%3F");
  EXPECT_EQ(percent_encode("caf\xC3\xA9"), "caf%C3%A9");
  EXPECT_EQ(percent_encode(std::string(1, '\0')), "%00");
}

TEST(PercentEncode, RoundTripsThroughDecode) {
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  EXPECT_EQ(percent_decode(percent_encode(all), true), all);
  EXPECT_EQ(percent_decode(percent_encode(all), false), all);
}

}  // namespace
}  // namespace refuge::web
