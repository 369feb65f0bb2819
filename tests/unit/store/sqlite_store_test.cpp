#include "store/sqlite/sqlite_store.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include <sqlite3.h>

#include "store/crypto/random.h"

namespace refuge::store {
namespace {

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    crypto::init_sodium();
    char tmpl[] = "/tmp/refuge-store-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
    store_ = Open();
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::unique_ptr<Store> Open() {
    SqliteOptions o;
    o.path = dir_ + "/db/refuge.db";
    auto s = open_sqlite_store(o);
    EXPECT_TRUE(s.ok()) << s.status().message();
    return s.ok() ? std::move(s.value()) : nullptr;
  }
  AccountRecord Account(const std::string& name) {
    AccountRecord a;
    a.id = crypto::random_id();
    a.username = name;
    a.password_hash = "$argon2id$x";
    a.password_salt = a.dk_by_password = a.recovery_salt = a.dk_by_recovery = {1, 2, 3};
    a.public_key = a.secret_key_sealed = {4, 5};
    a.created_at = 100;
    return a;
  }
  JournalRecord Entry(const std::string& owner, int64_t at) {
    return JournalRecord{crypto::random_id(), owner, at, at, {9, 9, 9}, {}};
  }
  std::string dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(SqliteStoreTest, UsesWalAndOwnerOnlyFiles) {
  auto st = std::filesystem::status(dir_ + "/db/refuge.db");
  EXPECT_EQ(st.permissions() & std::filesystem::perms::group_read, std::filesystem::perms::none);
  std::ifstream in(dir_ + "/db/refuge.db", std::ios::binary);
  char header[20] = {};
  in.read(header, 20);
  EXPECT_EQ(header[18], 2) << "WAL databases have file format version 2";
}

TEST_F(SqliteStoreTest, UsernamesAreUniqueIgnoringCase) {
  ASSERT_TRUE(store_->accounts().create(Account("Ana")).ok());
  EXPECT_TRUE(store_->accounts().create(Account("ana")).Is(Status::Code::kAlreadyExists));
  auto found = store_->accounts().find_by_username("ANA");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->username, "ana");
  EXPECT_TRUE(store_->accounts().find_by_username("ben").status().Is(Status::Code::kNotFound));
}

TEST_F(SqliteStoreTest, UpdateKeysReplacesTheWrapsOnly) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  a.password_hash = "$argon2id$new";
  a.dk_by_password = {7, 7};
  ASSERT_TRUE(store_->accounts().update_keys(a).ok());
  auto back = store_->accounts().find(a.id);
  EXPECT_EQ(back->password_hash, "$argon2id$new");
  EXPECT_EQ(back->dk_by_password, (Bytes{7, 7}));
  EXPECT_EQ(back->public_key, (Bytes{4, 5}));
}

TEST_F(SqliteStoreTest, JournalIsNewestFirstAndPaged) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  for (int i = 0; i < 25; ++i) ASSERT_TRUE(store_->journal().create(Entry(a.id, 1000 + i)).ok());
  auto first = store_->journal().list(a.id, 0, 20);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 20u);
  EXPECT_EQ(first->front().created_at, 1024);
  auto rest = store_->journal().list(a.id, 20, 20);
  ASSERT_EQ(rest->size(), 5u);
  EXPECT_EQ(rest->back().created_at, 1000);
  EXPECT_EQ(*store_->journal().count(a.id), 25);
}

TEST_F(SqliteStoreTest, EntriesWrittenInOneSecondKeepTheOrderTheyWereWrittenIn) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  std::vector<std::string> written;
  for (int i = 0; i < 12; ++i) {  // random ids, one second: the ids alone would shuffle them
    JournalRecord e = Entry(a.id, 1000);
    e.sealed_summary = {5};
    written.push_back(e.id);
    ASSERT_TRUE(store_->journal().create(e).ok());
  }
  auto listed = store_->journal().list_summaries(a.id, 0, 20);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->records.size(), written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    EXPECT_EQ(listed->records[i].id, written[written.size() - 1 - i]) << "position " << i;
  }
  auto full = store_->journal().list(a.id, 0, 20);
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(full->front().id, written.back());
  EXPECT_EQ(full->back().id, written.front());
}

