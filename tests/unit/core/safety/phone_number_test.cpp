#include "core/safety/phone_number.h"

#include <gtest/gtest.h>

namespace refuge::safety {
namespace {

std::string Found(std::string_view line) {
  auto p = find_phone_number(line);
  return p ? std::string(line.substr(p->start, p->end - p->start)) + " -> " + p->tel : "none";
}

TEST(PhoneNumber, FindsNumbersAsPeopleWriteThem) {
  EXPECT_EQ(Found("Sam 07700 900123"), "07700 900123 -> 07700900123");
  EXPECT_EQ(Found("Dr Lee, +44 20 7946 0018 (weekdays)"), "+44 20 7946 0018 -> +442079460018");
  EXPECT_EQ(Found("my sister (555) 010-4477 any time"), "(555) 010-4477 -> 5550104477");
  EXPECT_EQ(Found("call 988"), "988 -> 988");
  EXPECT_EQ(Found("Samaritans 116 123"), "116 123 -> 116123");
  EXPECT_EQ(Found("Mum: 0161.496.0000"), "0161.496.0000 -> 01614960000");
}

TEST(PhoneNumber, LeavesOtherNumbersAlone) {
  EXPECT_EQ(Found("walk around the block"), "none");
  EXPECT_EQ(Found("walk 1000 steps, 2 times"), "none");
  EXPECT_EQ(Found("meet at 10:30 by the river"), "none");
  EXPECT_EQ(Found("listen to track A12B"), "none");
  EXPECT_EQ(Found("half 1/2 of it"), "none");
  EXPECT_EQ(Found("a 12345678901234567 long code"), "none");  // more than 15 digits
  EXPECT_EQ(Found("battery at 100%"), "none");
}

}  // namespace
}  // namespace refuge::safety
