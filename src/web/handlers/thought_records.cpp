#include "web/handlers/thought_records.h"

#include "web/handlers/sealed_documents.h"

namespace refuge::web {
namespace {

SealedDocuments records(Ctx& ctx) {
  return SealedDocuments(ctx, store::DocumentKind::kThoughtRecord, kThoughtRecordKind);
}
SealedDocuments phrases(Ctx& ctx) {
  return SealedDocuments(ctx, store::DocumentKind::kCompassionPhrase, kPhraseKind);
}

Result<ThoughtRecordView> to_view(OpenedDocument d) {
  auto r = thoughts::decode_record(d.plaintext);
  if (!r.ok()) return r.status();
  return ThoughtRecordView{std::move(d.id), std::move(r.value()), d.created_at, d.updated_at};
}

}  // namespace

Result<std::string> create_thought_record(Ctx& ctx, const thoughts::ThoughtRecord& r) {
  Status valid = thoughts::validate_record(r);
  if (!valid.ok()) return valid;
  return records(ctx).create(thoughts::encode_record(r));
}

Result<ThoughtRecordView> load_thought_record(Ctx& ctx, std::string_view id) {
  auto d = records(ctx).load(id);
  if (!d.ok()) return d.status();
  return to_view(std::move(d.value()));
}

Result<std::vector<ThoughtRecordView>> list_thought_records(Ctx& ctx, int64_t limit) {
  auto docs = records(ctx).list(0, limit);
  if (!docs.ok()) return docs.status();
  std::vector<ThoughtRecordView> out;
  for (auto& d : *docs) {
    auto v = to_view(std::move(d));
    if (!v.ok()) return v.status();
    out.push_back(std::move(v.value()));
  }
  return out;
}

Status update_thought_record(Ctx& ctx, std::string_view id, const thoughts::ThoughtRecord& r) {
  Status valid = thoughts::validate_record(r);
  if (!valid.ok()) return valid;
  return records(ctx).update(id, thoughts::encode_record(r));
}

Status delete_thought_record(Ctx& ctx, std::string_view id) { return records(ctx).remove(id); }

Result<std::string> save_phrase(Ctx& ctx, std::string_view text) {
  auto phrase = thoughts::validate_phrase(text);
  if (!phrase.ok()) return phrase.status();
  return phrases(ctx).create(*phrase);
}

Result<std::vector<PhraseView>> list_phrases(Ctx& ctx, int64_t limit) {
  auto docs = phrases(ctx).list(0, limit);
  if (!docs.ok()) return docs.status();
  std::vector<PhraseView> out;
  for (auto& d : *docs) out.push_back({std::move(d.id), std::move(d.plaintext), d.created_at});
  return out;
}

Status delete_phrase(Ctx& ctx, std::string_view id) { return phrases(ctx).remove(id); }

}  // namespace refuge::web
