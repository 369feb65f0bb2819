// Practices through the application: the JSON API (bad input names the field), the log sealed
// at rest, the pages, start-up refusing a broken practice file, and Support now rendering the
// crisis lines while the database is unavailable.
#include <fstream>
#include <sstream>

#include "tests/unit/web/app_fixture.h"
#include "tests/unit/web/down_store.h"

namespace refuge::web {
namespace {

nlohmann::json Body(const Response& r) { return nlohmann::json::parse(r.body); }

TEST_F(AppTest, PracticesApiListsAndShowsPractices) {
  Response list = Call("GET", "/api/v1/practices");
  ASSERT_EQ(list.status, 200);
  auto practices = Body(list)["practices"];
  EXPECT_GE(practices.size(), 11u);
  Response one = Call("GET", "/api/v1/practices/self-compassion-break");
  ASSERT_EQ(one.status, 200);
  auto p = Body(one);
  EXPECT_EQ(p["component"], "compassion_for_self");
  ASSERT_GE(p["variants"].size(), 3u);
  EXPECT_FALSE(p["variants"][0]["steps"].empty());
  Response missing = Call("GET", "/api/v1/practices/nope");
  EXPECT_EQ(missing.status, 404);
  EXPECT_TRUE(Body(missing).contains("error"));
  EXPECT_EQ(Body(Call("GET", "/api/v1/breathing-patterns"))["patterns"].size(), 5u);
}

TEST_F(AppTest, PracticeSessionsAreLoggedAndBadInputNamesTheField) {
  SignUpAndLogIn("ana");
  nlohmann::json good = {{"practice_id", "rain"}, {"variant", "10"}, {"seconds", 540},
                         {"completed", false}, {"suds_before", 8}, {"suds_after", 5}};
  Response created = Json("POST", "/api/v1/practice-sessions", good);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(Body(created)["seconds"], 540);

  auto bad = [&](const char* field, nlohmann::json value) {
    nlohmann::json b = good;
    b[field] = value;
    Response r = Json("POST", "/api/v1/practice-sessions", b);
    EXPECT_EQ(r.status, 400) << field;
    std::string message = Body(r)["error"];
    EXPECT_NE(message.find(field), std::string::npos) << message;
  };
  bad("suds_before", 11);
  bad("suds_after", -1);
  bad("seconds", -5);
  bad("seconds", "ten");
  bad("practice_id", "nope");
  bad("variant", "7");
  bad("completed", "yes");

  Response list = Call("GET", "/api/v1/practice-sessions");
  ASSERT_EQ(list.status, 200);
  auto sessions = Body(list)["sessions"];
  ASSERT_EQ(sessions.size(), 1u);  // the refused ones were not stored
  EXPECT_EQ(sessions[0]["practice_id"], "rain");
  EXPECT_EQ(sessions[0]["completed"], false);  // stopped early, still logged
  EXPECT_EQ(sessions[0]["suds_before"], 8);

  csrf_ = "";
  EXPECT_EQ(Json("POST", "/api/v1/practice-sessions", good).status, 403);
}

TEST_F(AppTest, ProgressShowsMinutesAndTheSudsChangeWithoutStreaks) {
  SignUpAndLogIn("ana");
  for (int i = 0; i < 2; ++i) {
    ASSERT_EQ(Json("POST", "/api/v1/practice-sessions",
                   {{"practice_id", "soothing-touch"}, {"variant", "3"}, {"seconds", 180},
                    {"completed", true}, {"suds_before", 7}, {"suds_after", 4 - i}})
                  .status,
              201);
  }
  Response page = Call("GET", "/progress");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<svg class=\"chart\""), std::string::npos);
  EXPECT_NE(page.body.find("Soothing touch"), std::string::npos);
  EXPECT_NE(page.body.find("-3.5"), std::string::npos);  // (4-7 + 3-7) / 2
  EXPECT_NE(page.body.find("6 minutes"), std::string::npos);
  EXPECT_EQ(page.body.find("streak"), std::string::npos);
}

