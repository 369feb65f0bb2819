// Batch scoring for researchers: one CSV line in (`respondent_id,<answers by item number>`), one
// output row out (CSV `respondent_id,<scale ids>` or a JSON object). Pure: the caller reads lines
// and writes the text; memory does not grow with the number of rows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/instruments/instrument.h"
#include "core/instruments/scoring.h"
#include "core/status.h"

namespace refuge::instruments {

enum class BatchFormat { kCsv, kJson };

class BatchScorer {
 public:
  // The header names `respondent_id` then item numbers, in any order; every scored item must be
  // there (unscored ones, like PHQ-9's difficulty question, may be). InvalidArgument says what is
  // wrong with it. Holds a reference to `instrument`, which must outlive the scorer.
  static Result<BatchScorer> from_header(const Instrument& instrument, std::string_view header,
                                         BatchFormat format);

  // What to write before the first row and after the last ("respondent_id,anxiety,..." or "[").
  std::string begin() const;
  std::string end() const;

  // Scores one data line (without its line ending) and appends its output row to `out`. An empty
  // answer or NA is a missing answer. On error appends nothing and returns InvalidArgument
  // ("item 3: 7 is not an answer (1–5)", "expected 13 fields, found 12", ...).
  // Scores print with 4 decimals in CSV (an empty cell when there were not enough answers) and in
  // full in JSON (null when there were not enough answers).
  Status score_line(std::string_view line, std::string* out);

  int rows_written() const { return rows_written_; }

 private:
  BatchScorer(const Instrument& instrument, BatchFormat format);
  Status parse_line(std::string_view line);
  void write_csv(std::string* out) const;
  void write_json(std::string* out) const;

  const Instrument* instrument_;
  Scorer scorer_;
  BatchFormat format_;
  std::vector<int> column_items_;  // item number of each column after respondent_id
  // Reused for every line so scoring a row allocates nothing once warmed up.
  std::vector<std::string_view> fields_;
  std::string unquoted_;     // fields of a line with quotes, unescaped
  std::string respondent_;   // the current respondent id
  std::vector<int> values_;  // by item number, Scorer::kNoAnswer when missing
  Score score_;
  int rows_written_ = 0;
};

}  // namespace refuge::instruments
