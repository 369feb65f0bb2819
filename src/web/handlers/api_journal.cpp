// JSON API: /api/v1/journal
#include "web/handlers/api_journal.h"

#include "core/text/ascii.h"

#include "web/handlers/crisis_path.h"
#include "web/handlers/journal_entries.h"
#include "web/handlers/render.h"
#include "web/http/json_body.h"

namespace refuge::web {
namespace {

nlohmann::json entry_json(const JournalEntryView& e) {
  return {{"id", e.id},
          {"text", e.content.text},
          {"mood", e.content.mood ? nlohmann::json(*e.content.mood) : nlohmann::json(nullptr)},
          {"tags", e.content.tags},
          {"created_at", iso_time(e.created_at)},
          {"updated_at", iso_time(e.updated_at)}};
}

Result<journal::EntryContent> entry_from_json(const nlohmann::json& body) {
  journal::EntryContent c;
  auto text = required_string(body, "text");
  if (!text.ok()) return text.status();
  c.text = std::move(text.value());
  auto mood = optional_integer(body, "mood");
  if (!mood.ok()) return mood.status();
  if (*mood) {
    if (**mood < 1 || **mood > 10) return Status::InvalidArgument("errors.mood_range");
    c.mood = static_cast<int>(**mood);
  }
  if (body.contains("tags") && !body["tags"].is_null()) {
    if (!body["tags"].is_array()) {
      return Status::InvalidArgument("field 'tags' must be a list of strings");
    }
    for (const auto& t : body["tags"]) {
      if (!t.is_string()) return Status::InvalidArgument("field 'tags' must be a list of strings");
      c.tags.push_back(t.get<std::string>());
    }
  }
  return c;
}

// Parses a non-negative integer query parameter, or the fallback when absent.
Result<int64_t> query_int(const Request& req, std::string_view name, int64_t fallback,
                          int64_t max) {
  std::string raw = req.query_param(name);
  if (raw.empty()) return fallback;
  int64_t v = 0;
  for (char c : raw) {
    if (c < '0' || c > '9' || v > max) {
      return Status::InvalidArgument("query parameter '" + std::string(name) +
                                     "' must be a whole number from 0 to " + std::to_string(max));
    }
    v = v * 10 + (c - '0');
  }
  if (v > max) {
    return Status::InvalidArgument("query parameter '" + std::string(name) +
                                   "' must be a whole number from 0 to " + std::to_string(max));
  }
  return v;
}

// GET /api/v1/journal?q=: the newest kJournalSearchShown entries that contain the words, and how
// many do in all. The query is not logged nor kept (see page_journal_index).
Response journal_search(Ctx& ctx, std::string_view typed) {
  auto query = journal::parse_search_query(typed);
  if (!query.ok()) return error_response(ctx, query.status());
  auto found = search_journal_entries(ctx, *query, kJournalSearchShown);
  if (!found.ok()) return error_response(ctx, found.status());
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& hit : found->hits) entries.push_back(entry_json(hit.entry));
  return finish(ctx, Response::json(200, {{"entries", entries},
                                          {"total_matches", found->total_matches},
                                          {"query", query->text}}));
}

}  // namespace

Response api_journal_create(Ctx& ctx) {
  auto content = entry_from_json(ctx.body);
  if (!content.ok()) return error_response(ctx, content.status());
  std::string text = content->text;
  auto id = create_journal_entry(ctx, std::move(content.value()));
  if (!id.ok()) return error_response(ctx, id.status());
  nlohmann::json out = {{"id", *id}};
  mark_crisis(ctx, {text}, "journal", out);
  auto r = Response::json(201, out);
  r.set_header("Location", "/api/v1/journal/" + *id);
  return finish(ctx, std::move(r));
}

Response api_journal_list(Ctx& ctx) {
  std::string typed = ctx.req.query_param("q");
  if (!text::trim(typed).empty()) return journal_search(ctx, typed);
  auto offset = query_int(ctx.req, "offset", 0, 1'000'000'000);
  if (!offset.ok()) return error_response(ctx, offset.status());
  auto limit = query_int(ctx.req, "limit", 20, 100);
  if (!limit.ok()) return error_response(ctx, limit.status());
  auto page = list_journal_entries(ctx, *offset, *limit);
  if (!page.ok()) return error_response(ctx, page.status());
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& e : page->entries) entries.push_back(entry_json(e));
  return finish(ctx, Response::json(200, {{"entries", entries},
                                          {"total", page->total},
                                          {"offset", *offset},
                                          {"limit", *limit}}));
}

Response api_journal_get(Ctx& ctx) {
  auto e = load_journal_entry(ctx, ctx.req.param("id"));
  if (!e.ok()) return error_response(ctx, e.status());
  return finish(ctx, Response::json(200, entry_json(*e)));
}

Response api_journal_update(Ctx& ctx) {
  auto content = entry_from_json(ctx.body);
  if (!content.ok()) return error_response(ctx, content.status());
  auto e = update_journal_entry(ctx, ctx.req.param("id"), std::move(content.value()));
  if (!e.ok()) return error_response(ctx, e.status());
  nlohmann::json out = entry_json(*e);
  mark_crisis(ctx, {e->content.text}, "journal", out);
  return finish(ctx, Response::json(200, out));
}

Response api_journal_delete(Ctx& ctx) {
  Status st = delete_journal_entry(ctx, ctx.req.param("id"));
  if (!st.ok()) return error_response(ctx, st);
  return finish(ctx, Response::empty(204));
}

}  // namespace refuge::web
