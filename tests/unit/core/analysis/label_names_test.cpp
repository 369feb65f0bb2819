// Trap labels as evaluation data writes them.
#include "core/analysis/label_names.h"

#include <gtest/gtest.h>

namespace refuge::analysis {
namespace {

struct Label {
  const char* text;
  std::optional<FindingType> type;
};

TEST(LabelNames, ReadsIdsNamesCommonSpellingsAndLeavesTheRestUnknown) {
  using T = FindingType;
  for (const Label& l : {
           // ids and the data set's names
           Label{"all_or_nothing", T::all_or_nothing},
           Label{"all-or-nothing thinking", T::all_or_nothing},
           Label{"comparing and despairing", T::comparing},
           Label{"disqualifying the positive", T::disqualifying_positive},
           Label{"fortune telling", T::fortune_telling},
           Label{"should statements", T::should_statements},
           Label{"belief_too_much", T::belief_too_much},
           // case, spacing, hyphens and quotes do not matter
           Label{"All-or-Nothing Thinking", T::all_or_nothing},
           Label{"  'Mind  Reading' ", T::mind_reading},
           Label{"\"emotional-reasoning\"", T::emotional_reasoning},
           Label{"[Catastrophizing]", T::catastrophizing},
           Label{"SHOULD_STATEMENTS", T::should_statements},
           // common names and British spellings
           Label{"overgeneralization", T::overgeneralizing},
           Label{"Over-generalising", T::overgeneralizing},
           Label{"labelling", T::labeling},
           Label{"Personalisation", T::personalizing},
           Label{"catastrophising", T::catastrophizing},
           Label{"black-and-white thinking", T::all_or_nothing},
           Label{"blame", T::blaming},
           // no trap, or a name that covers several: unknown
           Label{"negative feeling or emotion", std::nullopt},
           Label{"none", std::nullopt},
           Label{"", std::nullopt},
           Label{"jumping to conclusions", std::nullopt},
           Label{"magnification", std::nullopt},
           Label{"mental filter", std::nullopt},
           Label{"labelingx", std::nullopt}}) {
    EXPECT_EQ(finding_type_from_label(l.text), l.type) << l.text;
  }
}

}  // namespace
}  // namespace refuge::analysis
