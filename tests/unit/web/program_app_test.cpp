// The program through the whole app, with the shipped modules: the path and module pages, the
// reflection round trip (form and API), done and not done, the home card, unknown module or
// slug, limits that keep the typed text, CSRF, another person, sealed at rest, export and
// deletion, the crisis path (interruption, text saved, risk event), a failing store, reminders.
#include <fstream>
#include <sstream>

#include "tests/unit/web/app_fixture.h"
#include "tests/unit/web/down_store.h"
#include "web/handlers/render.h"

namespace refuge::web {
namespace {


nlohmann::json Body(const Response& r) { return nlohmann::json::parse(r.body); }

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class ProgramTest : public AppTest {
 protected:
  // The modules as the API lists them (ids and slugs come from the shipped content).
  nlohmann::json Modules() {
    Response r = Call("GET", "/api/v1/program");
    EXPECT_EQ(r.status, 200) << r.body;
    return Body(r)["modules"];
  }
  std::string Id(int index) { return Modules()[index]["id"]; }
  std::string Slug(int index, int reflection = 0) {
    return Modules()[index]["reflections"][reflection]["slug"];
  }
  std::string SavedText(int index, int reflection = 0) {
    return Modules()[index]["reflections"][reflection]["text"];
  }
  // Nothing of the program has been stored for them.
  bool NothingStored(const std::string& user) {
    auto doc = store_->person_documents(store::PersonDocumentKind::kProgramProgress)
                   .get(AccountId(user));
    return doc.status().Is(Status::Code::kNotFound);
  }
  // Signs in again (sessions end after half an hour idle, and these tests move the clock days).
  void LogInAgain(const std::string& user) {
    cookie_.clear();
    csrf_.clear();
    Response r = Json("POST", "/api/v1/login", {{"username", user}, {"password", kPassword}});
    ASSERT_EQ(r.status, 200) << r.body;
    std::string set = std::string(r.header("set-cookie"));
    cookie_ = set.substr(set.find('=') + 1, 43);
    csrf_ = nlohmann::json::parse(r.body)["csrf_token"];
  }
  void DaysPass(double days) {
    now_ += static_cast<int64_t>(days * 24 * 3600);
    LogInAgain("ana");
  }
};

TEST_F(ProgramTest, ThePathListsTheEightModulesWithTheIntroAndNothingScored) {
  SignUpAndLogIn("ana");
  Response page = Call("GET", "/program");
  ASSERT_EQ(page.status, 200) << page.body;
  auto modules = Modules();
  ASSERT_EQ(modules.size(), 8u);
  std::size_t last = 0;
  for (const auto& m : modules) {
    std::string link = "href=\"/program/" + m["id"].get<std::string>() + "\"";
    auto at = page.body.find(link);
    ASSERT_NE(at, std::string::npos) << link;
    EXPECT_GT(at, last) << "in number order";
    last = at;
  }
  EXPECT_TRUE(Has(page.body, "One module a week is a common rhythm"));
  EXPECT_TRUE(Has(page.body, "Any order is fine"));
  EXPECT_TRUE(Has(page.body, "no streaks and nothing is scored"));
  EXPECT_TRUE(Has(page.body, "About "));
  EXPECT_TRUE(Has(page.body, "href=\"/program\" aria-current=\"page\">Program</a>"));
  EXPECT_FALSE(Has(page.body, ">Done<")) << "nothing is done yet";
  cookie_.clear();
  EXPECT_EQ(Call("GET", "/program").status, 303);  // signed out: log in first
  EXPECT_EQ(Call("GET", "/api/v1/program").status, 401);
}

TEST_F(ProgramTest, AModulePageShowsBodyPracticesReflectionsHomeworkDoneAndNeighbours) {
  SignUpAndLogIn("ana");
  auto modules = Modules();
  const std::string first = modules[0]["id"], second = modules[1]["id"];
  Response page = Call("GET", "/program/" + first);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page.body, "<h1>" + modules[0]["title"].get<std::string>() + "</h1>"));
  EXPECT_TRUE(Has(page.body, "<div class=\"program-body\">\n<h2>")) << "the Markdown is rendered";
  EXPECT_TRUE(Has(page.body, "<li class=\"practice-item card\"><h3><a href=\"/practices/"));
  for (const auto& r : modules[0]["reflections"]) {
    std::string slug = r["slug"];
    EXPECT_TRUE(Has(page.body, "action=\"/program/" + first + "/reflections/" + slug + "\""));
    EXPECT_TRUE(Has(page.body, "<textarea id=\"text-" + slug + "\" name=\"text\""));
  }
  EXPECT_TRUE(Has(page.body, "For the week ahead"));
  EXPECT_TRUE(Has(page.body, "Mark this module as done"));
  EXPECT_TRUE(Has(page.body, "href=\"/program/" + second + "\" rel=\"next\""));
  EXPECT_FALSE(Has(page.body, "rel=\"prev\""));
  Response last = Call("GET", "/program/" + modules[7]["id"].get<std::string>());
  EXPECT_TRUE(Has(last.body, "rel=\"prev\""));
  EXPECT_FALSE(Has(last.body, "rel=\"next\""));
  EXPECT_FALSE(Has(page.body, "<script>")) << "no raw HTML from content";
}

