// A person's program progress: reflections kept as written within limits, done with its date,
// the next module, the reminder after a week (clock moved forward), and the sealed encoding.
#include <gtest/gtest.h>

#include "core/program/progress.h"
#include "tests/unit/core/program/module_fixtures.h"

namespace refuge::program {
namespace {

Program EightModuleProgram() {
  return Program::build(EightModules(), "dir", [](std::string_view) { return true; }).value();
}

TEST(ProgramProgress, AReflectionIsKeptExactlyAsWrittenAndBlankTextRemovesIt) {
  Progress p;
  std::string text = "  Line one\n\nline two — with care  ";
  ASSERT_TRUE(set_reflection(p, "module-1", "first", text, 100).ok());
  EXPECT_EQ(p.reflection("module-1", "first"), text);
  EXPECT_EQ(p.modules["module-1"].reflections["first"].updated_at, 100);
  EXPECT_EQ(p.reflection("module-1", "other"), "");
  EXPECT_EQ(p.reflection("module-2", "first"), "");
  ASSERT_TRUE(set_reflection(p, "module-1", "first", " \n ", 200).ok());
  EXPECT_EQ(p.reflection("module-1", "first"), "");
  EXPECT_TRUE(p.modules["module-1"].reflections.empty());
}

TEST(ProgramProgress, TooLongOrUnreadableTextIsRefusedAndChangesNothing) {
  Progress p;
  ASSERT_TRUE(set_reflection(p, "m", "s", "kept", 1).ok());
  std::string at_limit;
  for (std::size_t i = 0; i < kMaxReflectionCodePoints; ++i) at_limit += "é";  // 2 bytes each
  EXPECT_TRUE(reflections::check_reflection_text(at_limit).ok()) << "the limit counts characters, not bytes";
  Status too_long = set_reflection(p, "m", "s", at_limit + "x", 2);
  EXPECT_EQ(too_long.message(), "errors.reflection_too_long");
  Status broken = set_reflection(p, "m", "s", "caf\xC3", 3);
  EXPECT_EQ(broken.message(), "errors.text_unreadable");
  EXPECT_EQ(p.reflection("m", "s"), "kept");
  EXPECT_EQ(p.modules["m"].reflections["s"].updated_at, 1);
}

TEST(ProgramProgress, DoneKeepsItsFirstDateAndCanBeUndone) {
  Progress p;
  set_done(p, "module-1", true, 100);
  set_done(p, "module-1", true, 200);
  EXPECT_TRUE(p.done("module-1"));
  EXPECT_EQ(p.modules["module-1"].done_at, 100);
  set_done(p, "module-1", false, 300);
  EXPECT_FALSE(p.done("module-1"));
  EXPECT_EQ(p.modules["module-1"].done_at, 0);
  EXPECT_FALSE(p.done("module-2"));
}

TEST(ProgramProgress, TheNextModuleIsTheFirstNotDone) {
  Program program = EightModuleProgram();
  Progress p;
  EXPECT_EQ(next_module(program, p)->id, "module-1");
  set_done(p, "module-1", true, 1);
  set_done(p, "module-3", true, 1);
  EXPECT_EQ(next_module(program, p)->id, "module-2");
  EXPECT_EQ(done_count(program, p), 2u);
  for (const auto& m : program.modules()) set_done(p, m.id, true, 1);
  EXPECT_EQ(next_module(program, p), nullptr);
  EXPECT_EQ(done_count(program, p), 8u);
}

TEST(ProgramProgress, TheReminderIsDueOnlyWhenAskedForAndAWeekHasPassed) {
  Progress p;
  const int64_t opened = 1'800'000'000;
  p.last_opened = opened;
  EXPECT_FALSE(reminder_due(p, opened + kReminderAfterSeconds)) << "off by default";
  p.reminders = true;
  EXPECT_FALSE(reminder_due(p, opened));
  EXPECT_FALSE(reminder_due(p, opened + kReminderAfterSeconds - 1));
  EXPECT_TRUE(reminder_due(p, opened + kReminderAfterSeconds));
  EXPECT_TRUE(reminder_due(p, opened + 10 * kReminderAfterSeconds));
  p.last_opened = 0;
  EXPECT_FALSE(reminder_due(p, opened)) << "never opened: nothing to remind of";
}

TEST(ProgramProgress, EncodingRoundTripsAndRefusesWhatItCannotRead) {
  Progress p;
  p.reminders = true;
  p.last_opened = 42;
  set_done(p, "module-2", true, 7);
  ASSERT_TRUE(set_reflection(p, "module-2", "kind-voice", "\"quoted\" \\ and ünïcode", 9).ok());
  auto back = decode_progress(encode_progress(p));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, p);
  EXPECT_TRUE(decode_progress(encode_progress(Progress{})).ok());
  for (const char* bad : {"", "[]", "{\"v\":2,\"modules\":{}}", "{\"v\":1}",
                          "{\"v\":1,\"modules\":{\"m\":{\"done\":1}},\"reminders\":false,\"last_opened\":0}",
                          "{\"v\":1,\"modules\":{},\"reminders\":\"yes\",\"last_opened\":0}"}) {
    auto r = decode_progress(bad);
    EXPECT_FALSE(r.ok()) << bad;
    EXPECT_TRUE(r.status().Is(Status::Code::kCorruption)) << bad;
  }
}

}  // namespace
}  // namespace refuge::program
