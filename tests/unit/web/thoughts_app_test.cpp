// The thought record, the analyse API and the crisis path, driven through the whole app with a
// real SQLite store and the real content (analyser rules included).
#include <fstream>
#include <sstream>

#include "tests/unit/web/app_fixture.h"

namespace refuge::web {
namespace {


class ThoughtsTest : public AppTest {
 protected:
  // Starts a record and returns its id.
  std::string Start(const std::string& situation) {
    Response r = Post("/thoughts", "situation=" + situation);
    EXPECT_EQ(r.status, 303) << r.body;
    std::string at(r.header("location"));
    EXPECT_EQ(at.rfind("/thoughts/", 0), 0u) << at;
    return at.substr(10, at.find('/', 10) - 10);
  }
  int64_t RiskEvents(const std::string& user) {
    auto a = store_->accounts().find_by_username(user);
    EXPECT_TRUE(a.ok());
    auto list = store_->risk_events().list(a->id);
    EXPECT_TRUE(list.ok());
    for (const auto& e : *list) EXPECT_EQ(e.kind, "crisis_language");
    return static_cast<int64_t>(list->size());
  }
};

TEST_F(ThoughtsTest, SevenStepsAreSavedSealedAndShownWithTheChange) {
  SignUpAndLogIn("tess");
  std::string marker = "Q" + crypto::random_id();
  std::string id = Start("My+friend+did+not+answer+" + marker);
  std::string base = "/thoughts/" + id + "/step/";
  EXPECT_EQ(Call("GET", base + "2").status, 200);
  Response s2 = Post(base + "2", "critic=I+am+a+failure+and+nobody+will+ever+love+me+" + marker);
  ASSERT_EQ(s2.status, 303) << s2.body;
  EXPECT_EQ(s2.header("location"), base + "3");
  ASSERT_EQ(Post(base + "3", "emotion_name_1=sad&emotion_before_1=80&emotion_name_2=&emotion_before_2=")
                .status, 303);
  ASSERT_EQ(Post(base + "4", "mindfulness=This+hurts").status, 303);
  ASSERT_EQ(Post(base + "5", "common_humanity=Many+people+feel+this").status, 303);
  Response six = Call("GET", base + "6");
  EXPECT_NE(six.body.find("Ways to begin"), std::string::npos);
  ASSERT_EQ(Post(base + "6", "kindness=You+are+doing+your+best+" + marker + "&keep_phrase=1").status,
            303);
  Response seven = Post(base + "7", "emotion_after_1=45");
  ASSERT_EQ(seven.status, 303);
  EXPECT_EQ(seven.header("location"), "/thoughts/" + id + "?done=1");

  Response shown = Call("GET", "/thoughts/" + id);
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("sad 80 \u2192 45"), std::string::npos);
  EXPECT_NE(shown.body.find("<mark"), std::string::npos);  // the critic's words are marked
  EXPECT_NE(shown.body.find("Labeling"), std::string::npos);
  Response list = Call("GET", "/thoughts");
  EXPECT_NE(list.body.find("What the critic says most often"), std::string::npos);
  EXPECT_NE(list.body.find("<svg"), std::string::npos);
  // The kind words were kept once, even when step 6 is saved again, and are on the home page.
  ASSERT_EQ(Post(base + "6", "kindness=You+are+doing+your+best+" + marker + "&keep_phrase=1").status,
            303);
  Response home = Call("GET", "/");
  EXPECT_NE(home.body.find("You are doing your best " + marker), std::string::npos);
  Response exported = Call("GET", "/api/v1/account/export");
  auto j = nlohmann::json::parse(exported.body);
  ASSERT_EQ(j["thought_records"].size(), 1u);
  EXPECT_EQ(j["thought_records"][0]["emotions"][0]["after"], 45);
  EXPECT_EQ(j["compassion_phrases"].size(), 1u);
  EXPECT_EQ(DatabaseFiles().find(marker), std::string::npos);
}

// A kind the analyser is unsure of (confidence below 0.5) is named "..., perhaps" and comes after
// the likely ones: "I am such an idiot" is likely a label and a harsh voice, only possibly
// all-or-nothing; "my boss said I am lazy" is a report, so only possibly a label.
TEST_F(ThoughtsTest, NotesSayPerhapsWhenTheAnalyserIsUnsure) {
  SignUpAndLogIn("tess");
  std::string id = Start("A+meeting");
  ASSERT_EQ(Post("/thoughts/" + id + "/step/2", "critic=I+am+such+an+idiot").status, 303);
  std::string page = Call("GET", "/thoughts/" + id).body;
  const auto harsh = page.find("<strong>A harsh inner voice</strong>");
  const auto label = page.find("<strong>Labeling</strong>");
  const auto maybe = page.find("<strong>All-or-nothing thinking, perhaps</strong>");
  ASSERT_NE(harsh, std::string::npos) << page;
  ASSERT_NE(label, std::string::npos);
  ASSERT_NE(maybe, std::string::npos);
  EXPECT_LT(harsh, maybe);
  EXPECT_LT(label, maybe);
  EXPECT_EQ(page.find("<strong>Labeling, perhaps</strong>"), std::string::npos);

  std::string reported = Start("A+review");
  ASSERT_EQ(Post("/thoughts/" + reported + "/step/2", "critic=My+boss+said+I+am+lazy").status, 303);
  page = Call("GET", "/thoughts/" + reported).body;
  EXPECT_NE(page.find("<strong>Labeling, perhaps</strong>"), std::string::npos) << page;
  // The step page hands its script the same wording for the live notes.
  EXPECT_NE(Call("GET", "/thoughts/" + reported + "/step/2").body.find("data-maybe-name=\"%n, perhaps\""),
            std::string::npos);

  // What the critic says most often counts only what was clearly there: labeling once (the
  // second record's is a "perhaps"), all-or-nothing never.
  page = Call("GET", "/thoughts").body;
  EXPECT_NE(page.find("<strong>Labeling</strong> — came up in 1 record."), std::string::npos) << page;
  EXPECT_EQ(page.find("<strong>All-or-nothing thinking</strong>"), std::string::npos);
}

TEST_F(ThoughtsTest, BadAnswersGetAMessageAndKeepWhatWasTyped) {
  SignUpAndLogIn("tess");
  std::string id = Start("x");
  Response bad = Post("/thoughts/" + id + "/step/3", "emotion_name_1=worried+sick&emotion_before_1=150");
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("from 0 to 100"), std::string::npos);
  EXPECT_NE(bad.body.find("worried sick"), std::string::npos);
  EXPECT_EQ(Call("GET", "/thoughts/" + id + "/step/9").status, 404);
  EXPECT_EQ(Call("GET", "/thoughts/" + id + "/step/0").status, 404);
  std::string longer(5001, 'a');
  Response too_long = Post("/thoughts/" + id + "/step/2", "critic=" + longer);
  EXPECT_EQ(too_long.status, 400);
  EXPECT_NE(too_long.body.find(longer), std::string::npos);
  // Someone else's record is not there for them.
  cookie_.clear();
  csrf_.clear();
  SignUpAndLogIn("other");
  EXPECT_EQ(Call("GET", "/thoughts/" + id).status, 404);
  EXPECT_EQ(Post("/thoughts/" + id + "/step/2", "critic=hi").status, 404);
  EXPECT_EQ(Post("/thoughts/" + id + "/delete", "").status, 404);
}