TEST_F(SqliteStoreTest, TheJournalPageIsReadStraightFromTheIndexWithoutSorting) {
  store_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ + "/db/refuge.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "EXPLAIN QUERY PLAN SELECT id FROM journal_entries WHERE owner_id = "
                               "'x' ORDER BY created_at DESC, rowid DESC LIMIT 20",
                               -1, &st, nullptr),
            SQLITE_OK);
  std::string plan;
  while (sqlite3_step(st) == SQLITE_ROW) {
    plan += reinterpret_cast<const char*>(sqlite3_column_text(st, 3));
    plan += "\n";
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  EXPECT_NE(plan.find("journal_by_owner_time"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
}

TEST_F(SqliteStoreTest, SummaryBlocksAreKeptPerOwnerAndEntriesKnowTheirBlockAndRevision) {
  AccountRecord a = Account("ana"), b = Account("ben");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  ASSERT_TRUE(store_->accounts().create(b).ok());
  auto& journal = store_->journal();
  EXPECT_TRUE(journal.newest_summary_block(a.id).status().Is(Status::Code::kNotFound));
  JournalRecord e = Entry(a.id, 1000);
  e.sealed_summary = {5};
  ASSERT_TRUE(journal.create(e).ok());
  EXPECT_EQ(journal.get(a.id, e.id)->revision, 0);
  EXPECT_EQ(journal.get(a.id, e.id)->summary_block, 0);

  ASSERT_TRUE(journal.put_summary_block({a.id, 1, 1, {7, 7}}, e.id).ok());
  ASSERT_TRUE(journal.put_summary_block({a.id, 2, 0, {8}}, "").ok());
  ASSERT_TRUE(journal.put_summary_block({b.id, 9, 3, {9}}, "").ok());
  EXPECT_EQ(journal.newest_summary_block(a.id)->block, 2);
  auto first = journal.summary_block(a.id, 1);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->placed, 1);
  EXPECT_EQ(first->sealed, (Bytes{7, 7}));
  EXPECT_TRUE(journal.summary_block(b.id, 1).status().Is(Status::Code::kNotFound));
  EXPECT_EQ(journal.get(a.id, e.id)->summary_block, 1);
  ASSERT_TRUE(journal.put_summary_block({a.id, 1, 2, {6}}, "").ok());  // replaces
  EXPECT_EQ(journal.summary_block(a.id, 1)->sealed, Bytes{6});

  // Placing another owner's entry is refused and changes nothing.
  EXPECT_TRUE(journal.put_summary_block({b.id, 1, 1, {1}}, e.id).Is(Status::Code::kNotFound));
  EXPECT_TRUE(journal.summary_block(b.id, 1).status().Is(Status::Code::kNotFound));

  auto listed = journal.list_summaries(a.id, 0, 20);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->records[0].summary_block, 1);
  EXPECT_TRUE(listed->records[0].sealed_summary.empty()) << "read from the block";
  e.updated_at = 1001;
  EXPECT_EQ(*journal.update(e), 1);
  EXPECT_EQ(*journal.update(e), 2);
  EXPECT_EQ(journal.list_summaries(a.id, 0, 20)->records[0].revision, 2);

  ASSERT_TRUE(store_->accounts().remove(a.id).ok());
  EXPECT_TRUE(journal.newest_summary_block(a.id).status().Is(Status::Code::kNotFound));
  EXPECT_EQ(journal.newest_summary_block(b.id)->block, 9);
}

