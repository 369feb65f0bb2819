// The eight modules checked together: numbers 1..8 once each, unique ids, known practices,
// allowed links; and the shipped content/program/modules/ loads.
#include <gtest/gtest.h>

#include "content_io/catalogs.h"
#include "content_io/program_loader.h"
#include "core/program/program.h"
#include "tests/unit/core/program/module_fixtures.h"

namespace refuge::program {
namespace {

bool KnownPractice(std::string_view id) { return id == "rain" || id == "soothing-touch"; }

TEST(Program, EightValidModulesBuildInNumberOrder) {
  auto modules = EightModules();
  std::swap(modules[0], modules[5]);
  auto p = Program::build(std::move(modules), "modules", KnownPractice);
  ASSERT_TRUE(p.ok()) << p.status().message();
  ASSERT_EQ(p->modules().size(), 8u);
  EXPECT_EQ(p->modules()[0].number, 1);
  EXPECT_EQ(p->modules()[7].number, 8);
  const Module* third = p->module("module-3");
  ASSERT_NE(third, nullptr);
  EXPECT_EQ(p->previous(*third)->id, "module-2");
  EXPECT_EQ(p->next(*third)->id, "module-4");
  EXPECT_EQ(p->previous(p->modules().front()), nullptr);
  EXPECT_EQ(p->next(p->modules().back()), nullptr);
  EXPECT_EQ(p->module("nope"), nullptr);
}

TEST(Program, AMissingModuleIsNamed) {
  auto modules = EightModules();
  modules.erase(modules.begin() + 4);
  auto p = Program::build(std::move(modules), "content/program/modules", KnownPractice);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message(),
            "content/program/modules: module 5 is missing (the program has exactly 8 modules, "
            "numbered 1 to 8)");
}

TEST(Program, ARepeatedNumberOrIdNamesBothFiles) {
  auto modules = EightModules();
  ModuleText again;
  again.id = "another";
  again.number = 3;
  modules.push_back(parse_module(again.file(), again.text()).value());
  auto p = Program::build(modules, "dir", KnownPractice);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find(":3: number 3 is also used by "), std::string::npos)
      << p.status().message();

  modules = EightModules();
  modules[7].id = "module-2";
  p = Program::build(modules, "dir", KnownPractice);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find(":2: id 'module-2' is also used by content/program/modules/02-module-2.md"),
            std::string::npos)
      << p.status().message();
}

TEST(Program, AnUnknownPracticeNamesItsLine) {
  auto modules = EightModules();
  auto p = Program::build(modules, "dir", [](std::string_view id) { return id != "rain"; });
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message(),
            "content/program/modules/01-module-1.md:7: practice 'rain' is not in content/practices/");
}

TEST(Program, LinksMayOnlyPointAtRefugePages) {
  auto p = Program::build(EightModules(), "dir", KnownPractice);
  ASSERT_TRUE(p.ok());
  for (const char* ok : {"/practices/rain", "/program/module-4", "/support", "/safety-plan",
                         "/journal", "/thoughts", "/assessments", "/kit", "/attachment-story",
                         "/program", "/practices/rain#steps"}) {
    EXPECT_TRUE(p->allows_link(ok, KnownPractice)) << ok;
  }
  for (const char* bad : {"https://example.com", "http://x", "//evil.example/x", "javascript:alert(1)",
                          "mailto:a@b.c", "/practices/unknown", "/program/module-9", "/account",
                          "/admin", "practices/rain", "", "/support?x=1", "/practices/"}) {
    EXPECT_FALSE(p->allows_link(bad, KnownPractice)) << bad;
  }
}

TEST(Program, TheShippedModulesLoad) {
  const std::string content = std::string(REFUGE_SOURCE_DIR) + "/content";
  auto practices = content_io::load_practices(content);
  ASSERT_TRUE(practices.ok()) << practices.status().message();
  auto p = content_io::load_program(content, *practices);
  ASSERT_TRUE(p.ok()) << p.status().message();
  ASSERT_EQ(p->modules().size(), 8u);
  for (const auto& m : p->modules()) {
    EXPECT_FALSE(m.title.empty());
    EXPECT_GE(m.reflections.size(), 1u) << m.id;
    EXPECT_GE(m.homework.size(), 1u) << m.id;
  }
}

}  // namespace
}  // namespace refuge::program
