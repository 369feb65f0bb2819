// Trap labels as evaluation data writes them.
#include "core/analysis/label_names.h"

#include <gtest/gtest.h>

namespace refuge::analysis {
namespace {

TEST(LabelNames, ReadsIdsAndTheDataSetsNames) {
  EXPECT_EQ(finding_type_from_label("all_or_nothing"), FindingType::all_or_nothing);
  EXPECT_EQ(finding_type_from_label("all-or-nothing thinking"), FindingType::all_or_nothing);
  EXPECT_EQ(finding_type_from_label("comparing and despairing"), FindingType::comparing);
  EXPECT_EQ(finding_type_from_label("disqualifying the positive"),
            FindingType::disqualifying_positive);
  EXPECT_EQ(finding_type_from_label("fortune telling"), FindingType::fortune_telling);
  EXPECT_EQ(finding_type_from_label("should statements"), FindingType::should_statements);
  EXPECT_EQ(finding_type_from_label("belief_too_much"), FindingType::belief_too_much);
}

TEST(LabelNames, CaseSpacingHyphensAndQuotesDoNotMatter) {
  EXPECT_EQ(finding_type_from_label("All-or-Nothing Thinking"), FindingType::all_or_nothing);
  EXPECT_EQ(finding_type_from_label("  'Mind  Reading' "), FindingType::mind_reading);
  EXPECT_EQ(finding_type_from_label("\"emotional-reasoning\""), FindingType::emotional_reasoning);
  EXPECT_EQ(finding_type_from_label("[Catastrophizing]"), FindingType::catastrophizing);
  EXPECT_EQ(finding_type_from_label("SHOULD_STATEMENTS"), FindingType::should_statements);
}

TEST(LabelNames, ReadsCommonNamesAndBritishSpellings) {
  EXPECT_EQ(finding_type_from_label("overgeneralization"), FindingType::overgeneralizing);
  EXPECT_EQ(finding_type_from_label("Over-generalising"), FindingType::overgeneralizing);
  EXPECT_EQ(finding_type_from_label("labelling"), FindingType::labeling);
  EXPECT_EQ(finding_type_from_label("Personalisation"), FindingType::personalizing);
  EXPECT_EQ(finding_type_from_label("catastrophising"), FindingType::catastrophizing);
  EXPECT_EQ(finding_type_from_label("black-and-white thinking"), FindingType::all_or_nothing);
  EXPECT_EQ(finding_type_from_label("blame"), FindingType::blaming);
}

TEST(LabelNames, LeavesWhatIsNoTrapOrCoversSeveralUnknown) {
  EXPECT_EQ(finding_type_from_label("negative feeling or emotion"), std::nullopt);
  EXPECT_EQ(finding_type_from_label("none"), std::nullopt);
  EXPECT_EQ(finding_type_from_label(""), std::nullopt);
  EXPECT_EQ(finding_type_from_label("jumping to conclusions"), std::nullopt);
  EXPECT_EQ(finding_type_from_label("magnification"), std::nullopt);
  EXPECT_EQ(finding_type_from_label("mental filter"), std::nullopt);
  EXPECT_EQ(finding_type_from_label("labelingx"), std::nullopt);
}

}  // namespace
}  // namespace refuge::analysis