TEST_F(SqliteStoreTest, JournalListingCarriesSummariesAndTheOwnersTotal) {
  AccountRecord a = Account("ana"), b = Account("ben");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  ASSERT_TRUE(store_->accounts().create(b).ok());
  for (int i = 0; i < 25; ++i) {
    JournalRecord e = Entry(a.id, 1000 + i);
    e.sealed_summary = {5, static_cast<unsigned char>(i)};
    ASSERT_TRUE(store_->journal().create(e).ok());
  }
  ASSERT_TRUE(store_->journal().create(Entry(b.id, 5000)).ok());
  auto first = store_->journal().list_summaries(a.id, 0, 20);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->total, 25);
  ASSERT_EQ(first->records.size(), 20u);
  EXPECT_EQ(first->records.front().created_at, 1024);
  EXPECT_EQ(first->records.front().sealed_summary, (Bytes{5, 24}));
  EXPECT_TRUE(first->records.front().sealed.empty()) << "the whole entry is not read";
  auto rest = store_->journal().list_summaries(a.id, 20, 20);
  ASSERT_EQ(rest->records.size(), 5u);
  EXPECT_EQ(rest->records.back().created_at, 1000);
  EXPECT_EQ(rest->total, 25);
  auto past_the_end = store_->journal().list_summaries(a.id, 40, 20);
  ASSERT_TRUE(past_the_end.ok());
  EXPECT_TRUE(past_the_end->records.empty());
  EXPECT_EQ(past_the_end->total, 25);
  auto none = store_->journal().list_summaries(Account("cy").id, 0, 20);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->total, 0);
}

TEST_F(SqliteStoreTest, AnEntryWithoutASummaryIsListedWithTheWholeEntry) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  JournalRecord e = Entry(a.id, 1);
  ASSERT_TRUE(store_->journal().create(e).ok());
  auto listed = store_->journal().list_summaries(a.id, 0, 20);
  ASSERT_EQ(listed->records.size(), 1u);
  EXPECT_EQ(listed->records[0].sealed, (Bytes{9, 9, 9}));
  EXPECT_TRUE(listed->records[0].sealed_summary.empty());
  e.sealed_summary = {7};
  e.updated_at = 2;
  ASSERT_TRUE(store_->journal().update(e).ok());
  listed = store_->journal().list_summaries(a.id, 0, 20);
  EXPECT_TRUE(listed->records[0].sealed.empty());
  EXPECT_EQ(listed->records[0].sealed_summary, (Bytes{7}));
  EXPECT_EQ(store_->journal().get(a.id, e.id)->sealed_summary, (Bytes{7}));
}

TEST_F(SqliteStoreTest, ASchema3DatabaseMigratesAndKeepsItsEntries) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  JournalRecord e = Entry(a.id, 1);
  ASSERT_TRUE(store_->journal().create(e).ok());
  store_.reset();
  // Turn the file back into schema 3 (no summary column, the indexes of then), as an older
  // Refuge left it.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ + "/db/refuge.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "ALTER TABLE journal_entries DROP COLUMN sealed_summary;"
                         "ALTER TABLE journal_entries DROP COLUMN revision;"
                         "ALTER TABLE journal_entries DROP COLUMN summary_block;"
                         "DROP TABLE journal_summary_blocks; DROP TABLE safety_plans;"
                         "DROP TABLE attachment_stories; DROP TABLE program_progress;"
                         "DROP INDEX journal_by_owner_time; DROP INDEX thought_records_by_owner_time;"
                         "DROP INDEX compassion_phrases_by_owner_time;"
                         "DROP INDEX assessments_by_owner_time; DROP INDEX risk_events_by_owner_time;"
                         "DROP INDEX practice_sessions_by_owner_time;"
                         "CREATE INDEX journal_by_owner ON journal_entries(owner_id, created_at DESC,"
                         " id DESC);"
                         "CREATE INDEX thought_records_by_owner ON thought_records(owner_id,"
                         " created_at DESC, id DESC);"
                         "CREATE INDEX compassion_phrases_by_owner ON compassion_phrases(owner_id,"
                         " created_at DESC, id DESC);"
                         "CREATE INDEX assessments_by_owner ON assessments(owner_id, created_at, id);"
                         "CREATE INDEX risk_events_by_owner ON risk_events(owner_id, created_at DESC);"
                         "CREATE INDEX practice_sessions_by_owner ON practice_sessions(owner_id,"
                         " started_at DESC);"
                         "DELETE FROM schema_migrations WHERE version >= 4;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  auto listed = store_->journal().list_summaries(a.id, 0, 20);
  ASSERT_TRUE(listed.ok()) << listed.status().message();
  ASSERT_EQ(listed->records.size(), 1u);
  EXPECT_EQ(listed->records[0].id, e.id);
  EXPECT_EQ(listed->records[0].sealed, (Bytes{9, 9, 9}));
  EXPECT_TRUE(listed->records[0].sealed_summary.empty());
}