TEST_F(ThoughtsTest, CrisisLanguageInTheJournalShowsSupportAndKeepsTheEntry) {
  SignUpAndLogIn("tess");
  Response r = Post("/journal", "text=I+want+to+die+tonight");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("here is support"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"tel:"), std::string::npos);  // crisis lines for the country
  EXPECT_NE(r.body.find("What you wrote is saved"), std::string::npos);
  auto entries = nlohmann::json::parse(Call("GET", "/api/v1/journal").body)["entries"];
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0]["text"], "I want to die tonight");
  EXPECT_NE(r.body.find("href=\"/journal/" + entries[0]["id"].get<std::string>() + "\""),
            std::string::npos);
  // An ordinary entry goes straight to the entry.
  EXPECT_EQ(Post("/journal", "text=A+quiet+walk+by+the+river").status, 303);
  // The JSON API says so too, and the entry is kept.
  Response api = Json("POST", "/api/v1/journal", {{"text", "i wanna kill myself"}});
  ASSERT_EQ(api.status, 201);
  EXPECT_EQ(nlohmann::json::parse(api.body)["crisis"], true);
  EXPECT_EQ(RiskEvents("tess"), 1) << "one event for the journal within the hour";
}

TEST_F(ThoughtsTest, CrisisLanguageInAThoughtRecordShowsSupportAndLosesNothing) {
  SignUpAndLogIn("tess");
  std::string id = Start("A+fight+with+my+partner");
  Response r = Post("/thoughts/" + id + "/step/2", "critic=Everyone+would+be+better+off+if+I+killed+myself");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("here is support"), std::string::npos);
  EXPECT_NE(r.body.find("/thoughts/" + id + "/step/3"), std::string::npos);
  Response step = Call("GET", "/thoughts/" + id + "/step/2");
  EXPECT_NE(step.body.find("better off if I killed myself"), std::string::npos);
  // Saving as you type reports it to the page's script.
  Response autosave = Post("/thoughts/" + id + "/step/2", "action=autosave&critic=i+want+to+die");
  ASSERT_EQ(autosave.status, 200);
  EXPECT_EQ(nlohmann::json::parse(autosave.body)["crisis"], true);
  EXPECT_EQ(RiskEvents("tess"), 1) << "one event for the thought record within the hour";
}

