#include "core/text/case_fold.h"

#include <gtest/gtest.h>

namespace refuge::text {
namespace {

TEST(CaseFold, AsciiLettersFoldToLowerCaseAndNothingElseChanges) {
  EXPECT_EQ(fold_case("Walk HOME, 42 times!"), "walk home, 42 times!");
  for (char32_t c = 0; c < 0x80; ++c) {
    EXPECT_EQ(fold_code_point(c), c >= 'A' && c <= 'Z' ? c + 32 : c) << static_cast<int>(c);
  }
}

TEST(CaseFold, OtherScriptsFoldBySimpleCaseFolding) {
  EXPECT_EQ(fold_case("ÄRGER Über Ärger"), "ärger über ärger");
  EXPECT_EQ(fold_case("ΣΟΦΙΑ"), "σοφια");
  EXPECT_EQ(fold_case("ς"), "σ");  // final sigma folds like sigma
  EXPECT_EQ(fold_case("МАМА"), "мама");
  EXPECT_EQ(fold_case("ĀĒĪ"), "āēī");  // Latin Extended-A pairs alternate upper and lower
  EXPECT_EQ(fold_code_point(U'ẞ'), U'ß');  // status S: one to one, the capital to the small
  EXPECT_EQ(fold_case("ẞ"), "ss");           // while texts fold both, fully, to "ss"
  EXPECT_EQ(fold_case("Straße STRASSE"), "strasse strasse");
  EXPECT_EQ(fold_case("𐐀"), "𐐨");     // Deseret, four bytes each
  EXPECT_EQ(fold_case("中文 💚"), "中文 💚");
}

TEST(CaseFold, ACharacterThatFoldsToAnotherLengthKeepsTheWayBack) {
  // The Kelvin sign (3 bytes) folds to "k" (1 byte); the long s (2 bytes) to "s".
  FoldedText f("\u212A\u017Fy Sky");
  EXPECT_EQ(f.folded(), "ksy sky");
  EXPECT_EQ(f.original_offset(0), 0u);
  EXPECT_EQ(f.original_offset(1), 3u);  // ſ
  EXPECT_EQ(f.original_offset(2), 5u);  // y
  EXPECT_EQ(f.original_offset(4), 7u);  // S
  EXPECT_EQ(f.original_offset(f.folded().size()), 10u);
}

TEST(CaseFold, ASharpSFoldsToTwoLettersThatLeadBackToIt) {
  FoldedText f("Straße!");  // ß is bytes 4-5; folded "strasse!"
  EXPECT_EQ(f.folded(), "strasse!");
  EXPECT_EQ(f.original_offset(4), 4u);  // the first s: where ß starts
  EXPECT_EQ(f.original_offset(5), 4u);  // the second s starts inside it too
  EXPECT_EQ(f.original_end(5), 6u);     // but a range ending there covers ß
  EXPECT_EQ(f.original_end(4), 4u);     // one ending before it does not
  EXPECT_EQ(f.original_end(6), 6u);
  EXPECT_EQ(f.original_end(8), 8u);
}

TEST(CaseFold, ACapitalIWithADotFoldsToAPlainI) {
  EXPECT_EQ(fold_case("İSTANBUL İzmir"), "istanbul izmir");
  EXPECT_EQ(fold_case("ılık"), "ılık");  // the dotless i is a letter of its own
  FoldedText f("Kİm");                    // İ is bytes 1-2
  EXPECT_EQ(f.folded(), "kim");
  EXPECT_EQ(f.original_offset(1), 1u);
  EXPECT_EQ(f.original_offset(2), 3u);  // m
  EXPECT_EQ(f.original_end(2), 3u);     // a range ending after the i covers İ
}

TEST(CaseFold, OffsetsAreTheSameWhenNoCharacterChangesLength) {
  FoldedText f("Über");
  EXPECT_EQ(f.folded(), "über");
  for (std::size_t i = 0; i <= f.folded().size(); ++i) EXPECT_EQ(f.original_offset(i), i);
}

TEST(CaseFold, BytesThatAreNotUtf8AreKeptAsTheyAre) {
  const std::string bad = "A\xC3(\xE0\x81\x81Z\xFF";  // a cut sequence, an overlong "A", FF
  EXPECT_EQ(fold_case(bad), "a\xC3(\xE0\x81\x81z\xFF");
}

}  // namespace
}  // namespace refuge::text
