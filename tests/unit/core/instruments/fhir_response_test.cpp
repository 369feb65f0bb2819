// The FHIR R4 QuestionnaireResponse shape: resourceType, status, questionnaire canonical,
// item/answer structure, and the scores as contained Observations.
#include "core/instruments/fhir_response.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "instrument_fixtures.h"

namespace refuge::instruments {
namespace {

using nlohmann::json;
using testing::answers_from;
using testing::instrument;

const ResponseContext kContext{"a1b2c3", "2026-11-24T09:30:00Z", "Patient/p-42"};

json response_for(const char* id, const Answers& answers) {
  auto score = score_answers(instrument(id), answers);
  EXPECT_TRUE(score.ok());
  auto r = questionnaire_response(instrument(id), answers, *score, kContext);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? *r : json();
}

const json* contained(const json& r, const std::string& id) {
  for (const auto& c : r["contained"]) {
    if (c["id"] == id) return &c;
  }
  return nullptr;
}

TEST(FhirResponse, TopLevelShape) {
  json r = response_for("scs-sf", answers_from({1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2}));
  EXPECT_EQ(r["resourceType"], "QuestionnaireResponse");
  EXPECT_EQ(r["id"], "a1b2c3");
  EXPECT_EQ(r["status"], "completed");
  EXPECT_EQ(r["questionnaire"], "https://refuge.invalid/fhir/Questionnaire/scs-sf|1.0.0");
  EXPECT_EQ(r["questionnaire"], questionnaire_canonical(instrument("scs-sf")));
  EXPECT_EQ(r["authored"], "2026-11-24T09:30:00Z");
  EXPECT_EQ(r["subject"]["reference"], "Patient/p-42");
  EXPECT_FALSE(r.contains("refuge"));
}

TEST(FhirResponse, ItemsCarryTheAnswerCodings) {
  json r = response_for("scs-sf", answers_from({1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2}));
  ASSERT_EQ(r["item"].size(), 12u);
  for (std::size_t i = 0; i < 12; ++i) {
    const json& item = r["item"][i];
    EXPECT_EQ(item["linkId"], std::to_string(i + 1));
    EXPECT_EQ(item["text"], instrument("scs-sf").item(static_cast<int>(i) + 1)->text);
    ASSERT_EQ(item["answer"].size(), 1u);
    const json& coding = item["answer"][0]["valueCoding"];
    EXPECT_EQ(coding["code"], std::to_string(1 + i % 5));
    EXPECT_EQ(coding["system"], "https://refuge.invalid/fhir/CodeSystem/frequency-1-5");
    EXPECT_TRUE(coding["display"].is_string());
  }
  EXPECT_EQ(r["item"][0]["answer"][0]["valueCoding"]["display"], "Almost never");
}

TEST(FhirResponse, ScoresAreContainedObservationsWithAPanel) {
  json r = response_for("scs-sf", answers_from({1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2}));
  ASSERT_EQ(r["contained"].size(), 8u);  // seven scales and the panel
  const std::regex fhir_id("[A-Za-z0-9\\-\\.]{1,64}");
  std::set<std::string> ids;
  for (const json& obs : r["contained"]) {
    EXPECT_EQ(obs["resourceType"], "Observation");
    EXPECT_EQ(obs["status"], "final");
    EXPECT_TRUE(std::regex_match(obs["id"].get<std::string>(), fhir_id)) << obs["id"];
    EXPECT_TRUE(ids.insert(obs["id"].get<std::string>()).second);
    EXPECT_EQ(obs["category"][0]["coding"][0]["code"], "survey");
    EXPECT_EQ(obs["effectiveDateTime"], "2026-11-24T09:30:00Z");
    EXPECT_EQ(obs["subject"]["reference"], "Patient/p-42");
    EXPECT_EQ(obs["derivedFrom"][0]["reference"], "#");
    EXPECT_FALSE(obs["code"]["coding"].empty());
  }
  const json* total = contained(r, "score-total");
  ASSERT_NE(total, nullptr);
  EXPECT_DOUBLE_EQ((*total)["valueQuantity"]["value"].get<double>(), 3.25);
  EXPECT_EQ((*total)["valueQuantity"]["system"], "http://unitsofmeasure.org");
  EXPECT_EQ((*total)["interpretation"][0]["text"], "Moderate");
  ASSERT_NE(contained(r, "score-self-kindness"), nullptr);
  const json* panel = contained(r, "panel");
  ASSERT_NE(panel, nullptr);
  ASSERT_EQ((*panel)["hasMember"].size(), 7u);
  for (const json& m : (*panel)["hasMember"]) {
    std::string ref = m["reference"];
    ASSERT_EQ(ref[0], '#');
    EXPECT_NE(contained(r, ref.substr(1)), nullptr) << ref;
  }
}

TEST(FhirResponse, Phq9UsesItsLoincCodes) {
  json r = response_for("phq-9", answers_from({0, 1, 2, 3, 0, 1, 2, 3, 1}));
  const json* total = contained(r, "score-total");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ((*total)["code"]["coding"][0]["system"], "http://loinc.org");
  EXPECT_EQ((*total)["code"]["coding"][0]["code"], "44261-6");
  EXPECT_EQ((*total)["valueInteger"], 13);
  const json* panel = contained(r, "panel");
  EXPECT_EQ((*panel)["code"]["coding"][0]["code"], "44249-1");
  EXPECT_EQ(r["status"], "completed");  // item 10 is optional
}

TEST(FhirResponse, MissingAnswersShowAsInProgressProratedOrAbsent) {
  Answers a = answers_from({0, 1, 2, 3, 0, 1, 2, 3, 1});
  a.erase(5);
  json r = response_for("phq-9", a);
  EXPECT_EQ(r["status"], "in-progress");
  EXPECT_EQ(r["item"].size(), 8u);
  const json* total = contained(r, "score-total");
  EXPECT_DOUBLE_EQ((*total)["valueQuantity"]["value"].get<double>(), 14.625);
  EXPECT_NE((*total)["note"][0]["text"].get<std::string>().find("Prorated from 8 of 9"),
            std::string::npos);

  json few = response_for("gad-7", {{1, 2}});
  const json* absent = contained(few, "score-total");
  EXPECT_FALSE(absent->contains("valueQuantity"));
  EXPECT_FALSE(absent->contains("valueInteger"));
  EXPECT_EQ((*absent)["dataAbsentReason"]["coding"][0]["code"], "unknown");
}

TEST(FhirResponse, RefusesWrongInputs) {
  Answers a = answers_from({1, 1, 1, 1, 1, 1, 1});
  auto score = score_answers(instrument("gad-7"), a);
  EXPECT_FALSE(questionnaire_response(instrument("gad-7"), a, *score, {"x", "", ""}).ok());
  EXPECT_FALSE(questionnaire_response(instrument("phq-9"), a, *score, kContext).ok());
  Answers bad = a;
  bad[3] = 9;
  auto r = questionnaire_response(instrument("gad-7"), bad, *score, kContext);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("item 3"), std::string::npos);
}

TEST(FhirResponse, TheServedQuestionnaireIsTheFileWithoutRefuge) {
  const json& q = questionnaire_resource(instrument("phq-9"));
  EXPECT_EQ(q["resourceType"], "Questionnaire");
  EXPECT_EQ(q["url"], "https://refuge.invalid/fhir/Questionnaire/phq-9");
  EXPECT_FALSE(q.contains("refuge"));
  EXPECT_EQ(q["code"][0]["code"], "44249-1");
}

}  // namespace
}  // namespace refuge::instruments