// One sealed document per person and kind (kit, safety plan, attachment story): put replaces, kinds and owners
// stay apart, and deleting the account deletes them.
TEST_F(SqliteStoreTest, PersonDocumentsAreOnePerPersonAndKindAndGoWithTheAccount) {
  AccountRecord a = Account("ana"), b = Account("ben");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  ASSERT_TRUE(store_->accounts().create(b).ok());
  auto& plans = store_->person_documents(PersonDocumentKind::kSafetyPlan);
  auto& kits = store_->person_documents(PersonDocumentKind::kSoothingKit);
  auto& stories = store_->person_documents(PersonDocumentKind::kAttachmentStory);
  EXPECT_NE(&stories, &plans);
  EXPECT_NE(&stories, &kits);
  auto& program = store_->person_documents(PersonDocumentKind::kProgramProgress);
  EXPECT_NE(&program, &stories);
  EXPECT_TRUE(plans.get(a.id).status().Is(Status::Code::kNotFound));
  ASSERT_TRUE(plans.put({a.id, 10, Bytes{1, 2}}).ok());
  ASSERT_TRUE(plans.put({a.id, 20, Bytes{3}}).ok());  // replaces
  ASSERT_TRUE(kits.put({a.id, 30, Bytes{7}}).ok());
  EXPECT_TRUE(stories.get(a.id).status().Is(Status::Code::kNotFound)) << "kinds stay apart";
  ASSERT_TRUE(stories.put({a.id, 40, Bytes{8, 8}}).ok());
  EXPECT_TRUE(program.get(a.id).status().Is(Status::Code::kNotFound)) << "a table of its own";
  ASSERT_TRUE(program.put({a.id, 40, Bytes{9}}).ok());
  auto plan = plans.get(a.id);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan->updated_at, 20);
  EXPECT_EQ(plan->sealed, (Bytes{3}));
  EXPECT_EQ(kits.get(a.id)->sealed, (Bytes{7}));
  EXPECT_EQ(stories.get(a.id)->sealed, (Bytes{8, 8}));
  EXPECT_EQ(stories.get(a.id)->updated_at, 40);
  EXPECT_EQ(program.get(a.id)->sealed, (Bytes{9}));
  EXPECT_TRUE(plans.get(b.id).status().Is(Status::Code::kNotFound));
  EXPECT_TRUE(program.get(b.id).status().Is(Status::Code::kNotFound));
  ASSERT_TRUE(store_->accounts().remove(a.id).ok());
  EXPECT_TRUE(plans.get(a.id).status().Is(Status::Code::kNotFound));
  EXPECT_TRUE(kits.get(a.id).status().Is(Status::Code::kNotFound));
  EXPECT_TRUE(stories.get(a.id).status().Is(Status::Code::kNotFound));
  EXPECT_TRUE(program.get(a.id).status().Is(Status::Code::kNotFound));
}

// A write that read an older document is refused, so a read-change-write never loses a newer one.
TEST_F(SqliteStoreTest, PersonDocumentsAreReplacedOnlyIfUnchanged) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  auto& docs = store_->person_documents(PersonDocumentKind::kAttachmentStory);
  EXPECT_EQ(docs.replace_if_unchanged({a.id, 10, Bytes{1}}, nullptr).value(), true);
  EXPECT_EQ(docs.replace_if_unchanged({a.id, 11, Bytes{2}}, nullptr).value(), false)
      << "one was written meanwhile";
  const Bytes older{9};
  EXPECT_EQ(docs.replace_if_unchanged({a.id, 12, Bytes{3}}, &older).value(), false);
  EXPECT_EQ(docs.get(a.id)->sealed, (Bytes{1}));
  const Bytes current{1};
  EXPECT_EQ(docs.replace_if_unchanged({a.id, 13, Bytes{4}}, &current).value(), true);
  EXPECT_EQ(docs.get(a.id)->sealed, (Bytes{4}));
  EXPECT_EQ(docs.get(a.id)->updated_at, 13);
}

