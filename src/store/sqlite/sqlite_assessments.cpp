#include "store/sqlite/tables.h"

namespace refuge::store::sqlite {
namespace {

AssessmentRecord read_assessment(const Statement& st) {
  AssessmentRecord r;
  r.id = st.text(0);
  r.owner_id = st.text(1);
  r.instrument_id = st.text(2);
  r.completed = st.integer(3) != 0;
  r.created_at = st.integer(4);
  r.updated_at = st.integer(5);
  r.sealed = st.blob(6);
  return r;
}

constexpr const char* kColumns =
    "SELECT id, owner_id, instrument_id, completed, created_at, updated_at, sealed "
    "FROM assessments ";

}  // namespace

Status SqliteAssessments::create(const AssessmentRecord& r) {
  return write_one(
      pool_,
      "INSERT INTO assessments (id, owner_id, instrument_id, completed, created_at, updated_at, "
      "sealed) VALUES (?,?,?,?,?,?,?)",
      [&](Statement& st) {
        st.bind(1, r.id).bind(2, r.owner_id).bind(3, r.instrument_id);
        st.bind(4, int64_t{r.completed ? 1 : 0}).bind(5, r.created_at).bind(6, r.updated_at);
        st.bind(7, r.sealed);
      },
      nullptr);
}

Status SqliteAssessments::update(const AssessmentRecord& r) {
  return write_one(
      pool_,
      "UPDATE assessments SET completed = ?, updated_at = ?, sealed = ? "
      "WHERE id = ? AND owner_id = ?",
      [&](Statement& st) {
        st.bind(1, int64_t{r.completed ? 1 : 0}).bind(2, r.updated_at).bind(3, r.sealed);
        st.bind(4, r.id).bind(5, r.owner_id);
      },
      "no such assessment");
}

Result<AssessmentRecord> SqliteAssessments::get(std::string_view owner_id, std::string_view id) {
  static const std::string sql = std::string(kColumns) + "WHERE id = ? AND owner_id = ?";
  return read_row<AssessmentRecord>(
      pool_, sql.c_str(), [&](Statement& st) { st.bind(1, id).bind(2, owner_id); },
      read_assessment, "no such assessment");
}

Result<std::vector<AssessmentRecord>> SqliteAssessments::list(std::string_view owner_id,
                                                              std::string_view instrument_id) {
  static const std::string all =
      std::string(kColumns) + "WHERE owner_id = ? ORDER BY created_at, rowid";
  static const std::string one =
      std::string(kColumns) +
      "WHERE owner_id = ? AND instrument_id = ? ORDER BY created_at, rowid";
  return read_rows<AssessmentRecord>(
      pool_, instrument_id.empty() ? all.c_str() : one.c_str(),
      [&](Statement& st) {
        st.bind(1, owner_id);
        if (!instrument_id.empty()) st.bind(2, instrument_id);
      },
      read_assessment);
}

Status SqliteAssessments::remove(std::string_view owner_id, std::string_view id) {
  return write_one(
      pool_, "DELETE FROM assessments WHERE id = ? AND owner_id = ?",
      [&](Statement& st) { st.bind(1, id).bind(2, owner_id); }, "no such assessment");
}

Status SqliteRiskEvents::record(const RiskEventRecord& r) {
  return write_one(
      pool_,
      "INSERT INTO risk_events (id, owner_id, kind, source, created_at) VALUES (?,?,?,?,?)",
      [&](Statement& st) {
        st.bind(1, r.id).bind(2, r.owner_id).bind(3, r.kind).bind(4, r.source);
        st.bind(5, r.created_at);
      },
      nullptr);
}

Result<std::vector<RiskEventRecord>> SqliteRiskEvents::list(std::string_view owner_id) {
  return read_rows<RiskEventRecord>(
      pool_,
      "SELECT id, owner_id, kind, source, created_at FROM risk_events WHERE owner_id = ? "
      "ORDER BY created_at DESC, rowid DESC",
      [&](Statement& st) { st.bind(1, owner_id); },
      [](const Statement& st) {
        return RiskEventRecord{st.text(0), st.text(1), st.text(2), st.text(3), st.integer(4)};
      });
}

}  // namespace refuge::store::sqlite