TEST_F(ThoughtsTest, CrisisLanguageIsRecordedOncePerPlaceWithinAnHourNotAtEveryPause) {
  SignUpAndLogIn("tess");
  std::string id = Start("A+long+evening");
  std::string typed = "critic=i+want+to+die";
  for (int pause = 0; pause < 5; ++pause) {  // the page saves at every pause in typing
    typed += "+and";
    Response r = Post("/thoughts/" + id + "/step/2", "action=autosave&" + typed);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(nlohmann::json::parse(r.body)["crisis"], true) << "support is offered every time";
    now_ += 10;
  }
  EXPECT_EQ(RiskEvents("tess"), 1);
  // Another place is another fact.
  ASSERT_EQ(Post("/journal", "text=I+want+to+die+tonight").status, 200);
  EXPECT_EQ(RiskEvents("tess"), 2);
  // An hour later (the person active all along), the same place records again.
  for (int i = 0; i < 3; ++i) {
    now_ += 20 * 60;
    ASSERT_EQ(Call("GET", "/api/v1/me").status, 200);
  }
  ASSERT_EQ(Post("/thoughts/" + id + "/step/2", "action=autosave&" + typed).status, 200);
  EXPECT_EQ(RiskEvents("tess"), 3);
  auto a = store_->accounts().find_by_username("tess");
  auto events = store_->risk_events().list(a->id);  // newest first
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 3u);
  EXPECT_EQ((*events)[0].source, "thought_record");
  EXPECT_EQ((*events)[1].source, "journal");
  EXPECT_EQ((*events)[2].source, "thought_record");
}

TEST_F(ThoughtsTest, TheAnalyseApiAnswersInMemoryOnly) {
  EXPECT_EQ(Json("POST", "/api/v1/analyze", {{"text", "I am a failure"}}).status, 401);
  SignUpAndLogIn("tess");
  std::string marker = "Z" + crypto::random_id();
  std::string text = "I\u2019m a failure " + marker + ". I want to die.";
  Response r = Json("POST", "/api/v1/analyze", {{"text", text}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = nlohmann::json::parse(r.body);
  EXPECT_EQ(j["crisis"], true);
  bool labeling = false;
  for (const auto& f : j["findings"]) {
    std::size_t start = f["start"], end = f["end"];
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), f["cue"].get<std::string>());
    if (f["type"] == "labeling") labeling = true;
  }
  EXPECT_TRUE(labeling) << r.body;
  std::string saved_csrf = csrf_;
  csrf_.clear();
  EXPECT_EQ(Json("POST", "/api/v1/analyze", {{"text", "x"}}).status, 403);
  csrf_ = saved_csrf;
  EXPECT_EQ(Json("POST", "/api/v1/analyze", {{"text", 3}}).status, 400);
  EXPECT_EQ(Json("POST", "/api/v1/analyze", {{"text", std::string(20001, 'a')}}).status, 413);
  EXPECT_EQ(DatabaseFiles().find(marker), std::string::npos);
}

TEST_F(ThoughtsTest, AFormSentAfterTheSessionEndedShowsEveryFieldBack) {
  SignUpAndLogIn("tess");
  std::string id = Start("x");
  std::string csrf = csrf_;
  cookie_.clear();
  Response r = Call("POST", "/thoughts/" + id + "/step/6",
                    "csrf_token=" + csrf + "&kindness=You+deserve+rest", {{"content-type", kForm}});
  EXPECT_EQ(r.status, 401);
  EXPECT_NE(r.body.find("You deserve rest"), std::string::npos);
}

TEST_F(ThoughtsTest, PhrasesCanBeRemoved) {
  SignUpAndLogIn("tess");
  std::string id = Start("x");
  ASSERT_EQ(Post("/thoughts/" + id + "/step/6", "kindness=Be+gentle").status, 303);
  ASSERT_EQ(Post("/thoughts/" + id + "/phrase", "").status, 303);
  auto phrases = nlohmann::json::parse(Call("GET", "/api/v1/account/export").body)["compassion_phrases"];
  ASSERT_EQ(phrases.size(), 1u);
  std::string pid = phrases[0]["id"];
  EXPECT_EQ(Post("/phrases/" + pid + "/delete", "").status, 303);
  EXPECT_EQ(Call("GET", "/").body.find("Be gentle"), std::string::npos);
  EXPECT_EQ(Post("/phrases/" + pid + "/delete", "").status, 404);
}

}  // namespace
}  // namespace refuge::web