TEST_F(SqliteStoreTest, AnotherOwnersEntryLooksMissing) {
  AccountRecord a = Account("ana"), b = Account("ben");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  ASSERT_TRUE(store_->accounts().create(b).ok());
  JournalRecord e = Entry(a.id, 1);
  ASSERT_TRUE(store_->journal().create(e).ok());
  EXPECT_TRUE(store_->journal().get(b.id, e.id).status().Is(Status::Code::kNotFound));
  JournalRecord stolen = e;
  stolen.owner_id = b.id;
  EXPECT_TRUE(store_->journal().update(stolen).status().Is(Status::Code::kNotFound));
  EXPECT_TRUE(store_->journal().remove(b.id, e.id).Is(Status::Code::kNotFound));
  EXPECT_TRUE(store_->journal().get(a.id, e.id).ok());
}

TEST_F(SqliteStoreTest, AnActiveSessionComesWithItsAccountsNameAndRole) {
  AccountRecord a = Account("ana");
  a.role = Role::kTherapist;
  ASSERT_TRUE(store_->accounts().create(a).ok());
  SessionRecord s{crypto::random_id(), {1, 2}, a.id, {3}, 10, 20, "curl"};
  ASSERT_TRUE(store_->sessions().create(s).ok());
  auto active = store_->sessions().find_active({1, 2});
  ASSERT_TRUE(active.ok()) << active.status().message();
  EXPECT_EQ(active->session.id, s.id);
  EXPECT_EQ(active->session.account_id, a.id);
  EXPECT_EQ(active->session.dk_by_session, (Bytes{3}));
  EXPECT_EQ(active->session.last_seen_at, 20);
  EXPECT_EQ(active->username, "ana");
  EXPECT_EQ(active->role, Role::kTherapist);
  EXPECT_TRUE(store_->sessions().find_active({9}).status().Is(Status::Code::kNotFound));
}

TEST_F(SqliteStoreTest, RemovingAnAccountRemovesEverythingItOwns) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  ASSERT_TRUE(store_->journal().create(Entry(a.id, 1)).ok());
  SessionRecord s{crypto::random_id(), {1}, a.id, {2}, 1, 1, "curl"};
  ASSERT_TRUE(store_->sessions().create(s).ok());
  ASSERT_TRUE(store_->accounts().remove(a.id).ok());
  EXPECT_EQ(*store_->journal().count(a.id), 0);
  EXPECT_FALSE(store_->sessions().find_by_token_hash({1}).ok());
}

TEST_F(SqliteStoreTest, SessionsListTouchEndAndExpire) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  SessionRecord s1{"s1", {1}, a.id, {2}, 100, 100, "Firefox on Linux"};
  SessionRecord s2{"s2", {3}, a.id, {4}, 100, 100, "Safari on iOS"};
  ASSERT_TRUE(store_->sessions().create(s1).ok());
  ASSERT_TRUE(store_->sessions().create(s2).ok());
  ASSERT_TRUE(store_->sessions().touch("s2", 500).ok());
  EXPECT_EQ(store_->sessions().find_by_token_hash({3})->last_seen_at, 500);
  EXPECT_EQ(store_->sessions().list_for(a.id)->size(), 2u);
  EXPECT_TRUE(store_->sessions().remove("someone-else", "s1").Is(Status::Code::kNotFound));
  EXPECT_EQ(*store_->sessions().remove_expired(/*idle_cutoff=*/200, /*absolute_cutoff=*/0), 1);
  EXPECT_FALSE(store_->sessions().find_by_token_hash({1}).ok());
  ASSERT_TRUE(store_->sessions().remove_all_except(a.id, "").ok());
  EXPECT_TRUE(store_->sessions().list_for(a.id)->empty());
}

TEST_F(SqliteStoreTest, LoginFailuresAreCountedInTheirWindow) {
  auto& la = store_->login_attempts();
  for (int t : {10, 20, 30}) ASSERT_TRUE(la.record_failure("u:x", t).ok());
  EXPECT_EQ(*la.failures_since("u:x", 15), 2);
  EXPECT_EQ(*la.oldest_failure_since("u:x", 15), 20);
  EXPECT_EQ(*la.failures_since("u:y", 0), 0);
  ASSERT_TRUE(la.prune(25).ok());
  EXPECT_EQ(*la.failures_since("u:x", 0), 1);
  ASSERT_TRUE(la.clear("u:x").ok());
  EXPECT_EQ(*la.failures_since("u:x", 0), 0);
}

