// Parsing one module file: every rule of content/program/FORMAT.md refused with file:line.
#include <gtest/gtest.h>

#include "core/program/module.h"
#include "tests/unit/core/program/module_fixtures.h"

namespace refuge::program {
namespace {

// The error for `text` (expects one).
std::string ErrorFor(const std::string& file, const std::string& text) {
  auto m = parse_module(file, text);
  EXPECT_FALSE(m.ok()) << "accepted: " << text;
  return m.ok() ? "" : m.status().message();
}

std::string ErrorFor(const ModuleText& m) { return ErrorFor(m.file(), m.text()); }

std::string With(const std::string& line) {
  ModuleText m;
  m.extra_front.push_back(line);
  return ErrorFor(m);
}

// Line numbers: 1 is the opening ---, 2..10 the default keys, 11 the first extra line.
TEST(ProgramModule, AValidFileGivesEveryFieldInOrder) {
  ModuleText t;
  t.extra_front = {"practice: soothing-touch", "reflection: second | And now?",
                   "homework: Notice one moment.", "source: Neff (2003)"};
  auto m = parse_module(t.file(), t.text());
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->id, "first-steps");
  EXPECT_EQ(m->number, 1);
  EXPECT_EQ(m->title, "Preparing the ground");
  EXPECT_EQ(m->summary, "What compassion is.");
  EXPECT_EQ(m->minutes, 25);
  EXPECT_EQ(m->practices, (std::vector<std::string>{"rain", "soothing-touch"}));
  ASSERT_EQ(m->reflections.size(), 2u);
  EXPECT_EQ(m->reflections[0].slug, "first");
  EXPECT_EQ(m->reflections[0].prompt, "When you hear the word compassion, what comes up?");
  EXPECT_EQ(m->reflections[1].slug, "second");
  EXPECT_EQ(m->homework.size(), 2u);
  EXPECT_EQ(m->sources.size(), 2u);
  EXPECT_EQ(m->body, t.body);
  EXPECT_EQ(m->body_line, 16);
  EXPECT_EQ(m->practice_lines, (std::vector<int>{7, 11}));
  EXPECT_NE(m->reflection("second"), nullptr);
  EXPECT_EQ(m->reflection("third"), nullptr);
}

TEST(ProgramModule, TheFrontMatterMustOpenAndClose) {
  ModuleText t;
  EXPECT_EQ(ErrorFor(t.file(), "id: x\n"), t.file() + ":1: the file must start with a line '---' (the front matter)");
  EXPECT_EQ(ErrorFor(t.file(), "---\nid: first-steps\nnumber: 1\n"),
            t.file() + ":3: the front matter is not closed by a line '---'");
}

TEST(ProgramModule, UnknownKeysBadLinesEmptyValuesAndRepeatsNameTheirLine) {
  const std::string f = ModuleText().file();
  EXPECT_EQ(With("titel: Oops"), f + ":11: unknown key 'titel' (keys: id, number, title, summary, minutes, practice, reflection, homework, source)");
  EXPECT_EQ(With("just words"), f + ":11: expected 'key: value' in the front matter");
  EXPECT_EQ(With("homework:   "), f + ":11: 'homework' has an empty value");
  EXPECT_EQ(With("title: Again"), f + ":11: 'title' appears twice (first on line 4)");
  EXPECT_EQ(With("id: other"), f + ":11: 'id' appears twice (first on line 2)");
  EXPECT_EQ(With("minutes: 10"), f + ":11: 'minutes' appears twice (first on line 6)");
  EXPECT_EQ(With("title : Spaced"), f + ":11: no space before the ':' of a key");
}

TEST(ProgramModule, RequiredKeysMustBePresent) {
  ModuleText t;
  std::string text = t.text();
  auto without = [&](const std::string& line) {
    std::string s = text;
    s.erase(s.find(line), line.size() + 1);
    return ErrorFor(t.file(), s);
  };
  EXPECT_NE(without("summary: What compassion is.").find(":10: 'summary' is missing"), std::string::npos);
  EXPECT_NE(without("minutes: 25").find("'minutes' is missing"), std::string::npos);
  EXPECT_NE(without("reflection: first | When you hear the word compassion, what comes up?")
                .find("at least one 'reflection' is needed"),
            std::string::npos);
  EXPECT_NE(without("homework: Try the practice on three days.").find("at least one 'homework'"),
            std::string::npos);
  EXPECT_NE(without("source: García-Campayo et al. (2016)").find("at least one 'source'"),
            std::string::npos);
}

TEST(ProgramModule, IdsNumbersAndMinutesAreChecked) {
  ModuleText bad_id;
  bad_id.id = "First_Steps";
  EXPECT_NE(ErrorFor(bad_id).find(":2: id must be"), std::string::npos);
  ModuleText t;
  std::string text = t.text();
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = text;
    s.replace(s.find(from), from.size(), to);
    return ErrorFor(t.file(), s);
  };
  EXPECT_EQ(replaced("number: 1", "number: 9"), t.file() + ":3: number must be a whole number from 1 to 8");
  EXPECT_EQ(replaced("number: 1", "number: one"), t.file() + ":3: number must be a whole number from 1 to 8");
  EXPECT_EQ(replaced("minutes: 25", "minutes: 0"), t.file() + ":6: minutes must be a whole number from 1 to 120");
  EXPECT_EQ(replaced("minutes: 25", "minutes: 121"), t.file() + ":6: minutes must be a whole number from 1 to 120");
}

