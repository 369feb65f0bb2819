// A Store whose every call fails with IOError, as when the disk is gone or the database stays
// locked: for testing that safety pages still render.
#pragma once

#include "store/store.h"

namespace refuge::web {

class DownStore : public store::Store {
 public:
  static Status down() { return Status::IOError("database unavailable"); }

  store::AccountStore& accounts() override { return accounts_; }
  store::SessionStore& sessions() override { return sessions_; }
  store::LoginAttemptStore& login_attempts() override { return attempts_; }
  store::JournalStore& journal() override { return journal_; }
  store::PracticeLogStore& practice_log() override { return practice_log_; }
  store::PersonDocumentStore& person_documents(store::PersonDocumentKind) override {
    return person_documents_;
  }
  store::DocumentStore& documents(store::DocumentKind) override { return documents_; }
  store::AssessmentStore& assessments() override { return assessments_; }
  store::RiskEventStore& risk_events() override { return risks_; }
  Status ping() override { return down(); }

 private:
  using Bytes = store::Bytes;
  struct Accounts : store::AccountStore {
    Status create(const store::AccountRecord&) override { return down(); }
    Result<store::AccountRecord> find_by_username(std::string_view) override { return down(); }
    Result<store::AccountRecord> find(std::string_view) override { return down(); }
    Status update_keys(const store::AccountRecord&) override { return down(); }
    Status remove(std::string_view) override { return down(); }
    Result<int64_t> count() override { return down(); }
  } accounts_;
  struct Sessions : store::SessionStore {
    Status create(const store::SessionRecord&) override { return down(); }
    Result<store::SessionRecord> find_by_token_hash(const Bytes&) override { return down(); }
    Result<store::ActiveSession> find_active(const Bytes&) override { return down(); }
    Status touch(std::string_view, int64_t) override { return down(); }
    Result<std::vector<store::SessionRecord>> list_for(std::string_view) override {
      return down();
    }
    Status remove(std::string_view, std::string_view) override { return down(); }
    Status remove_all_except(std::string_view, std::string_view) override { return down(); }
    Result<int64_t> remove_expired(int64_t, int64_t) override { return down(); }
  } sessions_;
  struct Attempts : store::LoginAttemptStore {
    Status record_failure(std::string_view, int64_t) override { return down(); }
    Result<int64_t> failures_since(std::string_view, int64_t) override { return down(); }
    Result<int64_t> oldest_failure_since(std::string_view, int64_t) override { return down(); }
    Status clear(std::string_view) override { return down(); }
    Status prune(int64_t) override { return down(); }
  } attempts_;
  struct Journal : store::JournalStore {
    Status create(const store::JournalRecord&) override { return down(); }
    Result<int64_t> update(const store::JournalRecord&) override { return down(); }
    Result<store::JournalRecord> get(std::string_view, std::string_view) override {
      return down();
    }
    Result<std::vector<store::JournalRecord>> list(std::string_view, int64_t, int64_t) override {
      return down();
    }
    Result<store::JournalListing> list_summaries(std::string_view, int64_t, int64_t) override {
      return down();
    }
    Result<int64_t> count(std::string_view) override { return down(); }
    Status remove(std::string_view, std::string_view) override { return down(); }
    Result<store::SummaryBlockRecord> newest_summary_block(std::string_view) override {
      return down();
    }
    Result<store::SummaryBlockRecord> summary_block(std::string_view, int64_t) override {
      return down();
    }
    Status put_summary_block(const store::SummaryBlockRecord&, std::string_view) override {
      return down();
    }
  } journal_;
  struct PracticeLog : store::PracticeLogStore {
    Status create(const store::PracticeSessionRecord&) override { return down(); }
    Result<std::vector<store::PracticeSessionRecord>> list_since(std::string_view, int64_t,
                                                                 int64_t) override {
      return down();
    }
  } practice_log_;
  struct PersonDocuments : store::PersonDocumentStore {
    Result<store::PersonDocumentRecord> get(std::string_view) override { return down(); }
    Status put(const store::PersonDocumentRecord&) override { return down(); }
    Result<bool> replace_if_unchanged(const store::PersonDocumentRecord&, const Bytes*) override {
      return down();
    }
  } person_documents_;
  struct Documents : store::DocumentStore {
    Status create(const store::DocumentRecord&) override { return down(); }
    Status update(const store::DocumentRecord&) override { return down(); }
    Result<store::DocumentRecord> get(std::string_view, std::string_view) override {
      return down();
    }
    Result<std::vector<store::DocumentRecord>> list(std::string_view, int64_t, int64_t) override {
      return down();
    }
    Result<int64_t> count(std::string_view) override { return down(); }
    Status remove(std::string_view, std::string_view) override { return down(); }
  } documents_;
  struct Assessments : store::AssessmentStore {
    Status create(const store::AssessmentRecord&) override { return down(); }
    Status update(const store::AssessmentRecord&) override { return down(); }
    Result<store::AssessmentRecord> get(std::string_view, std::string_view) override {
      return down();
    }
    Result<std::vector<store::AssessmentRecord>> list(std::string_view,
                                                      std::string_view) override {
      return down();
    }
    Status remove(std::string_view, std::string_view) override { return down(); }
  } assessments_;
  struct Risks : store::RiskEventStore {
    Status record(const store::RiskEventRecord&) override { return down(); }
    Result<std::vector<store::RiskEventRecord>> list(std::string_view) override { return down(); }
  } risks_;
};

// The real store, every part forwarded; a test store overrides the part it changes.
class ForwardingStore : public store::Store {
 public:
  explicit ForwardingStore(store::Store& real) : real_(real) {}
  store::AccountStore& accounts() override { return real_.accounts(); }
  store::SessionStore& sessions() override { return real_.sessions(); }
  store::LoginAttemptStore& login_attempts() override { return real_.login_attempts(); }
  store::JournalStore& journal() override { return real_.journal(); }
  store::PracticeLogStore& practice_log() override { return real_.practice_log(); }
  store::PersonDocumentStore& person_documents(store::PersonDocumentKind kind) override {
    return real_.person_documents(kind);
  }
  store::DocumentStore& documents(store::DocumentKind kind) override {
    return real_.documents(kind);
  }
  store::AssessmentStore& assessments() override { return real_.assessments(); }
  store::RiskEventStore& risk_events() override { return real_.risk_events(); }
  Status ping() override { return real_.ping(); }

