#include "web/handlers/journal_summary_blocks.h"

#include <mutex>
#include <string>

#include <spdlog/spdlog.h>

namespace refuge::web {
namespace {

// Block updates read, change and write a block: one at a time in this process.
std::mutex& blocks_mutex() {
  static std::mutex mu;
  return mu;
}

Result<std::vector<journal::BlockMember>> open_block(const Ctx& ctx,
                                                     const store::SummaryBlockRecord& b) {
  auto plain = ctx.me().vault().open(kJournalSummaryBlockKind, std::to_string(b.block),
                                     b.owner_id, b.sealed);
  if (!plain.ok()) return plain.status();
  return journal::decode_summary_block(*plain);
}

Status seal_and_put(const Ctx& ctx, store::SummaryBlockRecord& b,
                    const std::vector<journal::BlockMember>& members,
                    std::string_view placed_entry_id) {
  b.sealed = ctx.me().vault().seal(kJournalSummaryBlockKind, std::to_string(b.block), b.owner_id,
                                   journal::encode_summary_block(members));
  return ctx.app.store.journal().put_summary_block(b, placed_entry_id);
}

void log_failure(const Ctx& ctx, const char* what, const Status& st) {
  spdlog::warn("[{}] journal summary block not {} (the list opens entries one by one): {}",
               ctx.req.request_id, what, st.message());
}

// Changes the member of entry_id in `block` (removes it when summary is null).
Status change_member(const Ctx& ctx, int64_t block, std::string_view entry_id, int64_t revision,
                     const journal::EntrySummary* summary) {
  std::lock_guard lock(blocks_mutex());
  auto b = ctx.app.store.journal().summary_block(ctx.me().account.id, block);
  if (!b.ok()) return b.status();
  auto members = open_block(ctx, *b);
  if (!members.ok()) return members.status();
  journal::put_member(*members, entry_id, revision, summary);
  return seal_and_put(ctx, *b, *members, {});
}

}  // namespace

void place_in_summary_block(const Ctx& ctx, std::string_view entry_id,
                            const journal::EntrySummary& summary) {
  std::lock_guard lock(blocks_mutex());
  const std::string& owner = ctx.me().account.id;
  store::SummaryBlockRecord b{owner, 1, 0, {}};
  std::vector<journal::BlockMember> members;
  auto newest = ctx.app.store.journal().newest_summary_block(owner);
  if (newest.ok()) {
    b.block = newest->block + 1;  // the next block, unless the newest has room and opens
    if (newest->placed < journal::kSummaryBlockSize) {
      if (auto opened = open_block(ctx, *newest); opened.ok()) {
        members = std::move(opened.value());
        b = std::move(newest.value());
      }
    }
  } else if (!newest.status().Is(Status::Code::kNotFound)) {
    return log_failure(ctx, "read", newest.status());
  }
  journal::put_member(members, entry_id, 0, &summary);
  b.placed += 1;
  Status st = seal_and_put(ctx, b, members, entry_id);
  if (!st.ok()) log_failure(ctx, "written", st);
}

void refresh_in_summary_block(const Ctx& ctx, int64_t block, std::string_view entry_id,
                              int64_t revision, const journal::EntrySummary& summary) {
  if (block <= 0) return;
  Status st = change_member(ctx, block, entry_id, revision, &summary);
  if (!st.ok()) log_failure(ctx, "updated", st);
}

Status drop_from_summary_block(const Ctx& ctx, int64_t block, std::string_view entry_id) {
  if (block <= 0) return Status::Ok();
  Status st = change_member(ctx, block, entry_id, 0, nullptr);
  // A block that is gone or unreadable holds nothing that can be shown or recovered.
  if (st.Is(Status::Code::kNotFound) || st.Is(Status::Code::kCorruption)) return Status::Ok();
  return st;
}

journal::EntrySummary* SummaryBlockReader::find(int64_t block, std::string_view entry_id,
                                                int64_t revision) {
  if (block <= 0) return nullptr;
  std::vector<journal::BlockMember>* members = nullptr;
  for (auto& [number, opened] : opened_) {
    if (number == block) members = &opened;
  }
  if (!members) {
    std::vector<journal::BlockMember> opened;
    auto b = ctx_.app.store.journal().summary_block(ctx_.me().account.id, block);
    if (b.ok()) {
      auto m = open_block(ctx_, *b);
      if (m.ok()) opened = std::move(m.value());
    }
    opened_.emplace_back(block, std::move(opened));
    members = &opened_.back().second;
  }
  for (auto& m : *members) {
    if (m.entry_id == entry_id) return m.revision == revision ? &m.summary : nullptr;
  }
  return nullptr;
}

}  // namespace refuge::web
