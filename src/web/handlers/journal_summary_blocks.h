// Keeps the journal's summary blocks (core/journal/summary_block.h) in step with the entries, and
// reads them for the list page. A block is there for speed only: every entry keeps its own sealed
// summary, and the list uses a block's member only when its revision is the entry's, so a block
// update that fails or is lost makes the list slower, never wrong. Such failures are logged
// (never with content) and not returned, except when removing a deleted entry's summary.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "core/journal/summary_block.h"
#include "web/handlers/context.h"

namespace refuge::web {

// The vault's record kind for summary blocks (their record id is the block number).
inline constexpr const char* kJournalSummaryBlockKind = "journal-summary-block";

// A new entry (revision 0): into the owner's newest block, or a new one when that is full.
void place_in_summary_block(const Ctx& ctx, std::string_view entry_id,
                            const journal::EntrySummary& summary);
// An edited entry: its member in `block` now has this revision and summary.
void refresh_in_summary_block(const Ctx& ctx, int64_t block, std::string_view entry_id,
                              int64_t revision, const journal::EntrySummary& summary);
// An entry about to be deleted: its summary leaves the block first, so nothing of it remains.
Status drop_from_summary_block(const Ctx& ctx, int64_t block, std::string_view entry_id);

// For one list page: opens each block it is asked about once.
class SummaryBlockReader {
 public:
  explicit SummaryBlockReader(const Ctx& ctx) : ctx_(ctx) {}
  // The entry's summary from the block when it is current (same revision), else nullptr. The
  // caller may move it out (a page lists each entry once).
  journal::EntrySummary* find(int64_t block, std::string_view entry_id, int64_t revision);

 private:
  const Ctx& ctx_;
  std::vector<std::pair<int64_t, std::vector<journal::BlockMember>>> opened_;
};

}  // namespace refuge::web