TEST_F(SqliteStoreTest, ConcurrentWritersAllLand) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        EXPECT_TRUE(store_->journal().create(Entry(a.id, t * 1000 + i)).ok());
        EXPECT_TRUE(store_->journal().count(a.id).ok());
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(*store_->journal().count(a.id), 400);
}

TEST_F(SqliteStoreTest, ReopeningMigratesOnlyOnce) {
  ASSERT_TRUE(store_->accounts().create(Account("ana")).ok());
  store_.reset();
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(*store_->accounts().count(), 1);
}

TEST_F(SqliteStoreTest, BackupThenRestoreKeepsTheData) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  ASSERT_TRUE(store_->journal().create(Entry(a.id, 5)).ok());
  std::string backup = dir_ + "/backup.db";
  ASSERT_TRUE(backup_sqlite(dir_ + "/db/refuge.db", backup).ok());
  EXPECT_TRUE(backup_sqlite(dir_ + "/db/refuge.db", backup).Is(Status::Code::kInvalidArgument));
  Status restored = restore_sqlite(backup, dir_ + "/other/refuge.db");
  ASSERT_TRUE(restored.ok()) << restored.message();
  SqliteOptions o;
  o.path = dir_ + "/other/refuge.db";
  auto copy = open_sqlite_store(o);
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(*(*copy)->journal().count(a.id), 1);
}

TEST_F(SqliteStoreTest, RestoreRefusesJunkAndForeignDatabasesWithClearMessages) {
  std::string junk = dir_ + "/junk.db";
  std::ofstream(junk) << "this is not a database at all, just some words";
  Status s = restore_sqlite(junk, dir_ + "/x/refuge.db");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not a Refuge backup"), std::string::npos) << s.message();

  std::string foreign = dir_ + "/foreign.db";
  {
    sqlite3* db = nullptr;
    sqlite3_open(foreign.c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  s = restore_sqlite(foreign, dir_ + "/x/refuge.db");
  EXPECT_NE(s.message().find("no Refuge schema"), std::string::npos) << s.message();
}

// A writer killed mid-stream leaves a database that opens, passes integrity_check and holds
// every committed entry.
TEST_F(SqliteStoreTest, SurvivesAWriterKilledMidStream) {
  AccountRecord a = Account("ana");
  ASSERT_TRUE(store_->accounts().create(a).ok());
  store_.reset();
  int pipefd[2];
  ASSERT_EQ(pipe(pipefd), 0);
  pid_t child = fork();
  if (child == 0) {
    close(pipefd[0]);
    auto s = Open();
    for (int i = 0;; ++i) {
      if (!s->journal().create(Entry(a.id, i)).ok()) _exit(3);
      char b = 1;
      if (write(pipefd[1], &b, 1) != 1) _exit(4);  // reports each committed entry
    }
  }
  close(pipefd[1]);
  char b;
  int committed = 0;
  while (committed < 200 && read(pipefd[0], &b, 1) == 1) ++committed;
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  while (read(pipefd[0], &b, 1) == 1) ++committed;
  close(pipefd[0]);

  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_GE(*store_->journal().count(a.id), committed);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ + "/db/refuge.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
  sqlite3_finalize(st);
  sqlite3_close(db);
}

}  // namespace
}  // namespace refuge::store

