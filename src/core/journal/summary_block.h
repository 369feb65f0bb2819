// A summary block: the list summaries of up to kSummaryBlockSize journal entries, sealed as one
// document, so a list page opens one or two blocks instead of one sealed summary per entry
// (each opening has a fixed cost that dwarfs a 160-character excerpt). Each member carries the
// entry's revision: a member whose revision differs from the entry's is stale and not used.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/journal/journal_entry.h"
#include "core/status.h"

namespace refuge::journal {

// How many entries are placed in one block before the next block is started.
inline constexpr int64_t kSummaryBlockSize = 20;

struct BlockMember {
  std::string entry_id;
  int64_t revision = 0;
  EntrySummary summary;

  bool operator==(const BlockMember&) const = default;
};

// Version 1: version byte | member count (2 bytes LE) | per member: id length (1 byte), id,
// revision (8 bytes LE), summary length (4 bytes LE), encode_summary(summary).
std::string encode_summary_block(const std::vector<BlockMember>& members);
// Corruption when the document is unreadable.
Result<std::vector<BlockMember>> decode_summary_block(std::string_view plaintext);

// Sets the member for entry_id (replacing an earlier one), or removes it when summary is null.
void put_member(std::vector<BlockMember>& members, std::string_view entry_id, int64_t revision,
                const EntrySummary* summary);

}  // namespace refuge::journal
