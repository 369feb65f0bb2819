// A compassionate thought record: what happened, what the critical voice said, the feelings and
// how strong they were, then mindfulness, common humanity and kindness, and the feelings again.
// Filled in step by step and sealed by the vault as one document, like all personal writing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace refuge::thoughts {

inline constexpr int kSteps = 7;  // the guided steps, 1..7
inline constexpr std::size_t kMaxTextCodePoints = 5000;
inline constexpr std::size_t kMaxEmotions = 8;
inline constexpr std::size_t kMaxEmotionNameCodePoints = 40;

struct Emotion {
  std::string name;
  int before = 0;                // 0..100
  std::optional<int> after;      // 0..100, re-rated at the last step

  bool operator==(const Emotion&) const = default;
};

struct ThoughtRecord {
  std::string situation;         // 1. What happened?
  std::string critic;            // 2. What did the critical voice say?
  std::vector<Emotion> emotions; // 3. What do you feel, and how strongly? (7. re-rated)
  std::string mindfulness;       // 4. Naming this as a moment of suffering
  std::string common_humanity;   // 5. Others feel this too
  std::string kindness;          // 6. What would you say to a dear friend?
  int step = 1;                  // the next step to fill in (kSteps + 1 when finished)

  bool finished() const { return step > kSteps; }
  bool operator==(const ThoughtRecord&) const = default;
};

// Checks lengths, UTF-8 and ratings. Errors are locale keys naming the problem:
// errors.thought_text_too_long, errors.text_unreadable, errors.too_many_emotions,
// errors.emotion_name, errors.emotion_rating, errors.step_range.
Status validate_record(const ThoughtRecord& r);

// The change in the strongest feeling (after − before of the emotion rated highest before);
// nullopt until it has been re-rated.
std::optional<int> feeling_change(const ThoughtRecord& r);

// The plaintext the vault seals (JSON) and back (Corruption when bad).
std::string encode_record(const ThoughtRecord& r);
Result<ThoughtRecord> decode_record(std::string_view plaintext);

// A saved compassionate phrase (the person's own words, for their home page).
inline constexpr std::size_t kMaxPhraseCodePoints = 1000;
// Trims; errors.text_empty, errors.phrase_too_long, errors.text_unreadable.
Result<std::string> validate_phrase(std::string_view phrase);

}  // namespace refuge::thoughts