TEST_F(ProgramTest, AReflectionSavedByTheFormComesBackOnThePageAndInTheApi) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0), slug = Slug(0, 1);
  std::string text = "  Someone once said \"you matter\" <b>&</b>\nand I remember.  ";
  Response saved = Post("/program/" + id + "/reflections/" + slug, "text=" + UrlEncode(text));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.header("location"),
            "/program/" + id + "?saved=" + slug + "#reflection-" + slug);
  Response page = Call("GET", "/program/" + id + "?saved=" + slug);
  EXPECT_TRUE(Has(page.body, "Your reflection is saved."));
  EXPECT_TRUE(Has(page.body, "&quot;you matter&quot; &lt;b&gt;&amp;&lt;/b&gt;\nand I remember.  </textarea>"))
      << "kept exactly as written, escaped";
  EXPECT_EQ(SavedText(0, 1), text);
  EXPECT_EQ(SavedText(0, 0), "") << "the other prompts are untouched";

  Response put = Json("PUT", "/api/v1/program/" + id + "/reflections/" + slug, {{"text", "again"}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(Body(put)["text"], "again");
  EXPECT_FALSE(Body(put).contains("crisis"));
  EXPECT_EQ(SavedText(0, 1), "again");
  EXPECT_EQ(Modules()[0]["reflections"][1]["updated_at"], iso_time(now_));
}

TEST_F(ProgramTest, DoneAndNotDoneShowOnThePathAndMoveTheHomeCard) {
  SignUpAndLogIn("ana");
  auto modules = Modules();
  const std::string first = modules[0]["id"];
  const std::string second_title = modules[1]["title"];
  Response home = Call("GET", "/");
  EXPECT_TRUE(Has(home.body, "Begin with module 1: " + modules[0]["title"].get<std::string>()));
  EXPECT_TRUE(Has(home.body, "href=\"/program/" + first + "\""));

  Response done = Post("/program/" + first + "/done", "done=1");
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.header("location"), "/program/" + first + "?done=1#done");
  EXPECT_TRUE(Has(Call("GET", "/program/" + first + "?done=1").body, "Mark as not done"));
  EXPECT_TRUE(Has(Call("GET", "/program").body, "<span class=\"program-done\">Done</span>"));
  EXPECT_TRUE(Modules()[0]["done"].get<bool>());
  EXPECT_EQ(Modules()[0]["done_at"], iso_time(now_));
  home = Call("GET", "/");
  EXPECT_TRUE(Has(home.body, "Continue with module 2: " + second_title)) << home.body;

  ASSERT_EQ(Post("/program/" + first + "/done", "done=0").status, 303);
  EXPECT_FALSE(Modules()[0]["done"].get<bool>());
  EXPECT_EQ(Post("/program/" + first + "/done", "done=yes").status, 400);

  for (const auto& m : modules) {
    Response r = Json("PUT", "/api/v1/program/" + m["id"].get<std::string>() + "/done",
                      {{"done", true}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
  home = Call("GET", "/");
  EXPECT_TRUE(Has(home.body, "You have marked all eight modules as done."));
  EXPECT_FALSE(Has(home.body, "Continue with module"));
  EXPECT_EQ(Json("PUT", "/api/v1/program/" + first + "/done", {{"done", "no"}}).status, 400);
}

// Two tabs: marking a module done from a page read before a reflection was saved elsewhere keeps
// the reflection (the older read is refused by the store and the progress read again).
TEST_F(ProgramTest, ASaveFromAnOlderReadKeepsTheOtherTabsReflection) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0), slug = Slug(0), second = Slug(0, 1);
  ASSERT_EQ(Post("/program/" + id + "/reflections/" + slug, "text=first+words").status, 303);
  auto& docs = store_->person_documents(store::PersonDocumentKind::kProgramProgress);
  auto older = docs.get(AccountId("ana"));
  ASSERT_TRUE(older.ok());
  ASSERT_EQ(Post("/program/" + id + "/reflections/" + second, "text=other+tab").status, 303);
  StaleReadStore racing(*store_, store::PersonDocumentKind::kProgramProgress, *older);
  UseStore(racing);
  ASSERT_EQ(Post("/program/" + id + "/done", "done=1").status, 303);
  EXPECT_GE(racing.reads(), 2);
  EXPECT_EQ(SavedText(0, 1), "other tab");
  EXPECT_EQ(SavedText(0), "first words");
  EXPECT_TRUE(Modules()[0]["done"].get<bool>());
}

// The page's script saves as the person types: a JSON answer, the crisis flag (and a risk event)
// for crisis words, the problem for a refused text (nothing saved).
TEST_F(ProgramTest, SavingAsYouTypeAnswersJsonAndNotesCrisisWords) {
  SignUpAndLogIn("ana");
  const std::string url = "/program/" + Id(0) + "/reflections/" + Slug(0);
  Response r = Post(url, "action=autosave&text=a+first+draft");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Body(r)["saved"], true);
  EXPECT_EQ(Body(r)["crisis"], false);
  EXPECT_EQ(SavedText(0), "a first draft");
  r = Post(url, "action=autosave&text=i+keep+thinking+about+ending+my+life");
  EXPECT_EQ(Body(r)["crisis"], true);
  EXPECT_EQ(SavedText(0), "i keep thinking about ending my life");
  EXPECT_EQ(store_->risk_events().list(AccountId("ana"))->size(), 1u);
  r = Post(url, "action=autosave&text=" + std::string(10001, 'x'));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(Body(r)["saved"], false);
  EXPECT_NE(Body(r)["problem"].get<std::string>().find("10,000"), std::string::npos);
  EXPECT_EQ(SavedText(0), "i keep thinking about ending my life");
}

