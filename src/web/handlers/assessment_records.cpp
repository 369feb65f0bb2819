#include "web/handlers/assessment_records.h"

#include <nlohmann/json.hpp>

#include "store/crypto/random.h"
#include "web/handlers/safety_path.h"

namespace refuge::web {
namespace {

std::string encode_answers(const instruments::Answers& answers) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [item, value] : answers) j[std::to_string(item)] = value;
  return nlohmann::json{{"v", 1}, {"answers", j}}.dump();
}

Result<instruments::Answers> decode_answers(std::string_view plain) {
  auto j = nlohmann::json::parse(plain, nullptr, false);
  if (!j.is_object() || j.value("v", 0) != 1 || !j.contains("answers") ||
      !j["answers"].is_object()) {
    return Status::Corruption("assessment: unreadable answers");
  }
  instruments::Answers answers;
  for (const auto& [key, value] : j["answers"].items()) {
    if (!value.is_number_integer()) return Status::Corruption("assessment: unreadable answer");
    answers[std::stoi(key)] = value.get<int>();
  }
  return answers;
}

Result<AssessmentView> open_record(Ctx& ctx, const store::AssessmentRecord& r) {
  const instruments::Instrument* instrument = ctx.app.instruments.find(r.instrument_id);
  if (!instrument) return Status::NotFound("errors.instrument_not_found");
  auto plain = ctx.me().vault().open(kAssessmentKind, r.id, r.owner_id, r.sealed);
  if (!plain.ok()) return plain.status();
  auto answers = decode_answers(*plain);
  if (!answers.ok()) return answers.status();
  auto score = instruments::score_answers(*instrument, *answers);
  if (!score.ok()) return score.status();
  return AssessmentView{r.id,         instrument,   std::move(answers.value()), r.completed,
                        r.created_at, r.updated_at, std::move(score.value())};
}

}  // namespace

Result<AssessmentView> save_assessment(Ctx& ctx, const instruments::Instrument& instrument,
                                       const std::string& id, instruments::Answers answers,
                                       bool complete) {
  for (const auto& [item, value] : answers) {
    Status ok = instruments::check_answer(instrument, item, value);
    if (!ok.ok()) return ok;
  }
  auto score = instruments::score_answers(instrument, answers);
  if (!score.ok()) return score.status();
  store::AssessmentRecord r;
  int64_t now = ctx.app.clock();
  if (id.empty()) {
    r.id = crypto::random_id();
    r.owner_id = ctx.me().account.id;
    r.instrument_id = instrument.id;
    r.created_at = now;
  } else {
    auto existing = ctx.app.store.assessments().get(ctx.me().account.id, id);
    if (!existing.ok()) return existing.status();
    if (existing->completed || existing->instrument_id != instrument.id) {
      return Status::NotFound("errors.not_found");  // only an unfinished one can be continued
    }
    r = std::move(existing.value());
  }
  r.completed = complete;
  r.updated_at = now;
  r.sealed = ctx.me().vault().seal(kAssessmentKind, r.id, r.owner_id, encode_answers(answers));
  Status st = id.empty() ? ctx.app.store.assessments().create(r)
                         : ctx.app.store.assessments().update(r);
  if (!st.ok()) return st;
  if (complete) {
    for (const auto& risk : score->risks) {
      record_risk_event(ctx, risk.item ? "risk_item" : "risk_band",
                        "assessment:" + instrument.id + ":" + risk.id);
    }
  }
  return AssessmentView{r.id, &instrument, std::move(answers), r.completed,
                        r.created_at, r.updated_at, std::move(score.value())};
}

Result<AssessmentView> load_assessment(Ctx& ctx, std::string_view id) {
  auto r = ctx.app.store.assessments().get(ctx.me().account.id, id);
  if (!r.ok()) return r.status();
  return open_record(ctx, *r);
}

Result<std::vector<AssessmentView>> list_assessments(Ctx& ctx, std::string_view instrument_id,
                                                     bool with_unfinished) {
  auto records = ctx.app.store.assessments().list(ctx.me().account.id, instrument_id);
  if (!records.ok()) return records.status();
  std::vector<AssessmentView> out;
  for (const auto& r : *records) {
    if (!r.completed && !with_unfinished) continue;
    auto v = open_record(ctx, r);
    if (!v.ok()) {
      if (v.status().Is(Status::Code::kNotFound)) continue;  // an instrument no longer offered
      return v.status();
    }
    out.push_back(std::move(v.value()));
  }
  return out;
}

}  // namespace refuge::web
