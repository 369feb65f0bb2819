// The one persistence interface. Each aggregate has its own small interface; a Store hands them
// out. Implementations: sqlite/ (embedded default), later postgres/.
// All methods are safe to call from several threads at once. They block (disk I/O), so the web
// layer calls them from its worker pool, never from an IO thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/records.h"

namespace refuge::store {

class AccountStore {
 public:
  virtual ~AccountStore() = default;
  // AlreadyExists when the (lower-cased) username is taken.
  virtual Status create(const AccountRecord& a) = 0;
  virtual Result<AccountRecord> find_by_username(std::string_view username) = 0;  // NotFound
  virtual Result<AccountRecord> find(std::string_view id) = 0;                    // NotFound
  // Replaces password_hash, password_salt, dk_by_password, recovery_salt, dk_by_recovery.
  virtual Status update_keys(const AccountRecord& a) = 0;
  // Deletes the account and everything it owns (sessions, journal, ...).
  virtual Status remove(std::string_view id) = 0;
  virtual Result<int64_t> count() = 0;
};

class SessionStore {
 public:
  virtual ~SessionStore() = default;
  virtual Status create(const SessionRecord& s) = 0;
  virtual Result<SessionRecord> find_by_token_hash(const Bytes& token_hash) = 0;  // NotFound
  // The session with its account's username and role (for each signed-in request). NotFound.
  virtual Result<ActiveSession> find_active(const Bytes& token_hash) = 0;
  virtual Status touch(std::string_view id, int64_t now) = 0;
  virtual Result<std::vector<SessionRecord>> list_for(std::string_view account_id) = 0;
  // NotFound when the session does not exist or belongs to someone else.
  virtual Status remove(std::string_view account_id, std::string_view id) = 0;
  virtual Status remove_all_except(std::string_view account_id, std::string_view keep_id) = 0;
  // Deletes sessions idle since before idle_cutoff or created before absolute_cutoff.
  virtual Result<int64_t> remove_expired(int64_t idle_cutoff, int64_t absolute_cutoff) = 0;
};

// Failed log-in attempts, keyed by an opaque key ("u:<hash of username>" or "ip:<address>").
class LoginAttemptStore {
 public:
  virtual ~LoginAttemptStore() = default;
  virtual Status record_failure(std::string_view key, int64_t now) = 0;
  virtual Result<int64_t> failures_since(std::string_view key, int64_t since) = 0;
  // Time of the oldest failure at or after `since`, or 0 when none.
  virtual Result<int64_t> oldest_failure_since(std::string_view key, int64_t since) = 0;
  virtual Status clear(std::string_view key) = 0;
  virtual Status prune(int64_t before) = 0;
};

class JournalStore {
 public:
  virtual ~JournalStore() = default;
  virtual Status create(const JournalRecord& r) = 0;
  // Replaces sealed, sealed_summary and updated_at and adds 1 to the revision; returns the new
  // revision. NotFound when missing or owned by someone else.
  virtual Result<int64_t> update(const JournalRecord& r) = 0;
  virtual Result<JournalRecord> get(std::string_view owner_id, std::string_view id) = 0;
  // Newest first (created_at desc, then id), skipping `offset`, at most `limit`.
  virtual Result<std::vector<JournalRecord>> list(std::string_view owner_id, int64_t offset,
                                                  int64_t limit) = 0;
  // The list view: the same page as list() plus the owner's total. Each record carries its
  // revision and summary_block, and leaves `sealed` empty; one in no block carries
  // sealed_summary, or `sealed` when it has no summary either (written before summaries).
  virtual Result<JournalListing> list_summaries(std::string_view owner_id, int64_t offset,
                                                int64_t limit) = 0;
  virtual Result<int64_t> count(std::string_view owner_id) = 0;
  virtual Status remove(std::string_view owner_id, std::string_view id) = 0;  // NotFound