TEST_F(ProgramTest, AnUnknownModuleOrSlugIsNotFound) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0);
  EXPECT_EQ(Call("GET", "/program/no-such-module").status, 404);
  EXPECT_EQ(Post("/program/no-such-module/reflections/x", "text=hi").status, 404);
  EXPECT_EQ(Post("/program/" + id + "/reflections/no-such-slug", "text=hi").status, 404);
  EXPECT_EQ(Post("/program/no-such-module/done", "done=1").status, 404);
  EXPECT_EQ(Json("PUT", "/api/v1/program/" + id + "/reflections/nope", {{"text", "hi"}}).status, 404);
  EXPECT_EQ(Json("PUT", "/api/v1/program/nope/done", {{"done", true}}).status, 404);
  EXPECT_TRUE(NothingStored("ana"));
}

TEST_F(ProgramTest, TooLongTextIsRefusedWithAMessageAndEveryCharacterKept) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0), slug = Slug(0);
  ASSERT_EQ(Post("/program/" + id + "/reflections/" + slug, "text=kept+before").status, 303);
  std::string marker = "TYPED" + crypto::random_id();
  std::string text = marker;
  // 10,001 characters (the limit counts characters, not bytes).
  for (std::size_t i = marker.size(); i < 10'001; ++i) text += "ü";
  Response refused = Post("/program/" + id + "/reflections/" + slug, "text=" + UrlEncode(text));
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(Has(refused.body, "role=\"alert\"><p>Your reflection was not saved yet, and your "
                                "words are still in their box. <a href=\"#text-" + slug + "\">"))
      << "a summary at the top leads to the box";
  EXPECT_TRUE(Has(refused.body, "<div class=\"alert\" id=\"error-" + slug + "\">"));
  EXPECT_TRUE(Has(refused.body, "A reflection can hold up to 10,000 characters."));
  EXPECT_TRUE(Has(refused.body, ">" + text + "</textarea>")) << "every typed character kept";
  EXPECT_TRUE(Has(refused.body, "aria-invalid=\"true\" autofocus>"));
  EXPECT_EQ(SavedText(0), "kept before") << "nothing refused was stored";

  Response api = Json("PUT", "/api/v1/program/" + id + "/reflections/" + slug, {{"text", text}});
  EXPECT_EQ(api.status, 400);
  EXPECT_TRUE(Has(Body(api)["error"], "10,000 characters"));
  EXPECT_EQ(Json("PUT", "/api/v1/program/" + id + "/reflections/" + slug, {{"words", "x"}}).status,
            400);
  // Exactly at the limit is fine.
  std::string at_limit(10'000, 'a');
  EXPECT_EQ(Post("/program/" + id + "/reflections/" + slug, "text=" + at_limit).status, 303);
}

TEST_F(ProgramTest, FormsAndTheApiNeedTheirCsrfToken) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0), slug = Slug(0);
  EXPECT_EQ(Call("POST", "/program/" + id + "/reflections/" + slug, "text=hi",
                 {{"content-type", kForm}}).status, 403);
  EXPECT_EQ(Call("POST", "/program/" + id + "/done", "done=1", {{"content-type", kForm}}).status,
            403);
  EXPECT_EQ(Call("POST", "/program/reminders", "reminders=1", {{"content-type", kForm}}).status,
            403);
  EXPECT_EQ(Call("PUT", "/api/v1/program/" + id + "/done", "done=1", {{"content-type", kForm}})
                .status,
            415);
  std::string token = csrf_;
  csrf_.clear();
  EXPECT_EQ(Json("PUT", "/api/v1/program/" + id + "/reflections/" + slug, {{"text", "x"}}).status,
            403);
  EXPECT_EQ(Json("PUT", "/api/v1/program/" + id + "/done", {{"done", true}}).status, 403);
  csrf_ = token;
  EXPECT_TRUE(NothingStored("ana"));
}

