// Pages: the journal (list, search, write, read, edit, delete).
#include <charconv>

#include "core/journal/search_excerpt.h"
#include "core/text/ascii.h"
#include "web/handlers/crisis_path.h"
#include "web/handlers/journal_entries.h"
#include "web/handlers/pages.h"
#include "web/handlers/render.h"

namespace refuge::web {
namespace {

constexpr int64_t kPageSize = 20;

// What a page shows of an entry: the list shows an excerpt (list_item_json), the entry page and
// editor the text (entry_view_json).
nlohmann::json entry_view_json(const JournalEntryView& e) {
  return {{"id", e.id},
          {"mood", e.content.mood ? std::to_string(*e.content.mood) : ""},
          {"tags", e.content.tags},
          {"created", friendly_time(e.created_at)},
          {"created_iso", iso_time(e.created_at)},
          {"edited", e.updated_at != e.created_at},
          {"text", e.content.text},
          {"tags_text", journal::join_tags(e.content.tags)}};
}

// The fields journal_index.mustache shows (a View: a list page makes twenty of these).
View list_item_view(JournalListItem&& e) {
  View o = View::object();
  o.reserve(6);
  o.add("created", friendly_time(e.created_at));
  o.add("created_iso", iso_time(e.created_at));
  o.add("excerpt", std::move(e.summary.excerpt));
  o.add("id", std::move(e.id));
  o.add("mood", e.summary.mood ? std::to_string(*e.summary.mood) : std::string());
  o.add("tags", View::strings(std::move(e.summary.tags)));
  return o;
}

// A search result as the list shows an entry, the excerpt in parts (marked or not) around the
// first match; the template escapes each part and wraps the marked ones in <mark>.
View search_item_view(const JournalSearchHit& hit, const journal::SearchQuery& query) {
  const JournalEntryView& e = hit.entry;
  std::vector<journal::ExcerptPart> parts =
      hit.match.first ? journal::search_excerpt(query, e.content.text, *hit.match.first,
                                                journal::kExcerptCodePoints)
                      : std::vector<journal::ExcerptPart>{
                            {journal::excerpt(e.content.text, journal::kExcerptCodePoints), false}};
  View o = View::object();
  o.reserve(6);
  o.add("created", friendly_time(e.created_at));
  o.add("created_iso", iso_time(e.created_at));
  View& shown = o.add("parts", View::list());
  shown.reserve(parts.size());
  for (auto& p : parts) {
    View& part = shown.push_back(View::object());
    part.reserve(2);
    part.add("text", std::move(p.text));
    part.add("marked", p.marked);
  }
  o.add("id", e.id);
  o.add("mood", e.content.mood ? std::to_string(*e.content.mood) : std::string());
  o.add("tags", View::strings(e.content.tags));
  return o;
}

// "3 entries contain “walk”", or the one and none forms.
std::string search_summary(const Ctx& ctx, const journal::SearchQuery& query, int64_t matches) {
  const Locale& locale = ctx.app.locale;
  if (matches == 0) return locale.format("journal.search_count_none", {{"query", query.text}});
  if (matches == 1) return locale.format("journal.search_count_one", {{"query", query.text}});
  return locale.format("journal.search_count_many",
                       {{"n", std::to_string(matches)}, {"query", query.text}});
}

// The form fields as typed, for showing the form again after a problem.
nlohmann::json kept_fields(const Form& f) {
  return {{"text", f.get_or("text", "")},
          {"mood", f.get_or("mood", "")},
          {"tags_text", f.get_or("tags", "")}};
}

// Mood choices 1..10 with the kept one selected.
nlohmann::json mood_options(std::string_view selected) {
  nlohmann::json list = nlohmann::json::array();
  for (int i = 1; i <= 10; ++i) {
    std::string v = std::to_string(i);
    list.push_back({{"value", v}, {"selected", v == selected}});
  }
  return list;
}

Result<journal::EntryContent> content_from_form(const Form& f) {
  journal::EntryContent c;
  c.text = f.get_or("text", "");
  std::string mood = f.get_or("mood", "");
  if (!mood.empty()) {
    int v = 0;
    auto [p, ec] = std::from_chars(mood.data(), mood.data() + mood.size(), v);
    if (ec != std::errc() || p != mood.data() + mood.size()) {
      return Status::InvalidArgument("errors.mood_range");
    }
    c.mood = v;
  }
  c.tags = journal::split_tags(f.get_or("tags", ""));
  return c;
}

Response editor(Ctx& ctx, nlohmann::json entry, std::string_view error, bool is_new,
                int status) {
  std::string mood = entry.value("mood", "");
  nlohmann::json data = {{"entry", entry},
                         {"moods", mood_options(mood)},
                         {"is_new", is_new},
                         {"error", std::string(error)}};
  return render_page(ctx, "journal_edit", is_new ? "journal.new_title" : "journal.edit_title",
                     data, status);
}

// The list, a page at a time; `data` may already hold a search problem to show beside the box.
Response journal_list(Ctx& ctx, View data, int status) {
  int64_t page = 1;
  std::string raw = ctx.req.query_param("page");
  if (!raw.empty()) {
    auto [p, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), page);
    if (ec != std::errc() || page < 1 || page > 1'000'000) page = 1;
  }
  auto result = list_journal_summaries(ctx, (page - 1) * kPageSize, kPageSize);
  if (!result.ok()) return error_response(ctx, result.status());
  View entries = View::list();
  entries.reserve(result->items.size());
  for (auto& e : result->items) entries.push_back(list_item_view(std::move(e)));
  int64_t pages = (result->total + kPageSize - 1) / kPageSize;
  const bool has_entries = !entries.items().empty();
  data.reserve(data.members().size() + 7);
  data.add("has_entries", has_entries);
  data.add("deleted", ctx.req.query_param("deleted") == "1");
  data.add("show_search", has_entries || data.find("search_error") != nullptr);
  data.add("total", std::to_string(result->total));
  data.add("entries", std::move(entries));
  if (page > 1) data.add("prev_page", std::to_string(page - 1));
  if (page < pages) data.add("next_page", std::to_string(page + 1));
  if (pages > 1) {
    data.add("page_label", ctx.app.locale.format("journal.page_of", "page",
                                                 std::to_string(page) + " / " +
                                                     std::to_string(pages)));
  }
  return render_view_page(ctx, "journal_index", "journal.title", data, status);
}

Response journal_search(Ctx& ctx, const journal::SearchQuery& query) {
  auto found = search_journal_entries(ctx, query, kJournalSearchShown);
  if (!found.ok()) return error_response(ctx, found.status());
  View entries = View::list();
  entries.reserve(found->hits.size());
  for (const auto& hit : found->hits) entries.push_back(search_item_view(hit, query));
  const bool more = found->total_matches > static_cast<int64_t>(found->hits.size());
  View data = View::object();
  data.reserve(7);
  data.add("query", query.text);
  data.add("show_search", true);
  data.add("searching", true);
  data.add("search_summary", search_summary(ctx, query, found->total_matches));
  if (more) {
    data.add("search_more", ctx.app.locale.format("journal.search_more", "n",
                                                  std::to_string(kJournalSearchShown)));
  }
  data.add("has_entries", !entries.items().empty());
  data.add("entries", std::move(entries));
  return render_view_page(ctx, "journal_index", "journal.search_title", data);
}

// The entries that contain the typed words, or the list with the problem beside the box.
Response journal_search_typed(Ctx& ctx, std::string typed) {
  if (text::trim(typed).empty()) return journal_list(ctx, View::object(), 200);
  auto query = journal::parse_search_query(typed);
  if (!query.ok()) {
    // The list as usual, the problem beside the box and the words kept in it to shorten.
    View data = View::object();
    data.add("query", std::move(typed));
    data.add("search_error", ctx.app.locale.message(query.status().message()));
    return journal_list(ctx, std::move(data), http_status_for(query.status()));
  }
  return journal_search(ctx, *query);
}

}  // namespace