 protected:
  store::Store& real_;
};

// The real store, except for one kind of person document, which `swapped()` serves.
class SwappedPersonDocumentsStore : public ForwardingStore {
 public:
  SwappedPersonDocumentsStore(store::Store& real, store::PersonDocumentKind kind)
      : ForwardingStore(real), kind_(kind) {}
  store::PersonDocumentStore& person_documents(store::PersonDocumentKind kind) override {
    return kind == kind_ ? swapped() : real_.person_documents(kind);
  }

 protected:
  virtual store::PersonDocumentStore& swapped() = 0;
  store::PersonDocumentKind kind_;
};

// One kind of person document (the safety plan, the attachment story, the program progress, ...)
// fails every call.
class PersonDocumentDownStore : public SwappedPersonDocumentsStore {
 public:
  using SwappedPersonDocumentsStore::SwappedPersonDocumentsStore;

 private:
  store::PersonDocumentStore& swapped() override { return down_.person_documents(kind_); }
  DownStore down_;
};

// The next read of one kind of person document gives `stale` (what another tab read before a
// save of its own): the write that follows must notice and read again.
class StaleReadStore : public SwappedPersonDocumentsStore {
 public:
  StaleReadStore(store::Store& real, store::PersonDocumentKind kind,
                 store::PersonDocumentRecord stale)
      : SwappedPersonDocumentsStore(real, kind),
        docs_(real.person_documents(kind), std::move(stale)) {}
  int reads() const { return docs_.served; }  // of that kind, the stale one included

 private:
  struct Docs : store::PersonDocumentStore {
    Docs(store::PersonDocumentStore& r, store::PersonDocumentRecord s)
        : real(r), stale(std::move(s)) {}
    Result<store::PersonDocumentRecord> get(std::string_view owner) override {
      if (served++ == 0) return stale;
      return real.get(owner);
    }
    Status put(const store::PersonDocumentRecord& r) override { return real.put(r); }
    Result<bool> replace_if_unchanged(const store::PersonDocumentRecord& r,
                                      const store::Bytes* previous) override {
      return real.replace_if_unchanged(r, previous);
    }
    store::PersonDocumentStore& real;
    store::PersonDocumentRecord stale;
    int served = 0;
  };
  store::PersonDocumentStore& swapped() override { return docs_; }
  Docs docs_;
};

// The real store, except that the journal's list() fails for offsets from `failing_from` on (0:
// always), as when the database goes away while a search reads a person's entries.
class JournalListDownStore : public ForwardingStore {
 public:
  JournalListDownStore(store::Store& real, int64_t failing_from)
      : ForwardingStore(real), journal_(real.journal(), failing_from) {}
  store::JournalStore& journal() override { return journal_; }

 private:
  struct Journal : store::JournalStore {
    Journal(store::JournalStore& r, int64_t from) : real(r), failing_from(from) {}
    Status create(const store::JournalRecord& r) override { return real.create(r); }
    Result<int64_t> update(const store::JournalRecord& r) override { return real.update(r); }
    Result<store::JournalRecord> get(std::string_view owner, std::string_view id) override {
      return real.get(owner, id);
    }
    Result<std::vector<store::JournalRecord>> list(std::string_view owner, int64_t offset,
                                                   int64_t limit) override {
      if (offset >= failing_from) return DownStore::down();
      return real.list(owner, offset, limit);
    }
    Result<store::JournalListing> list_summaries(std::string_view owner, int64_t offset,
                                                 int64_t limit) override {
      return real.list_summaries(owner, offset, limit);
    }
    Result<int64_t> count(std::string_view owner) override { return real.count(owner); }
    Status remove(std::string_view owner, std::string_view id) override {
      return real.remove(owner, id);
    }
    Result<store::SummaryBlockRecord> newest_summary_block(std::string_view owner) override {
      return real.newest_summary_block(owner);
    }
    Result<store::SummaryBlockRecord> summary_block(std::string_view owner,
                                                    int64_t block) override {
      return real.summary_block(owner, block);
    }
    Status put_summary_block(const store::SummaryBlockRecord& b,
                             std::string_view placed) override {
      return real.put_summary_block(b, placed);
    }
    store::JournalStore& real;
    int64_t failing_from;
  };
  Journal journal_;
};

}  // namespace refuge::web
