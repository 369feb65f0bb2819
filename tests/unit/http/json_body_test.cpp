#include "web/http/json_body.h"

#include <gtest/gtest.h>

namespace refuge::web {
namespace {

using nlohmann::json;

TEST(JsonBody, ParsesAnObject) {
  auto v = parse_json_object(R"({"username": "ana", "n": 3})");
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_EQ((*v)["username"], "ana");
}

TEST(JsonBody, TruncatedInputNamesLineAndColumn) {
  auto v = parse_json_object(R"({"a": "b",)");
  ASSERT_FALSE(v.ok());
  EXPECT_TRUE(v.status().Is(Status::Code::kInvalidArgument));
  EXPECT_EQ(
      v.status().message(),
      "malformed JSON at line 1, column 11: unexpected end of input; expected string literal");
}

TEST(JsonBody, ErrorPositionCountsLinesAndCharacters) {
  // The bad token is on line 3; "é" before it is one column, not two bytes.
  auto v = parse_json_object("{\n  \"a\": 1,\n  \"\xC3\xA9\": x\n}");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().message().rfind("malformed JSON at line 3, column 8: ", 0), 0u)
      << v.status().message();
}

TEST(JsonBody, ErrorMessagesDoNotEchoTheInputOrLibraryPrefixes) {
  auto v = parse_json_object(R"({"secret": tru})");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().message(), "malformed JSON at line 1, column 15: invalid literal");
  auto big = parse_json_object(R"({"n": 1e999})");
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().message().find("json.exception"), std::string::npos);
  EXPECT_EQ(big.status().message().find("999"), std::string::npos) << big.status().message();
}

TEST(JsonBody, EmptyBodyIsMalformed) {
  auto v = parse_json_object("");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(
      v.status().message().rfind("malformed JSON at line 1, column 1: unexpected end of input", 0),
      0u)
      << v.status().message();
}

TEST(JsonBody, TrailingGarbageIsMalformed) {
  auto v = parse_json_object(R"({} {})");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().message().rfind("malformed JSON at line 1, column 4: ", 0), 0u)
      << v.status().message();
}

TEST(JsonBody, InvalidUtf8IsRejected) {
  auto v = parse_json_object("{\"text\": \"caf\xE9\"}");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().message(), "request body is not valid UTF-8");
}

TEST(JsonBody, NonObjectIsRejected) {
  for (const char* body : {"[]", "\"text\"", "42", "null", "true"}) {
    auto v = parse_json_object(body);
    ASSERT_FALSE(v.ok()) << body;
    EXPECT_EQ(v.status().message(), "expected a JSON object") << body;
  }
}

TEST(JsonBody, NestingDeeperThan64IsRejectedWithoutRecursion) {
  std::string ok = "{\"a\":" + std::string(63, '[') + std::string(63, ']') + "}";
  EXPECT_TRUE(parse_json_object(ok).ok());
  std::string deep = "{\"a\":" + std::string(64, '[') + std::string(64, ']') + "}";
  auto v = parse_json_object(deep);
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().message(),
            "malformed JSON at line 1, column 69: nested deeper than 64 levels");
  auto huge = parse_json_object(std::string(1000000, '['));
  ASSERT_FALSE(huge.ok());
}

TEST(JsonBody, BracketsInsideStringsDoNotCountAsNesting) {
  std::string s = "{\"a\": \"" + std::string(100, '[') + "\\\"" + std::string(100, '{') + "\"}";
  auto v = parse_json_object(s);
  ASSERT_TRUE(v.ok()) << v.status().message();
}

TEST(JsonFields, RequiredStringReturnsTheValue) {
  json obj = {{"username", "ana"}};
  auto v = required_string(obj, "username");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, "ana");
}

TEST(JsonFields, RequiredStringNamesAMissingOrNullField) {
  json obj = {{"other", 1}, {"nothing", nullptr}};
  EXPECT_EQ(required_string(obj, "username").status().message(), "missing field 'username'");
  EXPECT_EQ(required_string(obj, "nothing").status().message(), "missing field 'nothing'");
}

TEST(JsonFields, RequiredStringNamesAWrongType) {
  json obj = {{"username", 5}};
  auto v = required_string(obj, "username");
  ASSERT_FALSE(v.ok());
  EXPECT_TRUE(v.status().Is(Status::Code::kInvalidArgument));
  EXPECT_EQ(v.status().message(), "field 'username' must be a string");
}

TEST(JsonFields, FieldsOfANonObjectAreMissing) {
  EXPECT_EQ(required_string(json::array(), "a").status().message(), "missing field 'a'");
  auto v = optional_string(json("text"), "a");
  ASSERT_TRUE(v.ok());
  EXPECT_FALSE(v->has_value());
}

TEST(JsonFields, OptionalStringIsNulloptWhenAbsentOrNull) {
  json obj = {{"n", nullptr}, {"s", "x"}};
  auto absent = optional_string(obj, "a");
  ASSERT_TRUE(absent.ok());
  EXPECT_FALSE(absent->has_value());
  auto null = optional_string(obj, "n");
  ASSERT_TRUE(null.ok());
  EXPECT_FALSE(null->has_value());
  auto s = optional_string(obj, "s");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(*s, "x");
}

TEST(JsonFields, OptionalStringRejectsAWrongType) {
  json obj = {{"s", json::array()}};
  EXPECT_EQ(optional_string(obj, "s").status().message(), "field 's' must be a string");
}

TEST(JsonFields, OptionalIntegerAcceptsSignedAndUnsigned) {
  json obj = {{"neg", -5}, {"pos", 7u}, {"null", nullptr}};
  EXPECT_EQ(*optional_integer(obj, "neg"), -5);
  EXPECT_EQ(*optional_integer(obj, "pos"), 7);
  EXPECT_FALSE(optional_integer(obj, "null")->has_value());
  EXPECT_FALSE(optional_integer(obj, "absent")->has_value());
}

TEST(JsonFields, OptionalIntegerRejectsFractionsStringsAndOverflow) {
  auto parsed = parse_json_object(R"({"f": 1.5, "s": "3", "big": 18446744073709551615})");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(optional_integer(*parsed, "f").status().message(), "field 'f' must be an integer");
  EXPECT_EQ(optional_integer(*parsed, "s").status().message(), "field 's' must be an integer");
  EXPECT_EQ(optional_integer(*parsed, "big").status().message(), "field 'big' is out of range");
}

}  // namespace
}  // namespace refuge::web
