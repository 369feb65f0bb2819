// Breathing patterns (shipped file, custom limits) and the self-soothing kit.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "core/practices/breathing_pattern.h"
#include "core/practices/soothing_kit.h"

namespace refuge::practices {
namespace {

std::string read(const std::string& rel) {
  std::ifstream in(std::string(REFUGE_SOURCE_DIR) + "/" + rel);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Breathing, TheShippedPatternsHaveTheirPublishedRhythms) {
  auto src = content::JsonSource::parse("patterns.json", read("content/breathing/patterns.json"));
  ASSERT_TRUE(src.ok()) << src.status().message();
  auto patterns = parse_breathing_patterns(*src);
  ASSERT_TRUE(patterns.ok()) << patterns.status().message();
  auto cycle = [&](const std::string& id) {
    for (const auto& p : *patterns) {
      if (p.id == id) return p.cycle_seconds();
    }
    return -1.0;
  };
  EXPECT_DOUBLE_EQ(cycle("box"), 16);
  EXPECT_DOUBLE_EQ(cycle("4-7-8"), 19);
  EXPECT_DOUBLE_EQ(cycle("coherent"), 11);
  EXPECT_DOUBLE_EQ(cycle("extended-exhale"), 10);
  EXPECT_DOUBLE_EQ(cycle("physiological-sigh"), 9);
}

TEST(Breathing, ABrokenPatternIsRefusedWithFileAndLine) {
  auto src = content::JsonSource::parse("b.json", "{\"patterns\": [\n{\"id\": \"x\", \"name\": \"X\",\n"
                                        "\"description\": \"d\", \"phases\": [\n"
                                        "{\"kind\": \"in\", \"seconds\": 4},\n"
                                        "{\"kind\": \"sideways\", \"seconds\": 4}]}]}");
  auto p = parse_breathing_patterns(*src);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("b.json:5: patterns/0/phases/1/kind"), std::string::npos)
      << p.status().message();
}

TEST(Breathing, CustomPhasesAreOneToTwentySecondsAndHoldsMayBeLeftOut) {
  auto ok = custom_pattern(4, 0, 6, 0);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->phases.size(), 2u);
  EXPECT_DOUBLE_EQ(ok->cycle_seconds(), 10);
  EXPECT_EQ(custom_pattern(4, 2, 6, 1)->phases.size(), 4u);
  EXPECT_TRUE(custom_pattern(1, 20, 20, 20).ok());
  EXPECT_EQ(custom_pattern(0, 0, 6, 0).status().message(), "errors.pacer_in");
  EXPECT_EQ(custom_pattern(21, 0, 6, 0).status().message(), "errors.pacer_in");
  EXPECT_EQ(custom_pattern(4, -1, 6, 0).status().message(), "errors.pacer_hold_in");
  EXPECT_EQ(custom_pattern(4, 0, 0, 0).status().message(), "errors.pacer_out");
  EXPECT_EQ(custom_pattern(4, 0, 6, 21).status().message(), "errors.pacer_hold_out");
}

TEST(SoothingKit, LinesBecomeTrimmedUniqueItemsAndRoundTrip) {
  SoothingKit kit;
  kit.items[0] = kit_items_from_lines("  sunset photos \r\n\n sunset photos\nthe sea ");
  kit.items[7] = kit_items_from_lines("café on the corner ☕");
  auto valid = validate_kit(kit);
  ASSERT_TRUE(valid.ok());
  EXPECT_EQ(valid->items[0], (std::vector<std::string>{"sunset photos", "the sea"}));
  auto back = decode_kit(encode_kit(*valid));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, *valid);
  EXPECT_FALSE(valid->empty());
  EXPECT_TRUE(SoothingKit{}.empty());
}

TEST(SoothingKit, LimitsAreNamedAndBadDocumentsAreCorruption) {
  SoothingKit many;
  for (int i = 0; i < 31; ++i) many.items[2].push_back("smell " + std::to_string(i));
  EXPECT_EQ(validate_kit(many).status().message(), "errors.kit_too_many");
  SoothingKit longer;
  longer.items[1].push_back(std::string(201, 'a'));
  EXPECT_EQ(validate_kit(longer).status().message(), "errors.kit_item_too_long");
  SoothingKit bad;
  bad.items[1].push_back("\xff\xfe");
  EXPECT_EQ(validate_kit(bad).status().message(), "errors.text_unreadable");
  EXPECT_TRUE(decode_kit("[1]").status().Is(Status::Code::kCorruption));
  EXPECT_TRUE(decode_kit("{\"sight\": [3]}").status().Is(Status::Code::kCorruption));
}

}  // namespace
}  // namespace refuge::practices
