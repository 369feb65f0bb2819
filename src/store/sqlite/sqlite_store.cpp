#include "store/sqlite/sqlite_store.h"

#include <sys/stat.h>

#include <filesystem>

#include "store/sqlite/migrations.h"
#include "store/sqlite/pool.h"
#include "store/sqlite/tables.h"

namespace refuge::store {
namespace {

class SqliteStore : public Store {
 public:
  SqliteStore(sqlite::Connection writer, std::vector<sqlite::Connection> readers)
      : pool_(std::move(writer), std::move(readers)),
        accounts_(pool_),
        sessions_(pool_),
        attempts_(pool_),
        journal_(pool_),
        practice_log_(pool_),
        soothing_kits_(pool_, "soothing_kits"),
        safety_plans_(pool_, "safety_plans"),
        attachment_stories_(pool_, "attachment_stories"),
        program_progress_(pool_, "program_progress"),
        thought_records_(pool_, "thought_records"),
        phrases_(pool_, "compassion_phrases"),
        assessments_(pool_),
        risk_events_(pool_) {}

  AccountStore& accounts() override { return accounts_; }
  SessionStore& sessions() override { return sessions_; }
  LoginAttemptStore& login_attempts() override { return attempts_; }
  JournalStore& journal() override { return journal_; }
  PracticeLogStore& practice_log() override { return practice_log_; }
  PersonDocumentStore& person_documents(PersonDocumentKind kind) override {
    switch (kind) {
      case PersonDocumentKind::kSoothingKit: return soothing_kits_;
      case PersonDocumentKind::kSafetyPlan: return safety_plans_;
      case PersonDocumentKind::kAttachmentStory: return attachment_stories_;
      case PersonDocumentKind::kProgramProgress: return program_progress_;
    }
    return safety_plans_;  // unreachable: every kind is listed above
  }
  DocumentStore& documents(DocumentKind kind) override {
    return kind == DocumentKind::kThoughtRecord ? thought_records_ : phrases_;
  }
  AssessmentStore& assessments() override { return assessments_; }
  RiskEventStore& risk_events() override { return risk_events_; }
  Status ping() override {
    return sqlite::read_integer(pool_, "SELECT 1", [](sqlite::Statement&) {}).status();
  }

 private:
  sqlite::Pool pool_;
  sqlite::SqliteAccounts accounts_;
  sqlite::SqliteSessions sessions_;
  sqlite::SqliteLoginAttempts attempts_;
  sqlite::SqliteJournal journal_;
  sqlite::SqlitePracticeLog practice_log_;
  sqlite::SqlitePersonDocuments soothing_kits_;
  sqlite::SqlitePersonDocuments safety_plans_;
  sqlite::SqlitePersonDocuments attachment_stories_;
  sqlite::SqlitePersonDocuments program_progress_;
  sqlite::SqliteDocuments thought_records_;
  sqlite::SqliteDocuments phrases_;
  sqlite::SqliteAssessments assessments_;
  sqlite::SqliteRiskEvents risk_events_;
};

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const SqliteOptions& o) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(o.path).parent_path();
  std::error_code ec;
  if (!dir.empty() && !fs::exists(dir, ec)) {
    fs::create_directories(dir, ec);
    if (ec) return Status::IOError("cannot create " + dir.string() + ": " + ec.message());
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
  }
  mode_t old_mask = ::umask(077);  // the database, -wal and -shm files are the owner's only
  auto writer = sqlite::Connection::open(o.path, /*create=*/true, false, o.busy_timeout_ms);
  ::umask(old_mask);
  if (!writer.ok()) return writer.status();
  Status st = writer->exec("PRAGMA journal_mode=WAL");
  if (st.ok()) st = sqlite::migrate(*writer);
  if (!st.ok()) return st;
  std::vector<sqlite::Connection> readers;
  for (int i = 0; i < std::max(1, o.readers); ++i) {
    auto r = sqlite::Connection::open(o.path, false, false, o.busy_timeout_ms);
    if (!r.ok()) return r.status();
    st = r->exec("PRAGMA query_only=1");
    if (!st.ok()) return st;
    readers.push_back(std::move(r.value()));
  }
  return std::unique_ptr<Store>(new SqliteStore(std::move(writer.value()), std::move(readers)));
}

}  // namespace refuge::store