  // Summary blocks: the owner's newest one (NotFound when there is none), one by number
  // (NotFound), and writing one (insert or replace). put_summary_block also records, when
  // `placed_entry_id` is not empty, that this block now holds that entry's summary.
  virtual Result<SummaryBlockRecord> newest_summary_block(std::string_view owner_id) = 0;
  virtual Result<SummaryBlockRecord> summary_block(std::string_view owner_id, int64_t block) = 0;
  virtual Status put_summary_block(const SummaryBlockRecord& b,
                                   std::string_view placed_entry_id) = 0;
};

class PracticeLogStore {
 public:
  virtual ~PracticeLogStore() = default;
  virtual Status create(const PracticeSessionRecord& r) = 0;
  // Sessions started at or after `since`, newest first, at most `limit`.
  virtual Result<std::vector<PracticeSessionRecord>> list_since(std::string_view owner_id,
                                                                int64_t since, int64_t limit) = 0;
};

// The one sealed document of a kind each person has; see PersonDocumentKind below.
class PersonDocumentStore {
 public:
  virtual ~PersonDocumentStore() = default;
  virtual Result<PersonDocumentRecord> get(std::string_view owner_id) = 0;  // NotFound
  virtual Status put(const PersonDocumentRecord& r) = 0;                     // insert or replace
  // Writes `r` only if the stored document is still `previous` (byte for byte; nullptr: there is
  // none yet). False when another write came first: read again, re-apply the change, retry.
  virtual Result<bool> replace_if_unchanged(const PersonDocumentRecord& r,
                                            const Bytes* previous) = 0;
};

enum class PersonDocumentKind { kSoothingKit, kSafetyPlan, kAttachmentStory, kProgramProgress };

// Sealed documents of one kind; see DocumentKind below.
class DocumentStore {
 public:
  virtual ~DocumentStore() = default;
  virtual Status create(const DocumentRecord& r) = 0;
  // Replaces sealed and updated_at. NotFound when missing or owned by someone else.
  virtual Status update(const DocumentRecord& r) = 0;
  virtual Result<DocumentRecord> get(std::string_view owner_id, std::string_view id) = 0;
  // Newest first (created_at desc, then id), skipping `offset`, at most `limit`.
  virtual Result<std::vector<DocumentRecord>> list(std::string_view owner_id, int64_t offset,
                                                   int64_t limit) = 0;
  virtual Result<int64_t> count(std::string_view owner_id) = 0;
  virtual Status remove(std::string_view owner_id, std::string_view id) = 0;  // NotFound
};

enum class DocumentKind { kThoughtRecord, kCompassionPhrase };

class AssessmentStore {
 public:
  virtual ~AssessmentStore() = default;
  virtual Status create(const AssessmentRecord& r) = 0;
  // Replaces completed, updated_at and sealed. NotFound when missing or someone else's.
  virtual Status update(const AssessmentRecord& r) = 0;
  virtual Result<AssessmentRecord> get(std::string_view owner_id, std::string_view id) = 0;
  // Oldest first (created_at, then id); every instrument when instrument_id is empty.
  virtual Result<std::vector<AssessmentRecord>> list(std::string_view owner_id,
                                                     std::string_view instrument_id) = 0;
  virtual Status remove(std::string_view owner_id, std::string_view id) = 0;  // NotFound
};

class RiskEventStore {
 public:
  virtual ~RiskEventStore() = default;
  virtual Status record(const RiskEventRecord& r) = 0;
  // Newest first.
  virtual Result<std::vector<RiskEventRecord>> list(std::string_view owner_id) = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual AccountStore& accounts() = 0;
  virtual SessionStore& sessions() = 0;
  virtual LoginAttemptStore& login_attempts() = 0;
  virtual JournalStore& journal() = 0;
  virtual PracticeLogStore& practice_log() = 0;
  virtual PersonDocumentStore& person_documents(PersonDocumentKind kind) = 0;
  virtual DocumentStore& documents(DocumentKind kind) = 0;
  virtual AssessmentStore& assessments() = 0;
  virtual RiskEventStore& risk_events() = 0;
  // Cheap liveness check (used by /healthz).
  virtual Status ping() = 0;
};

}  // namespace refuge::store
