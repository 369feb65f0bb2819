// Plain records the store persists. Personal text never appears here in the clear: it is sealed
// by the Vault before it reaches a record. Times are Unix seconds (UTC).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace refuge::store {

using Bytes = std::vector<unsigned char>;

enum class Role { kPerson, kTherapist, kAdmin };
const char* to_string(Role r);                      // "person" | "therapist" | "admin"
bool role_from_string(const std::string& s, Role* out);

struct AccountRecord {
  std::string id;            // random, 26 chars base32 (no meaning, not guessable)
  std::string username;      // stored lower-cased; unique
  Role role = Role::kPerson;
  std::string password_hash; // crypto_pwhash_str output (Argon2id), for verification only
  Bytes password_salt;       // salt for the Argon2id key that wraps the data key
  Bytes dk_by_password;      // data key sealed under the password-derived key
  Bytes recovery_salt;       // salt for the recovery-code-derived key
  Bytes dk_by_recovery;      // data key sealed under the recovery-code-derived key
  Bytes public_key;          // X25519 public key (for sharing, later)
  Bytes secret_key_sealed;   // X25519 secret key sealed under the data key
  int64_t created_at = 0;
};

struct SessionRecord {
  std::string id;            // random public id (shown in "your sessions"; not the token)
  Bytes token_hash;          // BLAKE2b of the cookie token; the token itself is never stored
  std::string account_id;
  Bytes dk_by_session;       // data key sealed under a key derived from the cookie token
  int64_t created_at = 0;
  int64_t last_seen_at = 0;
  std::string device;        // coarse label such as "Firefox on Linux" (no full user agent)
};

// A session and the account fields every signed-in request needs, read in one query. No key
// material of the account is loaded.
struct ActiveSession {
  SessionRecord session;
  std::string username;
  Role role = Role::kPerson;
};

struct JournalRecord {
  std::string id;            // random
  std::string owner_id;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  Bytes sealed;              // Vault-sealed entry (text, mood, tags; see core/journal)
  // Vault-sealed summary for the list (excerpt, mood, tags). Empty for entries written before
  // schema 4 until they are next edited; the list then opens `sealed` instead.
  Bytes sealed_summary;
  int64_t revision = 0;       // 0 when written, +1 on every update
  int64_t summary_block = 0;  // the summary block that holds its summary too (0: none)
};

// A journal summary block (core/journal/summary_block.h): the Vault-sealed summaries of up to
// kSummaryBlockSize entries of one owner. `placed` counts the entries ever placed in it (a
// block is full when it reaches the block size, even after some of them were deleted).
struct SummaryBlockRecord {
  std::string owner_id;
  int64_t block = 0;  // 1, 2, ... per owner, in the order the blocks were started
  int64_t placed = 0;
  Bytes sealed;
};

// One page of the journal list and the owner's total number of entries.
struct JournalListing {
  std::vector<JournalRecord> records;
  int64_t total = 0;
};

struct PracticeSessionRecord {
  std::string id;            // random
  std::string owner_id;
  std::string practice_id;   // content id (not personal text)
  std::string variant;
  int64_t started_at = 0;
  int64_t seconds = 0;
  bool completed = false;
  Bytes sealed;              // Vault-sealed ratings {"suds_before","suds_after"}
};

// The one sealed document of its kind a person has (the self-soothing kit, the safety plan),
// kept in the table for its kind.
struct PersonDocumentRecord {
  std::string owner_id;      // one per person
  int64_t updated_at = 0;
  Bytes sealed;              // Vault-sealed content (core/practices/soothing_kit.h, core/safety/safety_plan.h,
                             // core/reflections/story.h)
};

// A sealed document of one kind (thought records, saved compassionate phrases, ...): the same
// shape as a journal entry, kept in the table for its kind.
struct DocumentRecord {
  std::string id;            // random
  std::string owner_id;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  Bytes sealed;              // Vault-sealed content
};

struct AssessmentRecord {
  std::string id;            // random
  std::string owner_id;
  std::string instrument_id; // content id ("phq-9"); which instrument is not the answers
  bool completed = false;    // false: saved to resume later
  int64_t created_at = 0;
  int64_t updated_at = 0;    // for a completed one: when it was completed
  Bytes sealed;              // Vault-sealed answers and scores
};

// A derived safety fact (never the words that raised it), for a linked therapist to see later.
struct RiskEventRecord {
  std::string id;
  std::string owner_id;
  std::string kind;          // "phq9_item9", "severe_band", "crisis_language"
  std::string source;        // "assessment:phq-9", "journal", "thought_record", "reflection", ...
  int64_t created_at = 0;
};

}  // namespace refuge::store