// The list, or with ?q= the entries that contain the words (an address someone typed or kept;
// the page's own search box posts, below). The query is personal text: it is not logged (the
// request log has the path only) nor kept, and the page is sent no-store.
Response page_journal_index(Ctx& ctx) {
  return journal_search_typed(ctx, ctx.req.query_param("q"));
}

// The search box posts its words, so they stay out of the address bar, the browser's history
// and anything that records addresses: a shared device does not show what was looked for.
Response page_journal_search(Ctx& ctx) { return journal_search_typed(ctx, ctx.form.get_or("q", "")); }

Response page_journal_new(Ctx& ctx) {
  return editor(ctx, {{"text", ""}, {"mood", ""}, {"tags_text", ""}}, "", true, 200);
}

Response page_journal_create(Ctx& ctx) {
  auto content = content_from_form(ctx.form);
  Result<std::string> id = content.ok() ? create_journal_entry(ctx, std::move(content.value()))
                                        : Result<std::string>(content.status());
  if (!id.ok()) {
    return editor(ctx, kept_fields(ctx.form), ctx.app.locale.message(id.status().message()), true,
                  http_status_for(id.status()));
  }
  std::string saved = "/journal/" + *id;
  if (auto help = support_if_crisis(ctx, {ctx.form.get_or("text", "")}, "journal", saved)) {
    return *help;
  }
  return finish(ctx, Response::redirect(saved));
}

Response page_journal_show(Ctx& ctx) {
  auto e = load_journal_entry(ctx, ctx.req.param("id"));
  if (!e.ok()) return error_response(ctx, e.status());
  nlohmann::json data = {{"entry", entry_view_json(*e)},
                         {"saved", ctx.req.query_param("saved") == "1"}};
  return render_page(ctx, "journal_show", "journal.entry_title", std::move(data));
}

Response page_journal_edit(Ctx& ctx) {
  auto e = load_journal_entry(ctx, ctx.req.param("id"));
  if (!e.ok()) return error_response(ctx, e.status());
  return editor(ctx, entry_view_json(*e), "", false, 200);
}

Response page_journal_update(Ctx& ctx) {
  std::string id(ctx.req.param("id"));
  auto content = content_from_form(ctx.form);
  Status st = content.ok() ? update_journal_entry(ctx, id, std::move(content.value())).status()
                           : content.status();
  if (!st.ok()) {
    if (st.Is(Status::Code::kNotFound)) return error_response(ctx, st);
    nlohmann::json kept = kept_fields(ctx.form);
    kept["id"] = id;
    return editor(ctx, kept, ctx.app.locale.message(st.message()), false, http_status_for(st));
  }
  std::string saved = "/journal/" + id + "?saved=1";
  if (auto help = support_if_crisis(ctx, {ctx.form.get_or("text", "")}, "journal", saved)) {
    return *help;
  }
  return finish(ctx, Response::redirect(saved));
}

Response page_journal_delete(Ctx& ctx) {
  Status st = delete_journal_entry(ctx, ctx.req.param("id"));
  if (!st.ok()) return error_response(ctx, st);
  return finish(ctx, Response::redirect("/journal?deleted=1"));
}

}  // namespace refuge::web
