// The safety plan through the whole app: the form and the API round trip, limits and bad fields
// (clear message, typed text kept, nothing stored), one person cannot see another's plan, the
// plan leads Support now and the crisis interruption, it is sealed at rest, exported, deleted with
// the account, never interrupted for crisis language, and a failing plan store leaves Support up.
#include <fstream>
#include <sstream>

#include "tests/unit/web/app_fixture.h"
#include "tests/unit/web/down_store.h"
#include "web/handlers/render.h"

namespace refuge::web {
namespace {


nlohmann::json Body(const Response& r) { return nlohmann::json::parse(r.body); }

class SafetyPlanTest : public AppTest {
 protected:
};

TEST_F(SafetyPlanTest, TheFormSavesEachSectionInOrderAndTheApiReadsItBack) {
  SignUpAndLogIn("ana");
  Response empty = Call("GET", "/safety-plan");
  ASSERT_EQ(empty.status, 200);
  EXPECT_NE(empty.body.find("Only you can read it"), std::string::npos) << "explains privacy";
  EXPECT_NE(empty.body.find("name=\"csrf_token\""), std::string::npos);
  EXPECT_EQ(empty.body.find("plan-now-heading"), std::string::npos);  // nothing to show yet

  Response saved = Post("/safety-plan",
                        "warning_signs=" + UrlEncode("  I stop eating \r\n\r\nI can't sleep") +
                            "&internal_coping=" + UrlEncode("walk by the river") +
                            "&people_to_ask=" + UrlEncode("Sam — 07700 900123") +
                            "&reasons_for_living=" + UrlEncode("my dog Pip"));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.header("location"), "/safety-plan?saved=1");

  Response page = Call("GET", "/safety-plan?saved=1");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Your safety plan is saved."), std::string::npos);
  // Shown in the plan and kept in the form, in the order of the plan.
  auto first = page.body.find("I stop eating");
  auto coping = page.body.find("walk by the river");
  auto reasons = page.body.find("my dog Pip");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(coping, std::string::npos);
  EXPECT_LT(first, coping);
  EXPECT_LT(coping, reasons);
  EXPECT_NE(page.body.find(">I stop eating\nI can&apos;t sleep\n</textarea>"), std::string::npos)
      << "one item per line in the form, blank line dropped";

