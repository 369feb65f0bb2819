// A person's way through the program: per module whether they marked it done (and when) and
// what they wrote for its reflections; and whether they asked for a gentle reminder. Sealed by
// the vault as one document per person. No I/O and no clock here: times are passed in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/program/program.h"
#include "core/reflections/reflection.h"
#include "core/status.h"

namespace refuge::program {

using reflections::kMaxReflectionCodePoints;
// A week: the reminder note shows when this long has passed since the program was last opened.
inline constexpr int64_t kReminderAfterSeconds = 7 * 24 * 60 * 60;

struct ModuleProgress {
  bool done = false;
  int64_t done_at = 0;                            // 0 when not done
  reflections::Reflections reflections;  // slug -> text (never empty text)
  bool operator==(const ModuleProgress&) const = default;
};

struct Progress {
  std::map<std::string, ModuleProgress> modules;  // module id -> progress
  bool reminders = false;   // opt-in: a note on the home page after a week away
  int64_t last_opened = 0;  // when the program or a module page was last opened (0: never)

  const ModuleProgress* module(std::string_view id) const;
  bool done(std::string_view id) const;
  // The text saved for a reflection, or "" when none.
  const std::string& reflection(std::string_view module_id, std::string_view slug) const;
  bool operator==(const Progress&) const = default;
};

// Stores (or, for text that is only whitespace, removes) a reflection. The text is kept as
// written. Validates first; nothing changes on an error.
Status set_reflection(Progress& p, std::string_view module_id, std::string_view slug,
                      std::string_view text, int64_t now);
void set_done(Progress& p, std::string_view module_id, bool done, int64_t now);

// The first module in number order not marked done, or nullptr when all are done.
const Module* next_module(const Program& program, const Progress& p);
std::size_t done_count(const Program& program, const Progress& p);

// Whether the home page shows the reminder note: asked for, and a week has passed since the
// program was last opened (never a count of days, never more than one note).
bool reminder_due(const Progress& p, int64_t now);

// The plaintext the vault seals (JSON {"v":1,...}) and back (Corruption when unreadable).
std::string encode_progress(const Progress& p);
Result<Progress> decode_progress(std::string_view plaintext);

}  // namespace refuge::program
