#include "core/program/progress.h"

#include <nlohmann/json.hpp>

#include "core/text/ascii.h"

namespace refuge::program {

const ModuleProgress* Progress::module(std::string_view id) const {
  auto it = modules.find(std::string(id));
  return it == modules.end() ? nullptr : &it->second;
}

bool Progress::done(std::string_view id) const {
  const ModuleProgress* m = module(id);
  return m && m->done;
}

const std::string& Progress::reflection(std::string_view module_id, std::string_view slug) const {
  static const std::string kNone;
  const ModuleProgress* m = module(module_id);
  if (!m) return kNone;
  auto it = m->reflections.find(std::string(slug));
  return it == m->reflections.end() ? kNone : it->second.text;
}

Status set_reflection(Progress& p, std::string_view module_id, std::string_view slug,
                      std::string_view text, int64_t now) {
  if (!p.module(module_id) && text::trim(text).empty()) {
    return reflections::check_reflection_text(text);  // nothing to take out
  }
  return reflections::write_reflection_text(p.modules[std::string(module_id)].reflections, slug,
                                            std::string(text), now);
}

void set_done(Progress& p, std::string_view module_id, bool done, int64_t now) {
  ModuleProgress& m = p.modules[std::string(module_id)];
  if (m.done == done) return;  // marking done twice keeps the first date
  m.done = done;
  m.done_at = done ? now : 0;
}

const Module* next_module(const Program& program, const Progress& p) {
  for (const auto& m : program.modules()) {
    if (!p.done(m.id)) return &m;
  }
  return nullptr;
}

std::size_t done_count(const Program& program, const Progress& p) {
  std::size_t n = 0;
  for (const auto& m : program.modules()) n += p.done(m.id);
  return n;
}

bool reminder_due(const Progress& p, int64_t now) {
  return p.reminders && p.last_opened > 0 && now - p.last_opened >= kReminderAfterSeconds;
}

std::string encode_progress(const Progress& p) {
  nlohmann::json modules = nlohmann::json::object();
  for (const auto& [id, m] : p.modules) {
    modules[id] = {{"done", m.done},
                   {"done_at", m.done_at},
                   {"reflections", reflections::reflections_json(m.reflections)}};
  }
  return nlohmann::json{{"v", 1},
                        {"modules", modules},
                        {"reminders", p.reminders},
                        {"last_opened", p.last_opened}}
      .dump();
}

Result<Progress> decode_progress(std::string_view plaintext) {
  auto bad = [] { return Status::Corruption("program progress: unreadable"); };
  auto j = nlohmann::json::parse(plaintext, nullptr, false);
  if (!j.is_object()) return bad();
  auto v = j.find("v");
  if (v == j.end() || !v->is_number_integer() || v->get<int>() != 1) {
    return Status::Corruption("program progress: unknown version");
  }
  Progress p;
  auto modules = j.find("modules");
  if (modules == j.end() || !modules->is_object()) return bad();
  for (auto it = modules->begin(); it != modules->end(); ++it) {
    const auto& m = it.value();
    if (!m.is_object() || !m.value("done", nlohmann::json()).is_boolean() ||
        !m.value("done_at", nlohmann::json()).is_number_integer()) {
      return bad();
    }
    ModuleProgress mp;
    mp.done = m["done"].get<bool>();
    mp.done_at = m["done_at"].get<int64_t>();
    if (!reflections::read_reflections(m.value("reflections", nlohmann::json()), &mp.reflections)) {
      return bad();
    }
    p.modules[it.key()] = std::move(mp);
  }
  auto reminders = j.find("reminders");
  auto last = j.find("last_opened");
  if (reminders == j.end() || !reminders->is_boolean() || last == j.end() ||
      !last->is_number_integer()) {
    return bad();
  }
  p.reminders = reminders->get<bool>();
  p.last_opened = last->get<int64_t>();
  return p;
}

}  // namespace refuge::program