  Response api = Call("GET", "/api/v1/safety-plan");
  ASSERT_EQ(api.status, 200);
  auto j = Body(api);
  EXPECT_EQ(j["warning_signs"], nlohmann::json({"I stop eating", "I can't sleep"}));
  EXPECT_EQ(j["people_to_ask"], nlohmann::json({"Sam — 07700 900123"}));
  EXPECT_EQ(j["professionals"], nlohmann::json::array());
  EXPECT_EQ(j["updated_at"], iso_time(now_));
}

TEST_F(SafetyPlanTest, ThePutReplacesThePlanAndGetReturnsIt) {
  SignUpAndLogIn("ana");
  auto before = Body(Call("GET", "/api/v1/safety-plan"));
  EXPECT_TRUE(before["updated_at"].is_null());
  EXPECT_EQ(before["warning_signs"], nlohmann::json::array());
  nlohmann::json plan = {{"warning_signs", {"racing thoughts"}},
                         {"professionals", {"Dr Rao 020 7946 0000", "  ", "988"}},
                         {"safe_environment", nullptr}};
  Response put = Json("PUT", "/api/v1/safety-plan", plan);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(Body(put)["professionals"], nlohmann::json({"Dr Rao 020 7946 0000", "988"}));
  now_ += 60;
  ASSERT_EQ(Json("PUT", "/api/v1/safety-plan", {{"internal_coping", {"tea"}}}).status, 200);
  auto after = Body(Call("GET", "/api/v1/safety-plan"));
  EXPECT_EQ(after["warning_signs"], nlohmann::json::array());  // PUT replaces the whole plan
  EXPECT_EQ(after["internal_coping"], nlohmann::json({"tea"}));
  EXPECT_EQ(after["updated_at"], iso_time(now_));
}

TEST_F(SafetyPlanTest, LimitsAndBadFieldsGiveAClearMessageAndKeepTheText) {
  SignUpAndLogIn("ana");
  ASSERT_EQ(Json("PUT", "/api/v1/safety-plan", {{"warning_signs", {"kept before"}}}).status, 200);

  auto bad = [&](const nlohmann::json& body, const std::string& field) {
    Response r = Json("PUT", "/api/v1/safety-plan", body);
    EXPECT_EQ(r.status, 400) << body.dump();
    std::string message = Body(r)["error"];
    EXPECT_NE(message.find(field), std::string::npos) << message;
  };
  nlohmann::json many = nlohmann::json::array();
  for (int i = 0; i < 21; ++i) many.push_back("friend " + std::to_string(i));
  bad({{"people_to_ask", many}}, "people_to_ask");
  bad({{"professionals", {std::string(501, 'a')}}}, "professionals");
  bad({{"internal_coping", "walk"}}, "internal_coping");
  bad({{"internal_coping", {"walk", 3}}}, "internal_coping");
  bad({{"warning_sings", {"typo"}}}, "warning_sings");
  many.erase(many.end() - 1);
  EXPECT_EQ(Json("PUT", "/api/v1/safety-plan", {{"people_to_ask", many}}).status, 200);
  ASSERT_EQ(Json("PUT", "/api/v1/safety-plan", {{"warning_signs", {"kept before"}}}).status, 200);

  // The form: the typed words come back in their boxes, the section is named and marked.
  std::string marker = "TYPEDMARKER" + crypto::random_id();
  std::string lines;
  for (int i = 0; i < 21; ++i) lines += "idea " + std::to_string(i) + "\n";
  Response refused = Post("/safety-plan", "warning_signs=" + marker +
                                              "&internal_coping=" + UrlEncode(lines));
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_NE(refused.body.find("role=\"alert\""), std::string::npos);
  EXPECT_NE(refused.body.find("Things I can do on my own: this part of your plan can hold up to 20"),
            std::string::npos);
  EXPECT_NE(refused.body.find(">" + marker + "\n</textarea>"), std::string::npos);
  EXPECT_NE(refused.body.find("idea 20\n</textarea>"), std::string::npos);
  EXPECT_NE(refused.body.find("id=\"plan-internal_coping\" name=\"internal_coping\" rows=\"4\" "
                              "aria-describedby=\"plan-internal_coping-hint plan-hint form-error\" "
                              "aria-invalid=\"true\""),
            std::string::npos);
  Response unreadable = Post("/safety-plan", "reasons_for_living=caf%C3");
  EXPECT_EQ(unreadable.status, 400);
  // (refused by the form decoder before the plan sees it; core's own check is tested in core)
  EXPECT_NE(unreadable.body.find("reasons_for_living"), std::string::npos);
  Response too_long = Post("/safety-plan", "professionals=" + std::string(501, 'b'));
  EXPECT_EQ(too_long.status, 400);
  EXPECT_NE(too_long.body.find("Professionals and services I can contact: one line is longer"),
            std::string::npos);
  // Nothing refused was stored.
  EXPECT_EQ(Body(Call("GET", "/api/v1/safety-plan"))["warning_signs"],
            nlohmann::json({"kept before"}));
}

TEST_F(SafetyPlanTest, FormsAndTheApiNeedTheirCsrfTokenAndJson) {
  SignUpAndLogIn("ana");
  EXPECT_EQ(Call("POST", "/safety-plan", "warning_signs=x", {{"content-type", kForm}}).status, 403);
  EXPECT_EQ(Call("PUT", "/api/v1/safety-plan", "warning_signs=x", {{"content-type", kForm}}).status,
            415);
  std::string token = csrf_;
  csrf_.clear();
  EXPECT_EQ(Json("PUT", "/api/v1/safety-plan", {{"warning_signs", {"x"}}}).status, 403);
  csrf_ = token;
  EXPECT_EQ(Body(Call("GET", "/api/v1/safety-plan"))["warning_signs"], nlohmann::json::array());
  cookie_.clear();
  EXPECT_EQ(Call("GET", "/safety-plan").status, 303);  // signed out: log in first
  EXPECT_EQ(Call("GET", "/api/v1/safety-plan").status, 401);
}

TEST_F(SafetyPlanTest, AnotherPersonSeesOnlyTheirOwnEmptyPlan) {
  SignUpAndLogIn("ana");
  std::string marker = "ANAPLAN" + crypto::random_id();
  ASSERT_EQ(Json("PUT", "/api/v1/safety-plan", {{"warning_signs", {marker}}}).status, 200);
  SwitchTo("bob");
  auto bobs = Body(Call("GET", "/api/v1/safety-plan"));
  EXPECT_EQ(bobs["warning_signs"], nlohmann::json::array());
  EXPECT_TRUE(bobs["updated_at"].is_null());
  EXPECT_EQ(Call("GET", "/safety-plan").body.find(marker), std::string::npos);
  Response support = Call("GET", "/support");
  EXPECT_EQ(support.body.find(marker), std::string::npos);
  EXPECT_NE(support.body.find("href=\"/safety-plan\""), std::string::npos);  // make your own
  EXPECT_EQ(Body(Call("GET", "/api/v1/account/export")).dump().find(marker), std::string::npos);
}

TEST_F(SafetyPlanTest, ThePlanComesFirstOnSupportAndOnTheCrisisInterruption) {
  SignUpAndLogIn("ana");
  Response none = Call("GET", "/support");
  ASSERT_EQ(none.status, 200);
  EXPECT_NE(none.body.find("Make my safety plan"), std::string::npos);
  EXPECT_EQ(none.body.find("coming to Refuge"), std::string::npos);  // the placeholder is gone
  EXPECT_NE(Call("GET", "/").body.find("href=\"/safety-plan\""), std::string::npos);

  std::string marker = "SUPPORTPLAN" + crypto::random_id();
  ASSERT_EQ(Json("PUT", "/api/v1/safety-plan",
                 {{"warning_signs", {marker}}, {"people_to_ask", {"Sam 07700 900123"}}})
                .status,
            200);
  for (const std::string& body :
       {Call("GET", "/support").body, Post("/journal", "text=I+want+to+die+tonight").body}) {
    auto plan = body.find(marker);
    // The number in a contact line is one tap away.
    auto sam = body.find("Sam <a class=\"phone\" href=\"tel:07700900123\">07700 900123</a>");
    auto lines = body.find("href=\"tel:988\"");
    ASSERT_NE(plan, std::string::npos);
    ASSERT_NE(lines, std::string::npos) << "the crisis lines are still there";
    EXPECT_LT(plan, sam);
    EXPECT_LT(sam, lines);
    EXPECT_LT(body.find("In an emergency, call"), plan) << "the emergency number stays first";
    EXPECT_NE(body.find("Change my safety plan"), std::string::npos);
    EXPECT_EQ(body.find("Make my safety plan"), std::string::npos);
  }
  // Signed out, Support has the crisis lines and no plan.
  cookie_.clear();
  Response out = Call("GET", "/support");
  EXPECT_EQ(out.status, 200);
  EXPECT_EQ(out.body.find(marker), std::string::npos);
  EXPECT_NE(out.body.find("href=\"tel:988\""), std::string::npos);
}

TEST_F(SafetyPlanTest, CrisisWordsInThePlanAreSavedWithoutAnInterruption) {
  SignUpAndLogIn("ana");
  Response saved = Post("/safety-plan", "warning_signs=" + UrlEncode("I want to die tonight"));
  EXPECT_EQ(saved.status, 303) << "saved and back to the plan, not the interruption";
  Response api = Json("PUT", "/api/v1/safety-plan", {{"warning_signs", {"I want to kill myself"}}});
  ASSERT_EQ(api.status, 200);
  EXPECT_FALSE(Body(api).contains("crisis"));
  auto events = store_->risk_events().list(AccountId("ana"));
  ASSERT_TRUE(events.ok());
  EXPECT_TRUE(events->empty());
}

TEST_F(SafetyPlanTest, ThePlanIsSealedAtRestExportedAndDeletedWithTheAccount) {
  SignUpAndLogIn("ana");
  std::string marker = "PLANMARKER" + crypto::random_id();
  ASSERT_EQ(Post("/safety-plan", "reasons_for_living=" + marker).status, 303);
  auto exported = Body(Call("GET", "/api/v1/account/export"));
  EXPECT_EQ(exported["safety_plan"]["reasons_for_living"], nlohmann::json({marker}));
  EXPECT_EQ(exported["safety_plan"]["updated_at"], iso_time(now_));

  std::string id = AccountId("ana");
  ASSERT_TRUE(store_->person_documents(store::PersonDocumentKind::kSafetyPlan).get(id).ok());
  ASSERT_EQ(Json("DELETE", "/api/v1/account", {{"password", kPassword}}).status, 204);
  auto gone = store_->person_documents(store::PersonDocumentKind::kSafetyPlan).get(id);
  EXPECT_TRUE(gone.status().Is(Status::Code::kNotFound)) << gone.status().message();
}

TEST_F(SafetyPlanTest, TheWordsAreNotInTheDatabaseFilesInTheClear) {
  SignUpAndLogIn("ana");
  std::string marker = "SEALEDMARKER" + crypto::random_id();
  ASSERT_EQ(Post("/safety-plan", "warning_signs=" + marker + "&safe_environment=" + marker).status,
            303);
  ASSERT_NE(Call("GET", "/safety-plan").body.find(marker), std::string::npos);
  int files = 0;
  EXPECT_EQ(DatabaseFiles(&files).find(marker), std::string::npos);
  EXPECT_GE(files, 1);
}

TEST_F(SafetyPlanTest, WhenThePlanCannotBeReadSupportStillShowsTheLinesAndTheFormKeepsTheText) {
  SignUpAndLogIn("ana");
  PersonDocumentDownStore flaky(*store_, store::PersonDocumentKind::kSafetyPlan);
  UseStore(flaky);
  Response support = Call("GET", "/support");
  EXPECT_EQ(support.status, 200);
  EXPECT_NE(support.body.find("href=\"tel:988\""), std::string::npos);
  EXPECT_EQ(support.body.find("plan-heading"), std::string::npos);  // left out, not an error
  EXPECT_EQ(Call("GET", "/safety-plan").status, 500);
  std::string marker = "KEEPME" + crypto::random_id();
  Response refused = Post("/safety-plan", "warning_signs=" + marker);
  EXPECT_EQ(refused.status, 500);
  EXPECT_NE(refused.body.find(">" + marker + "\n</textarea>"), std::string::npos);
  EXPECT_EQ(refused.body.find("database unavailable"), std::string::npos);  // internals not shown
  EXPECT_EQ(Json("PUT", "/api/v1/safety-plan", {{"warning_signs", {marker}}}).status, 500);
}

}  // namespace
}  // namespace refuge::web