namespace refuge::store {
namespace {

class SqliteStoreMoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    crypto::init_sodium();
    char tmpl[] = "/tmp/refuge-store-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
    SqliteOptions o;
    o.path = dir_ + "/refuge.db";
    auto s = open_sqlite_store(o);
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(s.value());
    owner_.id = crypto::random_id();
    owner_.username = "owner";
    owner_.password_hash = "$argon2id$x";
    owner_.password_salt = owner_.dk_by_password = owner_.recovery_salt = {1};
    owner_.dk_by_recovery = owner_.public_key = owner_.secret_key_sealed = {2};
    ASSERT_TRUE(store_->accounts().create(owner_).ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::string dir_;
  std::unique_ptr<Store> store_;
  AccountRecord owner_;
};

TEST_F(SqliteStoreMoreTest, DocumentKindsAreSeparateTablesOwnedByOnePerson) {
  auto& thoughts = store_->documents(DocumentKind::kThoughtRecord);
  auto& phrases = store_->documents(DocumentKind::kCompassionPhrase);
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(thoughts.create({crypto::random_id(), owner_.id, 100 + i, 100 + i, {1}}).ok());
  }
  DocumentRecord p{crypto::random_id(), owner_.id, 50, 50, {7}};
  ASSERT_TRUE(phrases.create(p).ok());
  EXPECT_EQ(*thoughts.count(owner_.id), 3);
  EXPECT_EQ(*phrases.count(owner_.id), 1);
  auto newest = thoughts.list(owner_.id, 0, 2);
  ASSERT_TRUE(newest.ok());
  ASSERT_EQ(newest->size(), 2u);
  EXPECT_EQ((*newest)[0].created_at, 102);
  EXPECT_TRUE(thoughts.get(owner_.id, p.id).status().Is(Status::Code::kNotFound));
  EXPECT_TRUE(phrases.get("someone-else", p.id).status().Is(Status::Code::kNotFound));
  p.sealed = {8};
  p.updated_at = 60;
  ASSERT_TRUE(phrases.update(p).ok());
  EXPECT_EQ(phrases.get(owner_.id, p.id)->sealed, Bytes{8});
  EXPECT_TRUE(phrases.remove("someone-else", p.id).Is(Status::Code::kNotFound));
  EXPECT_TRUE(phrases.remove(owner_.id, p.id).ok());
}

TEST_F(SqliteStoreMoreTest, AssessmentsListOldestFirstPerInstrumentAndRiskEventsAreKept) {
  auto& a = store_->assessments();
  AssessmentRecord first{crypto::random_id(), owner_.id, "phq-9", true, 10, 10, {1}};
  AssessmentRecord second{crypto::random_id(), owner_.id, "gad-7", false, 20, 20, {2}};
  AssessmentRecord third{crypto::random_id(), owner_.id, "phq-9", false, 30, 30, {3}};
  for (const auto& r : {third, first, second}) ASSERT_TRUE(a.create(r).ok());
  auto phq = a.list(owner_.id, "phq-9");
  ASSERT_TRUE(phq.ok());
  ASSERT_EQ(phq->size(), 2u);
  EXPECT_EQ((*phq)[0].id, first.id);
  // Two taken within one second stay in the order they were taken (the change is read from it).
  AssessmentRecord again1{crypto::random_id(), owner_.id, "gad-7", true, 50, 50, {4}};
  AssessmentRecord again2{crypto::random_id(), owner_.id, "gad-7", true, 50, 50, {5}};
  AssessmentRecord again3{crypto::random_id(), owner_.id, "gad-7", true, 50, 50, {6}};
  for (const auto& r : {again1, again2, again3}) ASSERT_TRUE(a.create(r).ok());
  auto gad = a.list(owner_.id, "gad-7");
  ASSERT_TRUE(gad.ok());
  ASSERT_EQ(gad->size(), 4u);
  EXPECT_EQ((*gad)[1].id, again1.id);
  EXPECT_EQ((*gad)[2].id, again2.id);
  EXPECT_EQ((*gad)[3].id, again3.id);
  EXPECT_EQ(a.list(owner_.id, "")->size(), 6u);
  third.completed = true;
  third.updated_at = 40;
  third.sealed = {9};
  ASSERT_TRUE(a.update(third).ok());
  auto got = a.get(owner_.id, third.id);
  ASSERT_TRUE(got.ok());
  EXPECT_TRUE(got->completed);
  EXPECT_EQ(got->updated_at, 40);
  EXPECT_TRUE(a.get("someone-else", third.id).status().Is(Status::Code::kNotFound));

  ASSERT_TRUE(store_->risk_events().record({crypto::random_id(), owner_.id, "phq9_item9",
                                             "assessment:phq-9", 41}).ok());
  EXPECT_EQ(store_->risk_events().list(owner_.id)->size(), 1u);

  // Deleting the account deletes everything it owns.
  ASSERT_TRUE(store_->accounts().remove(owner_.id).ok());
  EXPECT_TRUE(a.list(owner_.id, "")->empty());
  EXPECT_TRUE(store_->risk_events().list(owner_.id)->empty());
}

}  // namespace
}  // namespace refuge::store
