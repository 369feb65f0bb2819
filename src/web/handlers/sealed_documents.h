// Sealed documents of the signed-in person (thought records, saved phrases, ...): the plaintext
// goes through the vault with the document's kind and id as associated data, the store keeps the
// sealed bytes. The typed helpers (thought_records.h) encode and validate around these.
#pragma once

#include <functional>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "web/handlers/context.h"

namespace refuge::web {

struct OpenedDocument {
  std::string id;
  std::string plaintext;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

class SealedDocuments {
 public:
  // `vault_kind` names the kind in the associated data ("thought_record", "phrase").
  SealedDocuments(Ctx& ctx, store::DocumentKind kind, std::string_view vault_kind)
      : ctx_(ctx), store_(ctx.app.store.documents(kind)), vault_kind_(vault_kind) {}

  Result<std::string> create(const std::string& plaintext);
  Result<OpenedDocument> load(std::string_view id);
  // Newest first.
  Result<std::vector<OpenedDocument>> list(int64_t offset, int64_t limit);
  Status update(std::string_view id, const std::string& plaintext);
  Status remove(std::string_view id);

 private:
  Result<OpenedDocument> open(const store::DocumentRecord& r) const;

  Ctx& ctx_;
  store::DocumentStore& store_;
  std::string_view vault_kind_;
};

// The one sealed document of a kind the signed-in person has (their self-soothing kit, their
// safety plan). The associated data is `vault_kind|owner id|owner id`. Opening gives nullopt
// when they have none yet.
struct OpenedPersonDocument {
  std::string plaintext;
  int64_t updated_at = 0;
};
Result<std::optional<OpenedPersonDocument>> load_person_document(Ctx& ctx,
                                                                 store::PersonDocumentKind kind,
                                                                 std::string_view vault_kind);
Status save_person_document(Ctx& ctx, store::PersonDocumentKind kind, std::string_view vault_kind,
                            const std::string& plaintext);

// Changes one part of the person's document: `change` turns its plain text (nullptr: none yet)
// into the new one. The write happens only if nobody wrote in between; otherwise the document is
// read again and `change` applied again, so two tabs saving different parts both keep their
// words. Errors from `change` are returned as they are, and nothing is written.
using DocumentChange = std::function<Result<std::string>(const std::string* plaintext)>;
Status update_person_document(Ctx& ctx, store::PersonDocumentKind kind, std::string_view vault_kind,
                              const DocumentChange& change);

}  // namespace refuge::web
