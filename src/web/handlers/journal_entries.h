// Journal entries of the signed-in person: validated by core, sealed by the vault, kept by the
// store. Shared by the pages and the JSON API.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/journal/journal_entry.h"
#include "core/journal/search.h"
#include "web/handlers/context.h"

namespace refuge::web {

struct JournalEntryView {
  std::string id;
  journal::EntryContent content;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

struct JournalPage {
  std::vector<JournalEntryView> entries;
  int64_t total = 0;
};

// What the list page shows of an entry.
struct JournalListItem {
  std::string id;
  journal::EntrySummary summary;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

struct JournalListPage {
  std::vector<JournalListItem> items;
  int64_t total = 0;
};

// The vault's record kinds for journal entries and their list summaries (part of the associated
// data, so neither opens in the other's place).
inline constexpr const char* kJournalKind = "journal";
inline constexpr const char* kJournalSummaryKind = "journal-summary";

Result<std::string> create_journal_entry(Ctx& ctx, journal::EntryContent content);
Result<JournalEntryView> load_journal_entry(Ctx& ctx, std::string_view id);
Result<JournalPage> list_journal_entries(Ctx& ctx, int64_t offset, int64_t limit);
// The list view: opens the summary blocks the page needs (journal_summary_blocks.h), and for an
// entry in none, or stale there, its own summary (or the whole entry for one written before
// summaries existed).
Result<JournalListPage> list_journal_summaries(Ctx& ctx, int64_t offset, int64_t limit);
Result<JournalEntryView> update_journal_entry(Ctx& ctx, std::string_view id,
                                              journal::EntryContent content);
Status delete_journal_entry(Ctx& ctx, std::string_view id);

// An entry a search found, with where a query word first occurs in its text (for the excerpt).
struct JournalSearchHit {
  JournalEntryView entry;
  journal::SearchMatch match;
};

struct JournalSearchResult {
  std::vector<JournalSearchHit> hits;  // the newest `max` matches, newest first
  int64_t total_matches = 0;           // all of them
};

// The most matches a search answer shows (the page and the API); the count says how many in all.
inline constexpr std::size_t kJournalSearchShown = 50;

// Opens the signed-in person's entries, newest first, a batch at a time, and keeps the ones the
// query matches (journal::match_entry). The text is sealed per entry and nothing derived from it
// is stored, so a search reads every entry in the person's own request; the query is not kept.
Result<JournalSearchResult> search_journal_entries(Ctx& ctx, const journal::SearchQuery& query,
                                                   std::size_t max);

}  // namespace refuge::web
