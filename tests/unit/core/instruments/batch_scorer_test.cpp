#include "core/instruments/batch_scorer.h"

#include <gtest/gtest.h>

#include "instrument_fixtures.h"

namespace refuge::instruments {
namespace {

using testing::instrument;

const char* kScsSfHeader = "respondent_id,1,2,3,4,5,6,7,8,9,10,11,12";

BatchScorer csv_scorer(const char* id, const char* header) {
  auto b = BatchScorer::from_header(instrument(id), header, BatchFormat::kCsv);
  EXPECT_TRUE(b.ok()) << b.status().message();
  return std::move(b).value();
}

TEST(BatchScorer, CsvHeaderAndRowsWithFourDecimals) {
  BatchScorer b = csv_scorer("scs-sf", kScsSfHeader);
  EXPECT_EQ(b.begin(),
            "respondent_id,self_kindness,self_judgment,common_humanity,isolation,mindfulness,"
            "over_identification,total\n");
  std::string out;
  // The golden SCS-SF case (see scoring_golden_test.cpp): total 39/12 = 3.25.
  ASSERT_TRUE(b.score_line("r1,1,2,3,4,5,1,2,3,4,5,1,2", &out).ok());
  EXPECT_EQ(out, "r1,1.5000,1.5000,5.0000,3.5000,2.5000,2.5000,3.2500\n");
  EXPECT_EQ(b.rows_written(), 1);
  EXPECT_EQ(b.end(), "");
}

TEST(BatchScorer, ColumnsMayComeInAnyOrder) {
  BatchScorer b = csv_scorer("gad-7", "respondent_id,7,6,5,4,3,2,1");
  std::string out;
  ASSERT_TRUE(b.score_line("x,0,0,3,3,3,3,3", &out).ok());  // items 1–5 are 3 → 15
  EXPECT_EQ(out, "x,15.0000\n");
}

TEST(BatchScorer, MissingAnswersLeaveAnEmptyCellOrProrate) {
  BatchScorer b = csv_scorer("phq-9", "respondent_id,1,2,3,4,5,6,7,8,9");
  std::string out;
  // Item 5 blank: 13 over 8 answers → 14.625 prorated (see missing_answers_test.cpp).
  ASSERT_TRUE(b.score_line("p1,0,1,2,3,,1,2,3,1", &out).ok());
  // Two blanks (NA counts as blank): 7 of 9 → not enough answers.
  ASSERT_TRUE(b.score_line("p2,NA,1,2,3,,1,2,3,1\r", &out).ok());
  EXPECT_EQ(out, "p1,14.6250\np2,\n");
}

TEST(BatchScorer, QuotedIdsAreReadAndWrittenBack) {
  BatchScorer b = csv_scorer("gad-7", "respondent_id,1,2,3,4,5,6,7");
  std::string out;
  ASSERT_TRUE(b.score_line("\"Smith, \"\"J\"\"\",1,1,1,1,1,1,\"1\"", &out).ok());
  EXPECT_EQ(out, "\"Smith, \"\"J\"\"\",7.0000\n");
  EXPECT_FALSE(b.score_line("\"open,1,1,1,1,1,1,1", &out).ok());
}

TEST(BatchScorer, BadRowsSayWhatIsWrongAndWriteNothing) {
  BatchScorer b = csv_scorer("scs-sf", kScsSfHeader);
  std::string out;
  EXPECT_EQ(b.score_line("r,1,2,3,4,5,1,2,3,4,5,1,7", &out).message(),
            "item 12: 7 is not an answer (1–5)");
  EXPECT_EQ(b.score_line("r,1,2", &out).message(), "expected 13 fields, found 3");
  EXPECT_EQ(b.score_line("r,1,2,3,4,5,1,2,3,4,5,1,2.5", &out).message(),
            "item 12: '2.5' is not a whole number");
  EXPECT_EQ(b.score_line(",1,2,3,4,5,1,2,3,4,5,1,2", &out).message(), "the respondent_id is empty");
  EXPECT_EQ(out, "");
  EXPECT_EQ(b.rows_written(), 0);
  // A good row after bad ones is scored with none of their answers left behind.
  ASSERT_TRUE(b.score_line("ok,1,2,3,4,5,1,2,3,4,5,1,2", &out).ok());
  EXPECT_EQ(out, "ok,1.5000,1.5000,5.0000,3.5000,2.5000,2.5000,3.2500\n");
}

TEST(BatchScorer, HeaderProblemsAreRefused) {
  auto check = [](const char* id, const char* header, const std::string& message) {
    auto b = BatchScorer::from_header(instrument(id), header, BatchFormat::kCsv);
    ASSERT_FALSE(b.ok()) << header;
    EXPECT_EQ(b.status().message(), message);
  };
  check("gad-7", "id,1,2,3,4,5,6,7", "the header must start with respondent_id");
  check("gad-7", "respondent_id,1,2,3,4,5,6,8",
        "column 8 is '8', not an item number of gad-7 (1–7)");
  check("gad-7", "respondent_id,1,2,3,4,5,6,6", "item 6 has two columns");
  check("gad-7", "respondent_id,1,2,3,4,5,6",
        "the header has no column for item 7 (expected respondent_id,1,…,7)");
  // PHQ-9's unscored difficulty question may be left out or included.
  EXPECT_TRUE(BatchScorer::from_header(instrument("phq-9"), "respondent_id,1,2,3,4,5,6,7,8,9",
                                       BatchFormat::kCsv)
                  .ok());
  EXPECT_TRUE(BatchScorer::from_header(instrument("phq-9"),
                                       "\xEF\xBB\xBFrespondent_id,1,2,3,4,5,6,7,8,9,10\r",
                                       BatchFormat::kCsv)
                  .ok());
}

TEST(BatchScorer, JsonOutputIsOneValidDocument) {
  auto b = BatchScorer::from_header(instrument("phq-9"), "respondent_id,1,2,3,4,5,6,7,8,9,10",
                                    BatchFormat::kJson);
  ASSERT_TRUE(b.ok());
  std::string out = b->begin();
  ASSERT_TRUE(b->score_line("a\"1,0,1,2,3,0,1,2,3,1,2", &out).ok());
  ASSERT_TRUE(b->score_line("b,,,,,,,,,,", &out).ok());
  out += b->end();
  auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0]["respondent_id"], "a\"1");
  EXPECT_EQ(j[0]["scores"]["total"]["value"], 13);
  EXPECT_EQ(j[0]["scores"]["total"]["band"], "moderate");
  EXPECT_EQ(j[0]["risks"], nlohmann::json::array({"self_harm_thoughts"}));
  EXPECT_TRUE(j[1]["scores"]["total"]["value"].is_null());
  EXPECT_EQ(j[1]["scores"]["total"]["answered"], 0);
  auto empty = BatchScorer::from_header(instrument("gad-7"), "respondent_id,1,2,3,4,5,6,7",
                                        BatchFormat::kJson);
  EXPECT_EQ(nlohmann::json::parse(empty->begin() + empty->end()), nlohmann::json::array());
}

}  // namespace
}  // namespace refuge::instruments
