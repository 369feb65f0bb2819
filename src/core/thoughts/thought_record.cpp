#include "core/thoughts/thought_record.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace refuge::thoughts {
namespace {

Status check_text(const std::string& s) {
  if (!text::is_valid_utf8(s)) return Status::InvalidArgument("errors.text_unreadable");
  if (text::count_code_points(s) > kMaxTextCodePoints) {
    return Status::InvalidArgument("errors.thought_text_too_long");
  }
  return Status::Ok();
}

bool rating_ok(int v) { return v >= 0 && v <= 100; }

}  // namespace

Status validate_record(const ThoughtRecord& r) {
  for (const std::string* s : {&r.situation, &r.critic, &r.mindfulness, &r.common_humanity,
                               &r.kindness}) {
    Status st = check_text(*s);
    if (!st.ok()) return st;
  }
  if (r.emotions.size() > kMaxEmotions) return Status::InvalidArgument("errors.too_many_emotions");
  for (const auto& e : r.emotions) {
    if (!text::is_valid_utf8(e.name)) return Status::InvalidArgument("errors.text_unreadable");
    std::size_t n = text::count_code_points(e.name);
    if (n == 0 || n > kMaxEmotionNameCodePoints) {
      return Status::InvalidArgument("errors.emotion_name");
    }
    if (!rating_ok(e.before) || (e.after && !rating_ok(*e.after))) {
      return Status::InvalidArgument("errors.emotion_rating");
    }
  }
  if (r.step < 1 || r.step > kSteps + 1) return Status::InvalidArgument("errors.step_range");
  return Status::Ok();
}

std::optional<int> feeling_change(const ThoughtRecord& r) {
  const Emotion* strongest = nullptr;
  for (const auto& e : r.emotions) {
    if (!strongest || e.before > strongest->before) strongest = &e;
  }
  if (!strongest || !strongest->after) return std::nullopt;
  return *strongest->after - strongest->before;
}

std::string encode_record(const ThoughtRecord& r) {
  nlohmann::json emotions = nlohmann::json::array();
  for (const auto& e : r.emotions) {
    emotions.push_back({{"name", e.name},
                        {"before", e.before},
                        {"after", e.after ? nlohmann::json(*e.after) : nullptr}});
  }
  return nlohmann::json{{"v", 1},
                        {"situation", r.situation},
                        {"critic", r.critic},
                        {"emotions", emotions},
                        {"mindfulness", r.mindfulness},
                        {"common_humanity", r.common_humanity},
                        {"kindness", r.kindness},
                        {"step", r.step}}
      .dump();
}

Result<ThoughtRecord> decode_record(std::string_view plaintext) {
  auto j = nlohmann::json::parse(plaintext, nullptr, false);
  auto bad = [] { return Status::Corruption("thought record: unreadable document"); };
  if (!j.is_object() || j.value("v", 0) != 1) return bad();
  ThoughtRecord r;
  try {
    r.situation = j.at("situation").get<std::string>();
    r.critic = j.at("critic").get<std::string>();
    r.mindfulness = j.at("mindfulness").get<std::string>();
    r.common_humanity = j.at("common_humanity").get<std::string>();
    r.kindness = j.at("kindness").get<std::string>();
    r.step = j.at("step").get<int>();
    for (const auto& e : j.at("emotions")) {
      Emotion em{e.at("name").get<std::string>(), e.at("before").get<int>(), std::nullopt};
      if (!e.at("after").is_null()) em.after = e.at("after").get<int>();
      r.emotions.push_back(std::move(em));
    }
  } catch (const nlohmann::json::exception&) {
    return bad();
  }
  return r;
}

Result<std::string> validate_phrase(std::string_view phrase) {
  std::string t(text::trim(phrase));
  if (!text::is_valid_utf8(t)) return Status::InvalidArgument("errors.text_unreadable");
  if (t.empty()) return Status::InvalidArgument("errors.text_empty");
  if (text::count_code_points(t) > kMaxPhraseCodePoints) {
    return Status::InvalidArgument("errors.phrase_too_long");
  }
  return t;
}

}  // namespace refuge::thoughts
