#include "web/handlers/practice_records.h"

#include <nlohmann/json.hpp>

#include "store/crypto/random.h"
#include "web/handlers/sealed_documents.h"

namespace refuge::web {
namespace {

constexpr int64_t kMaxSessionsListed = 5000;

nlohmann::json rating(const std::optional<int>& v) { return v ? nlohmann::json(*v) : nullptr; }

std::optional<int> rating_from(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<int>();
}

}  // namespace

Result<std::string> log_practice_session(Ctx& ctx, const practices::PracticeSession& s) {
  Status valid = practices::validate_session(ctx.app.practices, s);
  if (!valid.ok()) return valid;
  store::PracticeSessionRecord r;
  r.id = crypto::random_id();
  r.owner_id = ctx.me().account.id;
  r.practice_id = s.practice_id;
  r.variant = s.variant;
  r.started_at = s.started_at;
  r.seconds = s.seconds;
  r.completed = s.completed;
  nlohmann::json ratings = {{"suds_before", rating(s.suds_before)},
                            {"suds_after", rating(s.suds_after)}};
  r.sealed = ctx.me().vault().seal(kPracticeSessionKind, r.id, r.owner_id, ratings.dump());
  Status st = ctx.app.store.practice_log().create(r);
  if (!st.ok()) return st;
  return r.id;
}

Result<std::vector<LoggedSession>> practice_sessions_since(Ctx& ctx, int64_t since) {
  auto records =
      ctx.app.store.practice_log().list_since(ctx.me().account.id, since, kMaxSessionsListed);
  if (!records.ok()) return records.status();
  std::vector<LoggedSession> out;
  out.reserve(records->size());
  for (const auto& r : *records) {
    auto plain = ctx.me().vault().open(kPracticeSessionKind, r.id, r.owner_id, r.sealed);
    if (!plain.ok()) return plain.status();
    auto ratings = nlohmann::json::parse(*plain, nullptr, false);
    if (!ratings.is_object()) return Status::Corruption("practice session ratings unreadable");
    practices::PracticeSession s{r.practice_id, r.variant, r.started_at, r.seconds, r.completed,
                                 rating_from(ratings, "suds_before"),
                                 rating_from(ratings, "suds_after")};
    out.push_back({r.id, std::move(s)});
  }
  return out;
}

Result<practices::SoothingKit> load_soothing_kit(Ctx& ctx) {
  auto doc = load_person_document(ctx, store::PersonDocumentKind::kSoothingKit, kSoothingKitKind);
  if (!doc.ok()) return doc.status();
  if (!*doc) return practices::SoothingKit{};
  return practices::decode_kit((*doc)->plaintext);
}

Status save_soothing_kit(Ctx& ctx, practices::SoothingKit kit) {
  auto valid = practices::validate_kit(std::move(kit));
  if (!valid.ok()) return valid.status();
  return save_person_document(ctx, store::PersonDocumentKind::kSoothingKit, kSoothingKitKind,
                              practices::encode_kit(*valid));
}

}  // namespace refuge::web
