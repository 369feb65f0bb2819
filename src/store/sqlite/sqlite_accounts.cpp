#include "core/text/ascii.h"
#include "store/sqlite/tables.h"

namespace refuge::store::sqlite {
namespace {

constexpr const char* kColumns =
    "id, username, role, password_hash, password_salt, dk_by_password, recovery_salt, "
    "dk_by_recovery, public_key, secret_key_sealed, created_at";

AccountRecord read_account(const Statement& st) {
  AccountRecord a;
  a.id = st.text(0);
  a.username = st.text(1);
  role_from_string(st.text(2), &a.role);
  a.password_hash = st.text(3);
  a.password_salt = st.blob(4);
  a.dk_by_password = st.blob(5);
  a.recovery_salt = st.blob(6);
  a.dk_by_recovery = st.blob(7);
  a.public_key = st.blob(8);
  a.secret_key_sealed = st.blob(9);
  a.created_at = st.integer(10);
  return a;
}

}  // namespace

Status SqliteAccounts::create(const AccountRecord& a) {
  Status s = write_one(
      pool_,
      "INSERT INTO accounts (id, username, role, password_hash, password_salt, dk_by_password, "
      "recovery_salt, dk_by_recovery, public_key, secret_key_sealed, created_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
      [&](Statement& st) {
        st.bind(1, a.id).bind(2, text::ascii_lower(a.username)).bind(3, to_string(a.role));
        st.bind(4, a.password_hash).bind(5, a.password_salt).bind(6, a.dk_by_password);
        st.bind(7, a.recovery_salt).bind(8, a.dk_by_recovery).bind(9, a.public_key);
        st.bind(10, a.secret_key_sealed).bind(11, a.created_at);
      },
      nullptr);
  if (s.Is(Status::Code::kAlreadyExists)) return Status::AlreadyExists("username is taken");
  return s;
}

Result<AccountRecord> SqliteAccounts::find_where(const char* where, std::string_view value) {
  std::string sql = std::string("SELECT ") + kColumns + " FROM accounts WHERE " + where;
  return read_row<AccountRecord>(
      pool_, sql.c_str(), [&](Statement& st) { st.bind(1, value); }, read_account,
      "no such account");
}

Result<AccountRecord> SqliteAccounts::find_by_username(std::string_view username) {
  return find_where("username = ?", text::ascii_lower(username));
}

Result<AccountRecord> SqliteAccounts::find(std::string_view id) { return find_where("id = ?", id); }

Status SqliteAccounts::update_keys(const AccountRecord& a) {
  return write_one(
      pool_,
      "UPDATE accounts SET password_hash = ?, password_salt = ?, dk_by_password = ?, "
      "recovery_salt = ?, dk_by_recovery = ? WHERE id = ?",
      [&](Statement& st) {
        st.bind(1, a.password_hash).bind(2, a.password_salt).bind(3, a.dk_by_password);
        st.bind(4, a.recovery_salt).bind(5, a.dk_by_recovery).bind(6, a.id);
      },
      "no such account");
}

Status SqliteAccounts::remove(std::string_view id) {
  return write_one(
      pool_, "DELETE FROM accounts WHERE id = ?", [&](Statement& st) { st.bind(1, id); },
      "no such account");
}

Result<int64_t> SqliteAccounts::count() {
  return read_integer(pool_, "SELECT COUNT(*) FROM accounts", [](Statement&) {});
}

}  // namespace refuge::store::sqlite
