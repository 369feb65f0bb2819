// Assessments through the application: scoring over the API, bad answers named, privacy between
// people, save and resume through the form, FHIR R4 export shape, and the safety path for risk
// answers (PHQ-9 item 9) and severe bands.
#include <set>

#include "tests/unit/web/app_fixture.h"

namespace refuge::web {
namespace {

nlohmann::json Body(const Response& r) { return nlohmann::json::parse(r.body); }

nlohmann::json All(int n, int value) {
  nlohmann::json a = nlohmann::json::object();
  for (int i = 1; i <= n; ++i) a[std::to_string(i)] = value;
  return a;
}

const nlohmann::json* Score(const nlohmann::json& result, const std::string& id) {
  for (const auto& s : result["scores"]) {
    if (s["id"] == id) return &s;
  }
  return nullptr;
}

TEST_F(AppTest, InstrumentsAreServedAsFhirQuestionnaires) {
  auto list = Body(Call("GET", "/api/v1/instruments"))["instruments"];
  std::set<std::string> ids;
  for (const auto& i : list) ids.insert(i["id"]);
  EXPECT_EQ(ids, (std::set<std::string>{"ecr-r", "gad-7", "phq-9", "scs", "scs-sf"}));
  Response q = Call("GET", "/api/v1/instruments/ecr-r");
  ASSERT_EQ(q.status, 200);
  auto j = Body(q);
  EXPECT_EQ(j["resourceType"], "Questionnaire");
  EXPECT_FALSE(j.contains("refuge"));  // the scoring block stays inside Refuge
  EXPECT_EQ(Call("GET", "/api/v1/instruments/nope").status, 404);
}

TEST_F(AppTest, AssessmentsAreScoredAndBadAnswersAreNamed) {
  SignUpAndLogIn("ana");
  // SCS-SF, every answer 3: every subscale mean is 3, and so is the total after reversing.
  Response r = Json("POST", "/api/v1/assessments", {{"instrument", "scs-sf"}, {"answers", All(12, 3)}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto result = Body(r);
  EXPECT_DOUBLE_EQ((*Score(result, "total"))["value"].get<double>(), 3.0);
  EXPECT_DOUBLE_EQ((*Score(result, "self_judgment"))["value"].get<double>(), 3.0);
  EXPECT_FALSE(result["risk"]);

  auto bad = [&](nlohmann::json body, const std::string& expected) {
    Response b = Json("POST", "/api/v1/assessments", body);
    EXPECT_EQ(b.status, 400) << body.dump();
    std::string message = Body(b)["error"];
    EXPECT_NE(message.find(expected), std::string::npos) << message;
  };
  nlohmann::json wrong = All(12, 3);
  wrong["7"] = 6;
  bad({{"instrument", "scs-sf"}, {"answers", wrong}}, "item 7");
  bad({{"instrument", "scs-sf"}, {"answers", {{"13", 1}}}}, "item 13");
  bad({{"instrument", "sf-36"}, {"answers", All(1, 1)}}, "instrument");
  bad({{"instrument", "scs-sf"}}, "answers");
  bad({{"instrument", "scs-sf"}, {"answers", {{"one", 1}}}}, "one");

  std::string id = result["id"];
  EXPECT_EQ(Call("GET", "/api/v1/assessments/" + id).status, 200);
  SignUpAndLogIn("ben");
  EXPECT_EQ(Call("GET", "/api/v1/assessments/" + id).status, 404);
  EXPECT_EQ(Call("GET", "/api/v1/assessments/" + id + "/fhir").status, 404);
  EXPECT_TRUE(Body(Call("GET", "/api/v1/assessments"))["assessments"].empty());
}

TEST_F(AppTest, PhqNineItemNineLeadsToSupportAndARiskEvent) {
  SignUpAndLogIn("ana");
  nlohmann::json answers = All(9, 0);
  answers["9"] = 1;  // "several days"
  Response r = Json("POST", "/api/v1/assessments", {{"instrument", "phq-9"}, {"answers", answers}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto result = Body(r);
  EXPECT_TRUE(result["risk"]);
  ASSERT_TRUE(result.contains("support"));
  EXPECT_EQ(result["support"]["lines"][0]["phone"], "988");
  // The results page shows the crisis lines at once.
  Response page = Call("GET", "/assessments/results/" + result["id"].get<std::string>());
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("risk-support"), std::string::npos);
  EXPECT_NE(page.body.find("tel:988"), std::string::npos);
  // A derived fact is kept for a linked therapist: never the answers themselves.
  std::string owner = Body(Call("GET", "/api/v1/me"))["id"];
  auto events = store_->risk_events().list(owner);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].kind, "risk_item");

  // No risk: item 9 at 0 and a mild total.
  Response calm = Json("POST", "/api/v1/assessments", {{"instrument", "phq-9"}, {"answers", All(9, 0)}});
  EXPECT_FALSE(Body(calm)["risk"]);
  EXPECT_FALSE(Body(calm).contains("support"));
}

TEST_F(AppTest, ASevereGadSevenBandLeadsToSupport) {
  SignUpAndLogIn("ana");
  Response r = Json("POST", "/api/v1/assessments", {{"instrument", "gad-7"}, {"answers", All(7, 3)}});
  ASSERT_EQ(r.status, 201);
  auto result = Body(r);
  EXPECT_EQ((*Score(result, "total"))["value"].get<double>(), 21);
  EXPECT_EQ((*Score(result, "total"))["band"], "severe");
  EXPECT_TRUE(result["risk"]);
}

TEST_F(AppTest, FhirExportHasTheQuestionnaireResponseShape) {
  SignUpAndLogIn("ana");
  Response r = Json("POST", "/api/v1/assessments", {{"instrument", "phq-9"}, {"answers", All(9, 1)}});
  std::string id = Body(r)["id"];
  Response f = Call("GET", "/api/v1/assessments/" + id + "/fhir");
  ASSERT_EQ(f.status, 200);
  EXPECT_NE(f.header("content-type").find("application/fhir+json"), std::string_view::npos);
  auto q = Body(f);
  auto questionnaire = Body(Call("GET", "/api/v1/instruments/phq-9"));
  EXPECT_EQ(q["resourceType"], "QuestionnaireResponse");
  EXPECT_EQ(q["status"], "completed");
  EXPECT_EQ(q["questionnaire"], questionnaire["url"].get<std::string>() + "|" +
                                    questionnaire["version"].get<std::string>());
  ASSERT_TRUE(q["item"].is_array());
  int answered = 0;
  for (const auto& item : q["item"]) {
    ASSERT_TRUE(item.contains("linkId"));
    if (!item.contains("answer")) continue;
    ASSERT_TRUE(item["answer"].is_array());
    EXPECT_TRUE(item["answer"][0].contains("valueCoding") || item["answer"][0].contains("valueInteger"));
    ++answered;
  }
  EXPECT_EQ(answered, 9);
  bool total_with_loinc = false;
  for (const auto& c : q["contained"]) {
    EXPECT_EQ(c["resourceType"], "Observation");
    for (const auto& coding : c["code"]["coding"]) {
      if (coding["system"] == "http://loinc.org" && coding["code"] == "44261-6") {
        total_with_loinc = c.value("valueInteger", -1) == 9;
      }
    }
  }
  EXPECT_TRUE(total_with_loinc) << q["contained"].dump();
}

TEST_F(AppTest, AFormCanBeSavedAndResumedThenFinished) {
  SignUpAndLogIn("ana");
  const std::string form_type = "application/x-www-form-urlencoded";
  std::string partial = "csrf_token=" + csrf_ + "&assessment_id=&action=save&item_1=2&item_2=3";
  Response saved = Call("POST", "/assessments/gad-7", partial, {{"content-type", form_type}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  Response resume = Call("GET", "/assessments/gad-7/take");
  ASSERT_EQ(resume.status, 200);
  EXPECT_NE(resume.body.find("id=\"item-1-2\" name=\"item_1\" value=\"2\" checked"), std::string::npos);
  auto pos = resume.body.find("name=\"assessment_id\" value=\"");
  ASSERT_NE(pos, std::string::npos);
  std::string id = resume.body.substr(pos + 28, 26);
  std::string rest = "csrf_token=" + csrf_ + "&assessment_id=" + id + "&action=finish";
  for (int i = 1; i <= 7; ++i) rest += "&item_" + std::to_string(i) + "=1";
  Response done = Call("POST", "/assessments/gad-7", rest, {{"content-type", form_type}});
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.header("location"), "/assessments/results/" + id);
  auto list = Body(Call("GET", "/api/v1/assessments?instrument=gad-7"))["assessments"];
  ASSERT_EQ(list.size(), 1u);  // resumed, not a second record
  EXPECT_EQ((*Score(list[0], "total"))["value"].get<double>(), 7);
  // A bad answer keeps the others and names the item.
  std::string bad = "csrf_token=" + csrf_ + "&assessment_id=&action=finish&item_1=2&item_2=9";
  Response refused = Call("POST", "/assessments/gad-7", bad, {{"content-type", form_type}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("item 2"), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"2\" checked"), std::string::npos);
}

TEST_F(AppTest, HistoryShowsTheReliableChangeIndexAndTalkingTherapiesReadings) {
  SignUpAndLogIn("ana");
  ASSERT_EQ(Json("POST", "/api/v1/assessments", {{"instrument", "gad-7"}, {"answers", All(7, 2)}}).status, 201);
  now_ += 20 * 60;  // a second administration later in the session
  ASSERT_EQ(Json("POST", "/api/v1/assessments", {{"instrument", "gad-7"}, {"answers", All(7, 0)}}).status, 201);
  Response page = Call("GET", "/assessments/gad-7/history");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Reliable improvement"), std::string::npos);  // 14 -> 0
  EXPECT_NE(page.body.find("NHS Talking Therapies"), std::string::npos);
  EXPECT_NE(page.body.find("recovered"), std::string::npos);  // 14 >= 8, then 0
  EXPECT_NE(page.body.find("<svg class=\"chart\""), std::string::npos);
}

}  // namespace
}  // namespace refuge::web