TEST_F(ProgramTest, AnotherPersonCannotReadTheReflections) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0), slug = Slug(0);
  std::string marker = "ANAWROTE" + crypto::random_id();
  ASSERT_EQ(Post("/program/" + id + "/reflections/" + slug, "text=" + marker).status, 303);
  ASSERT_EQ(Post("/program/" + id + "/done", "done=1").status, 303);
  SwitchTo("bob");
  EXPECT_FALSE(Has(Call("GET", "/program/" + id).body, marker));
  EXPECT_FALSE(Has(Call("GET", "/api/v1/program").body, marker));
  EXPECT_FALSE(Modules()[0]["done"].get<bool>());
  EXPECT_FALSE(Has(Call("GET", "/api/v1/account/export").body, marker));
}

TEST_F(ProgramTest, ReflectionsAreSealedAtRestExportedAndDeletedWithTheAccount) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0), slug = Slug(0);
  std::string marker = "SEALEDREFLECTION" + crypto::random_id();
  ASSERT_EQ(Post("/program/" + id + "/reflections/" + slug, "text=" + marker).status, 303);
  ASSERT_EQ(Post("/program/" + id + "/done", "done=1").status, 303);

  auto exported = Body(Call("GET", "/api/v1/account/export"));
  ASSERT_TRUE(exported.contains("program")) << exported.dump();
  EXPECT_EQ(exported["program"]["modules"][0]["id"], id);
  EXPECT_TRUE(exported["program"]["modules"][0]["done"].get<bool>());
  EXPECT_EQ(exported["program"]["modules"][0]["reflections"][0]["text"], marker);

  std::string account = AccountId("ana");
  auto& docs = store_->person_documents(store::PersonDocumentKind::kProgramProgress);
  ASSERT_TRUE(docs.get(account).ok());
  ASSERT_EQ(Json("DELETE", "/api/v1/account", {{"password", kPassword}}).status, 204);
  EXPECT_TRUE(docs.get(account).status().Is(Status::Code::kNotFound));
}

TEST_F(ProgramTest, TheTextIsNotInTheDatabaseFilesInTheClear) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0), slug = Slug(0);
  std::string marker = "PLAINMARKER" + crypto::random_id();
  ASSERT_EQ(Post("/program/" + id + "/reflections/" + slug, "text=" + marker).status, 303);
  ASSERT_EQ(SavedText(0), marker);
  int files = 0;
  EXPECT_EQ(DatabaseFiles(&files).find(marker), std::string::npos);
  EXPECT_GE(files, 1);
}