TEST(ProgramModule, TheFileNameMustBeNumberDashId) {
  ModuleText t;
  EXPECT_EQ(ErrorFor("content/program/modules/02-first-steps.md", t.text()),
            "content/program/modules/02-first-steps.md:3: the file name must be "
            "'01-first-steps.md' (number 1, id first-steps)");
  EXPECT_FALSE(parse_module("content/program/modules/1-first-steps.md", t.text()).ok());
  EXPECT_TRUE(parse_module("elsewhere/01-first-steps.md", t.text()).ok());
}

TEST(ProgramModule, PracticesAreAtMostFourAndNotRepeated) {
  const std::string f = ModuleText().file();
  EXPECT_EQ(With("practice: rain"), f + ":11: practice 'rain' is listed twice");
  EXPECT_EQ(With("practice: Not An Id"), f + ":11: practice must be a practice id");
  ModuleText t;
  t.extra_front = {"practice: a", "practice: b", "practice: c", "practice: d"};
  EXPECT_EQ(ErrorFor(t), f + ":14: at most 4 practices");
}

TEST(ProgramModule, ReflectionsNeedASlugAndPromptAndAreAtMostThree) {
  const std::string f = ModuleText().file();
  EXPECT_EQ(With("reflection: no bar here"), f + ":11: reflection must be 'slug | prompt'");
  EXPECT_EQ(With("reflection: Bad Slug | Prompt"),
            f + ":11: reflection slug must be 1 to 60 of a-z, 0-9 and '-' (not at either end)");
  EXPECT_EQ(With("reflection: second |   "), f + ":11: reflection 'second' has no prompt");
  EXPECT_EQ(With("reflection: first | Again?"), f + ":11: reflection slug 'first' is used twice");
  ModuleText t;
  t.extra_front = {"reflection: b | B?", "reflection: c | C?", "reflection: d | D?"};
  EXPECT_EQ(ErrorFor(t), f + ":13: at most 3 reflections");
}

TEST(ProgramModule, HomeworkIsAtMostFour) {
  ModuleText t;
  t.extra_front = {"homework: b", "homework: c", "homework: d", "homework: e"};
  EXPECT_EQ(ErrorFor(t), t.file() + ":14: at most 4 homework lines");
}

TEST(ProgramModule, TheBodyMustNotBeEmpty) {
  ModuleText t;
  t.body = "\n   \n";
  EXPECT_EQ(ErrorFor(t), t.file() + ":11: the Markdown body is empty");
}

TEST(ProgramModule, BrokenUtf8AndCarriageReturnsNameTheirLine) {
  ModuleText t;
  std::string text = t.text();
  std::string broken = text;
  broken.replace(broken.find("Preparing"), 1, "\xC3");
  EXPECT_EQ(ErrorFor(t.file(), broken), t.file() + ":4: not valid UTF-8 (save the file as UTF-8)");
  std::string crlf = text;
  crlf.replace(crlf.find("\nminutes"), 1, "\r\n");
  EXPECT_EQ(ErrorFor(t.file(), crlf), t.file() + ":5: a carriage return: use LF line ends only");
}

TEST(ProgramModule, SlugsAreLowercaseWordsWithDashes) {
  EXPECT_TRUE(is_slug("kind-voice-2"));
  EXPECT_FALSE(is_slug(""));
  EXPECT_FALSE(is_slug("-lead"));
  EXPECT_FALSE(is_slug("trail-"));
  EXPECT_FALSE(is_slug("Upper"));
  EXPECT_FALSE(is_slug("with space"));
  EXPECT_FALSE(is_slug(std::string(61, 'a')));
}

}  // namespace
}  // namespace refuge::program
