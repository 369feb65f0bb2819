// "My attachment story" through the whole app: the pages and the API round trip, an unknown topic
// is 404, limits give a clear message and keep every typed character (nothing stored), CSRF and
// JSON are required, one person cannot read another's story, it is sealed at rest, exported and
// deleted with the account, crisis words are saved first and then lead to Support now (with a
// way back and a risk event), and a failing store gives a clear page that keeps the text.
#include <fstream>
#include <sstream>

#include "tests/unit/web/app_fixture.h"
#include "tests/unit/web/down_store.h"
#include "web/handlers/render.h"

namespace refuge::web {
namespace {


nlohmann::json Body(const Response& r) { return nlohmann::json::parse(r.body); }

class AttachmentStoryTest : public AppTest {
 protected:
  Response Write(const std::string& topic, const std::string& text) {
    return Post("/attachment-story/" + topic, "text=" + UrlEncode(text));
  }
  // The API's entry for one topic.
  nlohmann::json Topic(const std::string& id) {
    Response r = Call("GET", "/api/v1/attachment-story");
    EXPECT_EQ(r.status, 200) << r.body;
    nlohmann::json story = Body(r);
    for (const auto& t : story["topics"]) {
      if (t["id"] == id) return t;
    }
    ADD_FAILURE() << "no topic " << id;
    return nullptr;
  }
};

TEST_F(AttachmentStoryTest, ThePagesListTheTopicsAndAWrittenTopicRoundTrips) {
  SignUpAndLogIn("ana");
  EXPECT_NE(Call("GET", "/").body.find("href=\"/attachment-story\""), std::string::npos);
  Response index = Call("GET", "/attachment-story");
  ASSERT_EQ(index.status, 200);
  EXPECT_NE(index.body.find("href=\"/attachment-story\" aria-current=\"page\""), std::string::npos);
  EXPECT_NE(index.body.find("You can stop at any moment"), std::string::npos);
  EXPECT_NE(index.body.find("Nothing here is shared"), std::string::npos);
  EXPECT_NE(index.body.find("href=\"/practices/grounding-5-4-3-2-1\""), std::string::npos);
  EXPECT_NE(index.body.find("Written so far: 0 / 12"), std::string::npos);
  auto first = index.body.find("href=\"/attachment-story/who-raised-you\"");
  auto last = index.body.find("href=\"/attachment-story/what-you-hope-to-give\"");
  ASSERT_NE(first, std::string::npos);
  EXPECT_LT(first, last) << "topics in their order";

  Response topic = Call("GET", "/attachment-story/losses");
  ASSERT_EQ(topic.status, 200);
  EXPECT_NE(topic.body.find("<h1 id=\"topic-heading\">Losses</h1>"), std::string::npos);
  EXPECT_NE(topic.body.find("Did you lose someone important"), std::string::npos);  // the prompt
  EXPECT_NE(topic.body.find("A person, a pet, a home"), std::string::npos);         // a hint
  EXPECT_NE(topic.body.find("name=\"csrf_token\""), std::string::npos);
  EXPECT_NE(topic.body.find(">\n</textarea>"), std::string::npos) << "empty before writing";

  std::string words = "My grandmother's garden.\nShe taught me the names of birds & \"weeds\".";
  Response saved = Post("/attachment-story/losses",
                        "text=" + UrlEncode("My grandmother's garden.\r\nShe taught me the names "
                                            "of birds & \"weeds\"."));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.header("location"), "/attachment-story/losses?saved=1");
  Response after = Call("GET", "/attachment-story/losses?saved=1");
  EXPECT_NE(after.body.find("role=\"status\"><p>Saved."), std::string::npos);
  EXPECT_NE(after.body.find("href=\"/attachment-story/shaped-you\""), std::string::npos)
      << "the next topic is offered";
  EXPECT_NE(after.body.find(">\nMy grandmother&apos;s garden.\nShe taught me the names of birds "
                            "&amp; &quot;weeds&quot;.</textarea>"),
            std::string::npos)
      << after.body;

  index = Call("GET", "/attachment-story");
  EXPECT_NE(index.body.find("Written so far: 1 / 12"), std::string::npos);
  auto losses = index.body.find("href=\"/attachment-story/losses\"");
  auto written = index.body.find("Written</span> · Last edited " + friendly_date(now_), losses);
  EXPECT_LT(written, index.body.find("</li>", losses)) << "listed as written, with its date";