TEST_F(ProgramTest, CrisisWordsAreSavedThenSupportNowShowsWithAWayBack) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0), slug = Slug(0);
  std::string text = "Honestly I want to die tonight.";
  Response r = Post("/program/" + id + "/reflections/" + slug, "text=" + UrlEncode(text));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Has(r.body, "Before you go on, here is support"));
  EXPECT_TRUE(Has(r.body, "In an emergency, call"));
  EXPECT_TRUE(Has(r.body, "href=\"tel:988\""));
  EXPECT_TRUE(Has(r.body, "href=\"/program/" + id + "?saved=" + slug + "#reflection-" + slug + "\""))
      << "a link back to the module";
  EXPECT_EQ(SavedText(0), text) << "saved first, exactly as written";
  auto events = store_->risk_events().list(AccountId("ana"));
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].kind, "crisis_language");
  EXPECT_EQ((*events)[0].source, "program");

  Response api = Json("PUT", "/api/v1/program/" + id + "/reflections/" + slug,
                      {{"text", "I want to kill myself"}});
  ASSERT_EQ(api.status, 200);
  EXPECT_TRUE(Body(api)["crisis"].get<bool>());
  EXPECT_EQ(Body(api)["support_url"], "/support");
  EXPECT_EQ(store_->risk_events().list(AccountId("ana"))->size(), 1u)
      << "one event for the program within the hour";

  Response calm = Post("/program/" + id + "/reflections/" + slug, "text=a+quiet+walk");
  EXPECT_EQ(calm.status, 303);
  EXPECT_EQ(store_->risk_events().list(AccountId("ana"))->size(), 1u);
}

TEST_F(ProgramTest, AFailingStoreGivesAClearErrorAndKeepsTheText) {
  SignUpAndLogIn("ana");
  const std::string id = Id(0), slug = Slug(0);
  PersonDocumentDownStore flaky(*store_, store::PersonDocumentKind::kProgramProgress);
  UseStore(flaky);
  std::string marker = "KEEPME" + crypto::random_id();
  Response refused = Post("/program/" + id + "/reflections/" + slug, "text=" + marker);
  EXPECT_EQ(refused.status, 500);
  EXPECT_TRUE(Has(refused.body, ">" + marker + "</textarea>")) << refused.body;
  EXPECT_TRUE(Has(refused.body, "role=\"alert\""));
  EXPECT_FALSE(Has(refused.body, "database unavailable")) << "internals not shown";
  EXPECT_EQ(Call("GET", "/program").status, 500);
  EXPECT_EQ(Json("PUT", "/api/v1/program/" + id + "/reflections/" + slug, {{"text", marker}}).status,
            500);
  Response home = Call("GET", "/");
  EXPECT_EQ(home.status, 200) << "the home page leaves the card out";
  EXPECT_FALSE(Has(home.body, "program-heading"));
}

TEST_F(ProgramTest, TheReminderIsOptInAndShowsOnlyAfterAWeekAway) {
  SignUpAndLogIn("ana");
  const std::string note = "It has been a while since you opened your program.";
  EXPECT_TRUE(Has(Call("GET", "/program").body, "Reminders are off."));
  DaysPass(30);
  EXPECT_FALSE(Has(Call("GET", "/").body, note)) << "off by default";

  Response on = Post("/program/reminders", "reminders=1");
  ASSERT_EQ(on.status, 303) << on.body;
  EXPECT_TRUE(Has(Call("GET", "/program?reminders=saved").body, "Reminders are on."));
  DaysPass(6.9);
  EXPECT_FALSE(Has(Call("GET", "/").body, note)) << "not before a week";
  DaysPass(0.2);
  EXPECT_TRUE(Has(Call("GET", "/").body, note));
  ASSERT_EQ(Call("GET", "/program/" + Id(2)).status, 200);  // opening a module counts
  EXPECT_FALSE(Has(Call("GET", "/").body, note));
  DaysPass(8);
  EXPECT_TRUE(Has(Call("GET", "/").body, note));
  ASSERT_EQ(Post("/program/reminders", "reminders=0").status, 303);
  DaysPass(8);
  EXPECT_FALSE(Has(Call("GET", "/").body, note));
  EXPECT_EQ(Post("/program/reminders", "reminders=maybe").status, 400);
}

}  // namespace
}  // namespace refuge::web
