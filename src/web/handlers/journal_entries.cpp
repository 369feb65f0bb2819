#include "web/handlers/journal_entries.h"

#include "store/crypto/random.h"
#include "web/handlers/journal_summary_blocks.h"

namespace refuge::web {
namespace {

Result<JournalEntryView> open_record(const Ctx& ctx, const store::JournalRecord& r) {
  auto plain = ctx.me().vault().open(kJournalKind, r.id, r.owner_id, r.sealed);
  if (!plain.ok()) return plain.status();
  auto content = journal::decode_entry(*plain);
  if (!content.ok()) return content.status();
  return JournalEntryView{r.id, std::move(content.value()), r.created_at, r.updated_at};
}

Result<JournalListItem> open_summary(const Ctx& ctx, const store::JournalRecord& r) {
  JournalListItem item{r.id, {}, r.created_at, r.updated_at};
  if (r.sealed_summary.empty()) {
    auto full = open_record(ctx, r);
    if (!full.ok()) return full.status();
    item.summary = journal::summarize(full->content);
    return item;
  }
  auto plain = ctx.me().vault().open(kJournalSummaryKind, r.id, r.owner_id, r.sealed_summary);
  if (!plain.ok()) return plain.status();
  auto summary = journal::decode_summary(*plain);
  if (!summary.ok()) return summary.status();
  item.summary = std::move(summary.value());
  return item;
}

// An entry listed as being in a summary block whose member there is stale or missing: the
// listing left out its own summary, so it is read again.
Result<JournalListItem> reopen_summary(const Ctx& ctx, const store::JournalRecord& listed) {
  auto own = ctx.app.store.journal().get(listed.owner_id, listed.id);
  if (!own.ok()) return own.status();
  return open_summary(ctx, *own);
}

// Seals the entry and its list summary into the record; returns the summary.
journal::EntrySummary seal_into(const Ctx& ctx, store::JournalRecord& r,
                                const journal::EntryContent& content) {
  const crypto::Vault vault = ctx.me().vault();
  journal::EntrySummary summary = journal::summarize(content);
  r.sealed = vault.seal(kJournalKind, r.id, r.owner_id, journal::encode_entry(content));
  r.sealed_summary =
      vault.seal(kJournalSummaryKind, r.id, r.owner_id, journal::encode_summary(summary));
  return summary;
}

}  // namespace

Result<std::string> create_journal_entry(Ctx& ctx, journal::EntryContent content) {
  auto valid = journal::validate_entry(std::move(content));
  if (!valid.ok()) return valid.status();
  store::JournalRecord r;
  r.id = crypto::random_id();
  r.owner_id = ctx.me().account.id;
  r.created_at = r.updated_at = ctx.app.clock();
  journal::EntrySummary summary = seal_into(ctx, r, *valid);
  Status st = ctx.app.store.journal().create(r);
  if (!st.ok()) return st;
  place_in_summary_block(ctx, r.id, summary);
  return r.id;
}

Result<JournalEntryView> load_journal_entry(Ctx& ctx, std::string_view id) {
  auto r = ctx.app.store.journal().get(ctx.me().account.id, id);
  if (!r.ok()) return r.status();
  return open_record(ctx, *r);
}

Result<JournalPage> list_journal_entries(Ctx& ctx, int64_t offset, int64_t limit) {
  const std::string& owner = ctx.me().account.id;
  auto total = ctx.app.store.journal().count(owner);
  if (!total.ok()) return total.status();
  auto records = ctx.app.store.journal().list(owner, offset, limit);
  if (!records.ok()) return records.status();
  JournalPage page;
  page.total = *total;
  for (const auto& r : *records) {
    auto view = open_record(ctx, r);
    if (!view.ok()) return view.status();
    page.entries.push_back(std::move(view.value()));
  }
  return page;
}

Result<JournalListPage> list_journal_summaries(Ctx& ctx, int64_t offset, int64_t limit) {
  auto listing = ctx.app.store.journal().list_summaries(ctx.me().account.id, offset, limit);
  if (!listing.ok()) return listing.status();
  JournalListPage page;
  page.total = listing->total;
  page.items.reserve(listing->records.size());
  SummaryBlockReader blocks(ctx);
  for (const auto& r : listing->records) {
    if (journal::EntrySummary* s = blocks.find(r.summary_block, r.id, r.revision)) {
      page.items.push_back({r.id, std::move(*s), r.created_at, r.updated_at});
      continue;
    }
    // Not in a block: the listing carries its own summary. Stale in its block: read the entry.
    auto item = r.summary_block == 0 ? open_summary(ctx, r) : reopen_summary(ctx, r);
    if (!item.ok()) return item.status();
    page.items.push_back(std::move(item.value()));
  }
  return page;
}

Result<JournalEntryView> update_journal_entry(Ctx& ctx, std::string_view id,
                                              journal::EntryContent content) {
  auto valid = journal::validate_entry(std::move(content));
  if (!valid.ok()) return valid.status();
  auto existing = ctx.app.store.journal().get(ctx.me().account.id, id);
  if (!existing.ok()) return existing.status();
  store::JournalRecord r = std::move(existing.value());
  r.updated_at = ctx.app.clock();
  journal::EntrySummary summary = seal_into(ctx, r, *valid);
  auto revision = ctx.app.store.journal().update(r);
  if (!revision.ok()) return revision.status();
  refresh_in_summary_block(ctx, r.summary_block, r.id, *revision, summary);
  return JournalEntryView{r.id, std::move(valid.value()), r.created_at, r.updated_at};
}

Status delete_journal_entry(Ctx& ctx, std::string_view id) {
  auto existing = ctx.app.store.journal().get(ctx.me().account.id, id);
  if (!existing.ok()) return existing.status();
  Status dropped = drop_from_summary_block(ctx, existing->summary_block, id);
  if (!dropped.ok()) return dropped;
  return ctx.app.store.journal().remove(ctx.me().account.id, id);
}

Result<JournalSearchResult> search_journal_entries(Ctx& ctx, const journal::SearchQuery& query,
                                                   std::size_t max) {
  // A batch bounds what is held at once (entries run up to 20,000 characters).
  constexpr int64_t kBatch = 100;
  const std::string& owner = ctx.me().account.id;
  JournalSearchResult out;
  for (int64_t offset = 0;; offset += kBatch) {
    auto records = ctx.app.store.journal().list(owner, offset, kBatch);
    if (!records.ok()) return records.status();
    for (const auto& r : *records) {
      auto view = open_record(ctx, r);
      if (!view.ok()) return view.status();
      journal::SearchMatch m = journal::match_entry(query, view->content.text, view->content.tags);
      if (!m.matched) continue;
      ++out.total_matches;
      if (out.hits.size() < max) out.hits.push_back({std::move(view.value()), m});
    }
    if (static_cast<int64_t>(records->size()) < kBatch) break;
  }
  return out;
}

}  // namespace refuge::web
