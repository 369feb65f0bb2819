// The application driven in-process (no sockets): real SQLite store in a temp dir, real content,
// a fake clock so session expiry and throttling are tested without waiting.
#include "web/app.h"

#include "core/journal/journal_entry.h"
#include "tests/unit/web/app_fixture.h"
#include "web/auth/sessions.h"
#include "web/http/cookies.h"
#include "web/http/server_responses.h"

namespace refuge::web {
namespace {

TEST_F(AppTest, EveryResponseCarriesTheSecurityHeaders) {
  for (const char* path : {"/", "/support", "/nowhere", "/api/v1/nowhere", "/healthz"}) {
    Response r = Call("GET", path);
    EXPECT_NE(r.header("content-security-policy").find("frame-ancestors 'none'"),
              std::string_view::npos)
        << path;
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff") << path;
    EXPECT_EQ(r.header("referrer-policy"), "no-referrer") << path;
    EXPECT_FALSE(r.header("permissions-policy").empty()) << path;
  }
}

TEST_F(AppTest, UnknownPathsAre404AndWrongMethodsAre405WithAllow) {
  EXPECT_EQ(Call("GET", "/nowhere").status, 404);
  Response api = Call("GET", "/api/v1/nowhere");
  EXPECT_EQ(api.status, 404);
  EXPECT_TRUE(nlohmann::json::parse(api.body).contains("error"));
  Response wrong = Call("DELETE", "/healthz");
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(wrong.header("allow"), "GET, HEAD");
}

TEST_F(AppTest, JournalRoundTripAndNoOneElseCanReadIt) {
  SignUpAndLogIn("ana");
  Response created = Json("POST", "/api/v1/journal",
                          {{"text", "It was a hard day."}, {"mood", 4}, {"tags", {"work"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  std::string id = nlohmann::json::parse(created.body)["id"];
  Response got = Call("GET", "/api/v1/journal/" + id);
  ASSERT_EQ(got.status, 200);
  auto entry = nlohmann::json::parse(got.body);
  EXPECT_EQ(entry["text"], "It was a hard day.");
  EXPECT_EQ(entry["mood"], 4);

  SignUpAndLogIn("ben");
  EXPECT_EQ(Call("GET", "/api/v1/journal/" + id).status, 404);
  EXPECT_EQ(Json("PUT", "/api/v1/journal/" + id, {{"text", "mine now"}}).status, 404);
  EXPECT_EQ(Call("DELETE", "/api/v1/journal/" + id).status, 404);
}

TEST_F(AppTest, TheJournalListShowsEachSummaryAndEntriesWrittenBeforeSummariesExisted) {
  SignUpAndLogIn("ana");
  std::string long_text;
  for (int i = 0; i < 30; ++i) long_text += "a gentle sentence " + std::to_string(i) + ". ";
  const std::string shown = journal::excerpt(long_text, journal::kExcerptCodePoints);
  ASSERT_LT(shown.size(), long_text.size());
  std::vector<std::string> ids;
  for (const std::string text : {"first &amp; short", long_text.c_str()}) {
    Response r = Json("POST", "/api/v1/journal", {{"text", text}, {"mood", 7}, {"tags", {"rest"}}});
    ASSERT_EQ(r.status, 201) << r.body;
    ids.push_back(nlohmann::json::parse(r.body)["id"]);
  }
  std::string account_id = nlohmann::json::parse(Call("GET", "/api/v1/me").body)["id"];
  auto stored = store_->journal().get(account_id, ids[1]);
  ASSERT_TRUE(stored.ok());
  EXPECT_FALSE(stored->sealed_summary.empty());
  const std::string page = Call("GET", "/journal").body;
  EXPECT_NE(page.find(shown), std::string::npos);
  EXPECT_EQ(page.find(long_text), std::string::npos) << "the list shows an excerpt only";
  EXPECT_NE(page.find("first &amp;amp; short"), std::string::npos);

  // As an entry from before schema 4: no summary; the list opens the whole entry instead.
  store::JournalRecord old = stored.value();
  old.sealed_summary.clear();
  ASSERT_TRUE(store_->journal().update(old).ok());
  EXPECT_EQ(Call("GET", "/journal").body, page);

  // A summary moved to another entry does not open (it is sealed for its own record).
  auto other = store_->journal().get(account_id, ids[0]);
  ASSERT_TRUE(other.ok());
  old.sealed_summary = other->sealed_summary;
  ASSERT_TRUE(store_->journal().update(old).ok());
  EXPECT_EQ(Call("GET", "/journal").status, 500);
}

TEST_F(AppTest, StateChangingApiCallsNeedTheCsrfToken) {
  SignUpAndLogIn("ana");
  std::string good = csrf_;
  csrf_ = "";
  EXPECT_EQ(Json("POST", "/api/v1/journal", {{"text", "x"}}).status, 403);
  csrf_ = "wrong";
  EXPECT_EQ(Json("POST", "/api/v1/journal", {{"text", "x"}}).status, 403);
  csrf_ = good;
  EXPECT_EQ(Json("POST", "/api/v1/journal", {{"text", "x"}}).status, 201);
}

TEST_F(AppTest, SessionsExpireWhenIdleAndAtTheAbsoluteLimit) {
  SignUpAndLogIn("ana");
  now_ += 29 * 60;
  EXPECT_EQ(Call("GET", "/api/v1/me").status, 200);  // activity slides the idle window
  now_ += 29 * 60;
  EXPECT_EQ(Call("GET", "/api/v1/me").status, 200);
  now_ += 31 * 60;
  EXPECT_EQ(Call("GET", "/api/v1/me").status, 401);

  SignUpAndLogIn("ben");
  for (int i = 0; i < 12 * 4; ++i) {  // active every 15 minutes for 12 hours
    now_ += 15 * 60;
    if (i < 12 * 4 - 1) {
      ASSERT_EQ(Call("GET", "/api/v1/me").status, 200) << i;
    }
  }
  EXPECT_EQ(Call("GET", "/api/v1/me").status, 401);
}

TEST_F(AppTest, LogInIsThrottledAfterFiveFailuresWithoutRevealingTheUsername) {
  ASSERT_EQ(Json("POST", "/api/v1/signup", {{"username", "ana"}, {"password", kPassword}}).status,
            201);
  Response unknown =
      Json("POST", "/api/v1/login", {{"username", "nobody"}, {"password", "wrong password"}});
  Response known = Json("POST", "/api/v1/login", {{"username", "ana"}, {"password", "wrong pass"}});
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(known.status, unknown.status);
  EXPECT_EQ(known.body, unknown.body);
  // Failures come from different addresses, so only the per-account limit applies.
  for (int i = 0; i < 4; ++i) {
    address_ = "10.0.0." + std::to_string(i);
    EXPECT_EQ(Json("POST", "/api/v1/login", {{"username", "ana"}, {"password", "nope nope"}}).status,
              401);
  }
  address_ = "10.0.1.1";
  // Five failures for the account: even the right password must wait.
  Response blocked = Json("POST", "/api/v1/login", {{"username", "ana"}, {"password", kPassword}});
  EXPECT_EQ(blocked.status, 429);
  EXPECT_NE(nlohmann::json::parse(blocked.body)["error"].get<std::string>().find("15 minutes"),
            std::string::npos);
  now_ += 16 * 60;
  EXPECT_EQ(Json("POST", "/api/v1/login", {{"username", "ana"}, {"password", kPassword}}).status,
            200);
}

TEST_F(AppTest, OneAddressIsThrottledAfterFiveFailuresAcrossAccounts) {
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(Json("POST", "/api/v1/login",
                   {{"username", "user" + std::to_string(i)}, {"password", "nope nope"}})
                  .status,
              401);
  }
  EXPECT_EQ(Json("POST", "/api/v1/login", {{"username", "other"}, {"password", "nope nope"}}).status,
            429);
  address_ = "192.0.2.7";
  EXPECT_EQ(Json("POST", "/api/v1/login", {{"username", "other"}, {"password", "nope nope"}}).status,
            401);
}

TEST_F(AppTest, FormPostsWithoutTheTokenAreRefused) {
  SignUpAndLogIn("ana");
  csrf_ = "";
  Response r = Call("POST", "/journal", "text=hello",
                    {{"content-type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(r.status, 403);
}

TEST_F(AppTest, AFormSentAfterTheSessionEndedShowsTheWordsBack) {
  Response r = Call("POST", "/journal", "csrf_token=x&text=I+wrote+this+for+a+long+time",
                    {{"content-type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(r.status, 401);
  EXPECT_NE(r.body.find("I wrote this for a long time"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/login\""), std::string::npos);
}

TEST(DeviceLabel, NamesBrowserAndSystemWithoutKeepingTheUserAgent) {
  EXPECT_EQ(device_label("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"),
            "Firefox on Linux");
  EXPECT_EQ(device_label("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) "
                         "AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1"),
            "Safari on iOS");
  EXPECT_EQ(device_label("curl/8.0"), "curl");
  EXPECT_EQ(device_label(""), "A browser");
}

TEST_F(AppTest, ApiSignupNeedsJsonContentType) {
  Response r = Call("POST", "/api/v1/signup", R"({"username":"ana","password":"x"})",
                    {{"content-type", "text/plain"}});
  EXPECT_EQ(r.status, 415);
}

TEST_F(AppTest, BadJsonAndMissingFieldsAreNamed) {
  Response bad = Call("POST", "/api/v1/signup", "{\"username\": ", {{"content-type", "application/json"}});
  EXPECT_EQ(bad.status, 400);
  Response missing = Json("POST", "/api/v1/signup", {{"username", "ana"}});
  EXPECT_EQ(missing.status, 400);
  EXPECT_NE(missing.body.find("password"), std::string::npos) << missing.body;
}

// The server answers a few requests itself (unreadable, too large, a handler that threw). A page
// then still looks like Refuge and keeps Support now one tap away; an API client gets its JSON.
TEST_F(AppTest, ServerMadeErrorsAreCalmPagesWithSupportNowAndJsonForTheApi) {
  for (int status : {400, 413, 431, 500}) {
    Request page;
    page.method = "POST";
    page.path = "/journal";
    Response r = detail::make_server_response(status, page.is_api(), 1024 * 1024);
    app_->decorate(page, r);
    EXPECT_EQ(r.status, status);
    EXPECT_NE(r.header("content-type").find("text/html"), std::string_view::npos) << status;
    EXPECT_NE(r.body.find("class=\"support-link\" href=\"/support\""), std::string::npos) << status;
    EXPECT_NE(r.body.find("<a href=\"/\">"), std::string::npos) << "a way home, " << status;
    EXPECT_NE(r.header("content-security-policy").find("default-src 'self'"), std::string_view::npos);
    std::string expected = status == 413   ? "larger than Refuge can take at once"
                           : status == 500 ? "Something went wrong on our side"
                                           : "read that request";
    EXPECT_NE(r.body.find(expected), std::string::npos) << status << r.body;

    Request api;
    api.method = "POST";
    api.path = "/api/v1/journal";
    Response j = detail::make_server_response(status, api.is_api(), 1024 * 1024);
    std::string before = j.body;
    app_->decorate(api, j);
    EXPECT_EQ(j.body, before) << "an API answer stays JSON, " << status;
    EXPECT_NE(j.header("content-security-policy").find("default-src 'self'"), std::string_view::npos);
  }
  Request unreadable;  // nothing could be read of it at all
  Response r = detail::make_server_response(400, false, 1024);
  app_->decorate(unreadable, r);
  EXPECT_NE(r.body.find("href=\"/support\""), std::string::npos);
}

}  // namespace
}  // namespace refuge::web
