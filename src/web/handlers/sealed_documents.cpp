#include "web/handlers/sealed_documents.h"

#include "store/crypto/random.h"

namespace refuge::web {

Result<OpenedDocument> SealedDocuments::open(const store::DocumentRecord& r) const {
  auto plain = ctx_.me().vault().open(vault_kind_, r.id, r.owner_id, r.sealed);
  if (!plain.ok()) return plain.status();
  return OpenedDocument{r.id, std::move(plain.value()), r.created_at, r.updated_at};
}

Result<std::string> SealedDocuments::create(const std::string& plaintext) {
  store::DocumentRecord r;
  r.id = crypto::random_id();
  r.owner_id = ctx_.me().account.id;
  r.created_at = r.updated_at = ctx_.app.clock();
  r.sealed = ctx_.me().vault().seal(vault_kind_, r.id, r.owner_id, plaintext);
  Status st = store_.create(r);
  if (!st.ok()) return st;
  return r.id;
}

Result<OpenedDocument> SealedDocuments::load(std::string_view id) {
  auto r = store_.get(ctx_.me().account.id, id);
  if (!r.ok()) return r.status();
  return open(*r);
}

Result<std::vector<OpenedDocument>> SealedDocuments::list(int64_t offset, int64_t limit) {
  auto records = store_.list(ctx_.me().account.id, offset, limit);
  if (!records.ok()) return records.status();
  std::vector<OpenedDocument> out;
  out.reserve(records->size());
  for (const auto& r : *records) {
    auto d = open(r);
    if (!d.ok()) return d.status();
    out.push_back(std::move(d.value()));
  }
  return out;
}

Status SealedDocuments::update(std::string_view id, const std::string& plaintext) {
  auto existing = store_.get(ctx_.me().account.id, id);
  if (!existing.ok()) return existing.status();
  store::DocumentRecord r = std::move(existing.value());
  r.updated_at = ctx_.app.clock();
  r.sealed = ctx_.me().vault().seal(vault_kind_, r.id, r.owner_id, plaintext);
  return store_.update(r);
}

Status SealedDocuments::remove(std::string_view id) {
  return store_.remove(ctx_.me().account.id, id);
}

Result<std::optional<OpenedPersonDocument>> load_person_document(Ctx& ctx,
                                                                 store::PersonDocumentKind kind,
                                                                 std::string_view vault_kind) {
  auto r = ctx.app.store.person_documents(kind).get(ctx.me().account.id);
  if (!r.ok()) {
    if (r.status().Is(Status::Code::kNotFound)) return std::optional<OpenedPersonDocument>();
    return r.status();
  }
  auto plain = ctx.me().vault().open(vault_kind, r->owner_id, r->owner_id, r->sealed);
  if (!plain.ok()) return plain.status();
  return std::optional<OpenedPersonDocument>(
      OpenedPersonDocument{std::move(plain.value()), r->updated_at});
}

Status update_person_document(Ctx& ctx, store::PersonDocumentKind kind, std::string_view vault_kind,
                              const DocumentChange& change) {
  constexpr int kAttempts = 5;
  store::PersonDocumentStore& docs = ctx.app.store.person_documents(kind);
  const std::string& owner = ctx.me().account.id;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    auto stored = docs.get(owner);
    if (!stored.ok() && !stored.status().Is(Status::Code::kNotFound)) return stored.status();
    std::optional<std::string> plain;
    if (stored.ok()) {
      auto opened = ctx.me().vault().open(vault_kind, owner, owner, stored->sealed);
      if (!opened.ok()) return opened.status();
      plain = std::move(opened.value());
    }
    auto next = change(plain ? &*plain : nullptr);
    if (!next.ok()) return next.status();
    store::PersonDocumentRecord r{owner, ctx.app.clock(),
                                  ctx.me().vault().seal(vault_kind, owner, owner, *next)};
    auto written = docs.replace_if_unchanged(r, stored.ok() ? &stored->sealed : nullptr);
    if (!written.ok()) return written.status();
    if (*written) return Status::Ok();
  }
  return Status::IOError(std::string(vault_kind) + ": the document kept changing while saving");
}

Status save_person_document(Ctx& ctx, store::PersonDocumentKind kind, std::string_view vault_kind,
                            const std::string& plaintext) {
  store::PersonDocumentRecord r;
  r.owner_id = ctx.me().account.id;
  r.updated_at = ctx.app.clock();
  r.sealed = ctx.me().vault().seal(vault_kind, r.owner_id, r.owner_id, plaintext);
  return ctx.app.store.person_documents(kind).put(r);
}

}  // namespace refuge::web