TEST_F(AppTest, TheKitIsSealedAtRestAndShownOnSupport) {
  SignUpAndLogIn("ana");
  std::string marker = "KITMARKER" + crypto::random_id();
  std::string form = "csrf_token=" + csrf_ + "&sound=" + marker + "%0Abirdsong&people=";
  Response saved = Call("POST", "/kit", form, {{"content-type", "application/x-www-form-urlencoded"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  Response support = Call("GET", "/support");
  EXPECT_NE(support.body.find(marker), std::string::npos);
  EXPECT_NE(support.body.find("birdsong"), std::string::npos);
  int files = 0;
  EXPECT_EQ(DatabaseFiles(&files).find(marker), std::string::npos);
  EXPECT_GE(files, 1);
}

// Words of crisis in the kit are kept, and Support now follows at once (issue 4, section 6).
TEST_F(AppTest, CrisisWordsInTheKitAreSavedAndSupportNowFollows) {
  SignUpAndLogIn("kai");
  std::string form = "csrf_token=" + csrf_ + "&sound=birdsong%0Asaving+up+my+pills+for+the+end&people=";
  Response r = Call("POST", "/kit", form, {{"content-type", "application/x-www-form-urlencoded"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("href=\"/kit?saved=1\""), std::string::npos);  // the way back
  EXPECT_NE(r.body.find("988"), std::string::npos);                      // crisis lines
  EXPECT_NE(Call("GET", "/kit").body.find("saving up my pills for the end"), std::string::npos);
  auto a = store_->accounts().find_by_username("kai");
  ASSERT_TRUE(a.ok());
  auto events = store_->risk_events().list(a->id);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ(events->front().source, "soothing_kit");
  // An ordinary kit save goes straight back to the kit.
  form = "csrf_token=" + csrf_ + "&sound=birdsong&people=";
  EXPECT_EQ(Call("POST", "/kit", form, {{"content-type", "application/x-www-form-urlencoded"}}).status, 303);
}

TEST_F(AppTest, PracticePagesAndTheFriendly404) {
  EXPECT_EQ(Call("GET", "/practices").status, 200);
  Response player = Call("GET", "/practices/safe-place/play?variant=10-open");
  ASSERT_EQ(player.status, 200);
  EXPECT_NE(player.body.find("Keep your eyes open"), std::string::npos);
  for (const char* path : {"/practices/nope", "/practices/nope/play", "/practices/rain/play?variant=99"}) {
    Response r = Call("GET", path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_NE(r.body.find("href=\"/practices\""), std::string::npos) << path;
  }
  EXPECT_EQ(Call("GET", "/kit").status, 303);  // signed out: log in first
}

// A practice file with a problem stops start-up with file:line.
TEST(AppStartup, ABrokenPracticeFileStopsStartUpWithFileAndLine) {
  crypto::init_sodium();
  namespace fs = std::filesystem;
  char tmpl[] = "/tmp/refuge-content-test-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  fs::copy(std::string(REFUGE_SOURCE_DIR) + "/content", dir + "/content", fs::copy_options::recursive);
  {
    std::ofstream out(dir + "/content/practices/rain.json", std::ios::trunc);
    out << "{\n  \"id\": \"rain\",\n  \"title\": \"RAIN\",\n  \"component\": \"juggling\"\n}\n";
  }
  store::SqliteOptions so;
  so.path = dir + "/refuge.db";
  auto store = store::open_sqlite_store(so);
  ASSERT_TRUE(store.ok());
  AppConfig config;
  config.content_dir = dir + "/content";
  config.web_dir = std::string(REFUGE_SOURCE_DIR) + "/web";
  auto app = App::create(config, **store);
  ASSERT_FALSE(app.ok());
  EXPECT_NE(app.status().message().find("content/practices/rain.json:"), std::string::npos)
      << app.status().message();
  fs::remove_all(dir);
}

TEST(SupportNow, RendersTheCrisisLinesWhileTheDatabaseIsUnavailable) {
  crypto::init_sodium();
  DownStore store;
  AppConfig config;
  config.content_dir = std::string(REFUGE_SOURCE_DIR) + "/content";
  config.web_dir = std::string(REFUGE_SOURCE_DIR) + "/web";
  auto app = App::create(config, store);
  ASSERT_TRUE(app.ok()) << app.status().message();
  for (bool with_cookie : {false, true}) {
    Request r;
    r.method = "GET";
    r.target = r.path = "/support";
    r.request_id = "test";
    if (with_cookie) r.headers.emplace_back("cookie", "refuge_session=" + std::string(43, 'a'));
    Response res = (*app)->handle(r);
    EXPECT_EQ(res.status, 200) << res.body;
    EXPECT_NE(res.body.find("988"), std::string::npos);  // the US line, the default country
    EXPECT_NE(res.body.find("href=\"/breathe?"), std::string::npos);
    EXPECT_EQ(res.body.find("plan-heading"), std::string::npos);  // no plan, and no error either
  }
  Request h;
  h.method = "GET";
  h.target = h.path = "/healthz";
  EXPECT_EQ((*app)->handle(h).status, 503);
}

}  // namespace
}  // namespace refuge::web