  auto api = Topic("losses");
  EXPECT_EQ(api["text"], words) << "line breaks kept as plain line breaks";
  EXPECT_EQ(api["title"], "Losses");
  EXPECT_EQ(api["updated_at"], iso_time(now_));
  EXPECT_EQ(Topic("who-raised-you")["text"], "");
  EXPECT_TRUE(Topic("who-raised-you")["updated_at"].is_null());
}

TEST_F(AttachmentStoryTest, ThePutSavesOneTopicAndBlankWordsTakeItOut) {
  SignUpAndLogIn("ana");
  auto before = Body(Call("GET", "/api/v1/attachment-story"));
  EXPECT_TRUE(before["updated_at"].is_null());
  ASSERT_EQ(before["topics"].size(), 12u);
  Response put = Json("PUT", "/api/v1/attachment-story/closer-to", {{"text", "My aunt Rosa"}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(Body(put)["text"], "My aunt Rosa");
  EXPECT_EQ(Body(put)["updated_at"], iso_time(now_));
  EXPECT_FALSE(Body(put).contains("crisis"));
  now_ += 60;
  ASSERT_EQ(Json("PUT", "/api/v1/attachment-story/losses", {{"text", "Our dog"}}).status, 200);
  EXPECT_EQ(Topic("closer-to")["updated_at"], iso_time(now_ - 60)) << "its own time";
  EXPECT_EQ(Body(Call("GET", "/api/v1/attachment-story"))["updated_at"], iso_time(now_));
  Response cleared = Json("PUT", "/api/v1/attachment-story/closer-to", {{"text", "  \n "}});
  ASSERT_EQ(cleared.status, 200);
  EXPECT_EQ(Body(cleared)["text"], "");
  EXPECT_TRUE(Topic("closer-to")["updated_at"].is_null());
  EXPECT_EQ(Topic("losses")["text"], "Our dog");
  EXPECT_NE(Call("GET", "/attachment-story").body.find("Written so far: 1 / 12"),
            std::string::npos);
}

// Two tabs: one read the story before the other saved a topic. Its own save must not write the
// story it read over the newer one (the store refuses it, the story is read again).
TEST_F(AttachmentStoryTest, ASaveFromAnOlderReadKeepsTheOtherTabsWords) {
  SignUpAndLogIn("ana");
  ASSERT_EQ(Json("PUT", "/api/v1/attachment-story/closer-to", {{"text", "My aunt Rosa"}}).status, 200);
  auto& docs = store_->person_documents(store::PersonDocumentKind::kAttachmentStory);
  auto older = docs.get(AccountId("ana"));
  ASSERT_TRUE(older.ok());
  ASSERT_EQ(Json("PUT", "/api/v1/attachment-story/losses", {{"text", "Our dog"}}).status, 200);
  StaleReadStore racing(*store_, store::PersonDocumentKind::kAttachmentStory, *older);
  UseStore(racing);
  ASSERT_EQ(Write("when-upset", "I hid in my room").status, 303);
  EXPECT_GE(racing.reads(), 2) << "the first read was the older one, then read again";
  EXPECT_EQ(Topic("losses")["text"], "Our dog");
  EXPECT_EQ(Topic("when-upset")["text"], "I hid in my room");
  EXPECT_EQ(Topic("closer-to")["text"], "My aunt Rosa");
}

TEST_F(AttachmentStoryTest, AnUnknownTopicIsNotFound) {
  SignUpAndLogIn("ana");
  EXPECT_EQ(Call("GET", "/attachment-story/siblings").status, 404);
  EXPECT_EQ(Write("siblings", "words").status, 404);
  Response api = Json("PUT", "/api/v1/attachment-story/siblings", {{"text", "words"}});
  EXPECT_EQ(api.status, 404);
  EXPECT_EQ(Body(api)["error"], "There is no reflection topic with this name.");
  EXPECT_TRUE(Body(Call("GET", "/api/v1/attachment-story"))["updated_at"].is_null());
}

TEST_F(AttachmentStoryTest, LimitsAndBadFieldsGiveAClearMessageAndKeepEveryCharacter) {
  SignUpAndLogIn("ana");
  ASSERT_EQ(Write("losses", "kept before").status, 303);
  std::string marker = "TYPEDMARKER" + crypto::random_id();
  std::string typed = marker + std::string(10'001 - marker.size() - 1, 'x') + "<";
  Response refused = Write("losses", typed);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_NE(refused.body.find("role=\"alert\""), std::string::npos);
  EXPECT_NE(refused.body.find("up to 10,000 characters. Your words are still here"), std::string::npos);
  EXPECT_NE(refused.body.find(">\n" + typed.substr(0, typed.size() - 1) + "&lt;</textarea>"),
            std::string::npos)
      << "every typed character is back in the box";
  EXPECT_NE(refused.body.find("aria-describedby=\"story-hints story-limit form-error\" "
                              "aria-invalid=\"true\""),
            std::string::npos);
  std::string most;
  for (int i = 0; i < 10'000; ++i) most += "é";
  Response api = Json("PUT", "/api/v1/attachment-story/losses", {{"text", most + "é"}});
  EXPECT_EQ(api.status, 400);
  EXPECT_NE(std::string(Body(api)["error"]).find("10,000"), std::string::npos);
  EXPECT_EQ(Topic("losses")["text"], "kept before") << "nothing refused was stored";
  EXPECT_EQ(Json("PUT", "/api/v1/attachment-story/losses", {{"text", most}}).status, 200);

  auto bad = [&](const nlohmann::json& body, const std::string& says) {
    Response r = Json("PUT", "/api/v1/attachment-story/losses", body);
    EXPECT_EQ(r.status, 400) << body.dump();
    std::string message = Body(r)["error"];
    EXPECT_NE(message.find(says), std::string::npos) << message;
  };
  bad({{"text", 3}}, "text");
  bad(nlohmann::json::object(), "text");
  bad({{"text", "fine"}, {"txet", "typo"}}, "txet");
  EXPECT_TRUE(Topic("losses")["text"] == most) << "the longest reflection is still saved";
}

TEST_F(AttachmentStoryTest, FormsAndTheApiNeedTheirCsrfTokenAndJson) {
  SignUpAndLogIn("ana");
  EXPECT_EQ(Call("POST", "/attachment-story/losses", "text=x", {{"content-type", kForm}}).status,
            403);
  EXPECT_EQ(
      Call("PUT", "/api/v1/attachment-story/losses", "text=x", {{"content-type", kForm}}).status,
      415);
  std::string token = csrf_;
  csrf_.clear();
  EXPECT_EQ(Json("PUT", "/api/v1/attachment-story/losses", {{"text", "x"}}).status, 403);
  csrf_ = token;
  EXPECT_EQ(Topic("losses")["text"], "");
  cookie_.clear();
  EXPECT_EQ(Call("GET", "/attachment-story").status, 303);  // signed out: log in first
  EXPECT_EQ(Call("GET", "/attachment-story/losses").status, 303);
  EXPECT_EQ(Call("GET", "/api/v1/attachment-story").status, 401);
}

TEST_F(AttachmentStoryTest, AnotherPersonCannotReadIt) {
  SignUpAndLogIn("ana");
  std::string marker = "ANASTORY" + crypto::random_id();
  ASSERT_EQ(Write("who-raised-you", marker).status, 303);
  cookie_.clear();
  csrf_.clear();
  SignUpAndLogIn("bob");
  EXPECT_EQ(Topic("who-raised-you")["text"], "");
  EXPECT_EQ(Call("GET", "/attachment-story/who-raised-you").body.find(marker), std::string::npos);
  EXPECT_NE(Call("GET", "/attachment-story").body.find("Written so far: 0 / 12"),
            std::string::npos);
  EXPECT_EQ(Body(Call("GET", "/api/v1/account/export")).dump().find(marker), std::string::npos);
}

TEST_F(AttachmentStoryTest, CrisisWordsAreSavedFirstThenSupportNowFollowsWithAWayBack) {
  SignUpAndLogIn("ana");
  ASSERT_EQ(Write("losses", "My grandfather died when I was nine.").status, 303);
  auto events = store_->risk_events().list(AccountId("ana"));
  ASSERT_TRUE(events.ok());
  EXPECT_TRUE(events->empty()) << "painful memories alone are not a crisis";

  std::string words = "Since then, some nights I want to die tonight.";
  Response help = Write("losses", words);
  ASSERT_EQ(help.status, 200) << help.body;
  EXPECT_NE(help.body.find("Before you go on, here is support"), std::string::npos);
  EXPECT_NE(help.body.find("What you wrote is saved"), std::string::npos);
  EXPECT_NE(help.body.find("<a href=\"/attachment-story/losses\">"), std::string::npos)
      << "a link back to the topic";
  EXPECT_NE(help.body.find("href=\"tel:911\""), std::string::npos) << "the emergency number";
  EXPECT_NE(help.body.find("href=\"tel:988\""), std::string::npos) << "the crisis line";
  EXPECT_EQ(Topic("losses")["text"], words) << "saved exactly as written";
  events = store_->risk_events().list(AccountId("ana"));
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].kind, "crisis_language");
  EXPECT_EQ((*events)[0].source, "reflection");

  Response api =
      Json("PUT", "/api/v1/attachment-story/feeling-rejected", {{"text", "I want to kill myself"}});
  ASSERT_EQ(api.status, 200) << api.body;
  EXPECT_EQ(Body(api)["crisis"], true);
  EXPECT_EQ(Body(api)["support_url"], "/support");
  EXPECT_EQ(Topic("feeling-rejected")["text"], "I want to kill myself");
  EXPECT_EQ(store_->risk_events().list(AccountId("ana"))->size(), 1u)
      << "one event for reflections within the hour";
}

TEST_F(AttachmentStoryTest, TheScriptSavesAsThePersonTypes) {
  SignUpAndLogIn("ana");
  EXPECT_NE(Call("GET", "/attachment-story/losses").body.find("/static/js/autosave.js"),
            std::string::npos);
  Response saved = Post("/attachment-story/losses", "action=autosave&text=half+a+thought");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(Body(saved), nlohmann::json({{"saved", true}, {"crisis", false}}));
  EXPECT_EQ(Topic("losses")["text"], "half a thought");

  // Too long while typing: said calmly, not an error status, and nothing is stored.
  Response refused =
      Post("/attachment-story/losses", "action=autosave&text=" + std::string(10'001, 'y'));
  ASSERT_EQ(refused.status, 200);
  EXPECT_EQ(Body(refused)["saved"], false);
  EXPECT_NE(std::string(Body(refused)["problem"]).find("10,000"), std::string::npos);
  EXPECT_EQ(Topic("losses")["text"], "half a thought");

  Response crisis = Post("/attachment-story/losses",
                         "action=autosave&text=" + UrlEncode("I want to die tonight"));
  ASSERT_EQ(crisis.status, 200);
  EXPECT_EQ(Body(crisis)["crisis"], true);
  EXPECT_EQ(Topic("losses")["text"], "I want to die tonight");
  auto events = store_->risk_events().list(AccountId("ana"));
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].source, "reflection");
}

TEST_F(AttachmentStoryTest, ItIsExportedAndDeletedWithTheAccount) {
  SignUpAndLogIn("ana");
  std::string marker = "STORYMARKER" + crypto::random_id();
  ASSERT_EQ(Write("five-words", "warm, busy " + marker).status, 303);
  auto exported = Body(Call("GET", "/api/v1/account/export"));
  auto story = exported["attachment_story"];
  EXPECT_EQ(story["updated_at"], iso_time(now_));
  ASSERT_EQ(story["topics"].size(), 1u) << "only what was written";
  EXPECT_EQ(story["topics"][0]["id"], "five-words");
  EXPECT_EQ(story["topics"][0]["title"], "Five words for each caregiver");
  EXPECT_EQ(story["topics"][0]["text"], "warm, busy " + marker);

  std::string id = AccountId("ana");
  auto& stories = store_->person_documents(store::PersonDocumentKind::kAttachmentStory);
  ASSERT_TRUE(stories.get(id).ok());
  ASSERT_EQ(Json("DELETE", "/api/v1/account", {{"password", kPassword}}).status, 204);
  auto gone = stories.get(id);
  EXPECT_TRUE(gone.status().Is(Status::Code::kNotFound)) << gone.status().message();
}

TEST_F(AttachmentStoryTest, TheWordsAreNotInTheDatabaseFilesInTheClear) {
  SignUpAndLogIn("ana");
  std::string marker = "SEALEDMARKER" + crypto::random_id();
  ASSERT_EQ(Write("five-words", "warm, busy " + marker).status, 303);
  ASSERT_EQ(Write("losses", marker).status, 303);
  ASSERT_NE(Call("GET", "/attachment-story/five-words").body.find(marker), std::string::npos);
  int files = 0;
  EXPECT_EQ(DatabaseFiles(&files).find(marker), std::string::npos);
  EXPECT_GE(files, 1);
}

TEST_F(AttachmentStoryTest, WhenTheStoreFailsThePageSaysSoAndKeepsTheText) {
  SignUpAndLogIn("ana");
  PersonDocumentDownStore flaky(*store_, store::PersonDocumentKind::kAttachmentStory);
  UseStore(flaky);
  EXPECT_EQ(Call("GET", "/attachment-story").status, 500);
  EXPECT_EQ(Call("GET", "/attachment-story/losses").status, 500);
  std::string marker = "KEEPME" + crypto::random_id();
  Response refused = Write("losses", marker + "\nsecond line");
  EXPECT_EQ(refused.status, 500);
  EXPECT_NE(refused.body.find("Something went wrong on our side. Your writing is safe."),
            std::string::npos);
  EXPECT_NE(refused.body.find(">\n" + marker + "\nsecond line</textarea>"), std::string::npos)
      << refused.body;
  EXPECT_EQ(refused.body.find("database unavailable"), std::string::npos);  // internals not shown
  EXPECT_EQ(Json("PUT", "/api/v1/attachment-story/losses", {{"text", marker}}).status, 500);
  Response support = Call("GET", "/support");
  EXPECT_EQ(support.status, 200);
  EXPECT_NE(support.body.find("href=\"tel:988\""), std::string::npos);
}

}  // namespace
}  // namespace refuge::web
