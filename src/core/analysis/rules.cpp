#include "core/analysis/rules.h"

#include <string_view>

#include "core/content/fields.h"

namespace refuge::analysis {
namespace {

using json = nlohmann::json;
using Ptr = json::json_pointer;

Result<double> fraction(const content::Fields& f, const Ptr& p, double fallback) {
  if (!f.has(p)) return fallback;
  const json& v = f.at(p);
  if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 1) {
    return f.error(p, "must be a number from 0 to 1");
  }
  return v.get<double>();
}

// "{a}|{b}" → the set {a, b}.
Result<std::bitset<kMaxClasses>> class_set(std::string_view item, const Lexicon& lexicon) {
  std::bitset<kMaxClasses> set;
  for (std::string_view alt : split_alternatives(item)) {
    if (alt.size() < 3 || alt.front() != '{' || alt.back() != '}') {
      return Status::InvalidArgument("write classes as {name}, separated by |: " + std::string(item));
    }
    int c = lexicon.class_index(alt.substr(1, alt.size() - 2));
    if (c < 0) return Status::InvalidArgument("no such class in words.json: " + std::string(alt));
    set.set(static_cast<std::size_t>(c));
  }
  return set;
}

Status read_rule(const content::Fields& f, const Ptr& p, Lexicon& lexicon, Rule& rule) {
  auto id = f.id(p / "id");
  if (!id.ok()) return id.status();
  rule.id = *id;
  auto types = f.text_list(p / "types", 1, 4, 40);
  if (!types.ok()) return types.status();
  if (f.has(p / "notes")) {
    auto notes = f.text(p / "notes", 1, 2000);
    if (!notes.ok()) return notes.status();
  }
  struct Number {
    const char* field;
    double* slot;
  };
  for (const Number& n : {Number{"confidence", &rule.confidence}, Number{"question", &rule.question},
                          Number{"hedge", &rule.hedge}, Number{"reported", &rule.reported},
                          Number{"past", &rule.past}}) {
    auto v = fraction(f, p / n.field, *n.slot);
    if (!v.ok()) return v.status();
    *n.slot = *v;
  }
  for (std::size_t i = 0; i < types->size(); ++i) {
    auto t = finding_type_from_id((*types)[i]);
    if (!t) return f.error(p / "types" / i, "is not a finding type: " + (*types)[i]);
    rule.types.push_back({*t, rule.confidence});
  }
  if (f.has(p / "also")) {
    const json& also = f.at(p / "also");
    if (!also.is_object()) return f.error(p / "also", "must map finding types to confidences");
    for (const auto& [id, v] : also.items()) {
      auto t = finding_type_from_id(id);
      if (!t) return f.error(p / "also" / id, "is not a finding type");
      auto c = fraction(f, p / "also" / id, 0);
      if (!c.ok()) return c.status();
      rule.types.push_back({*t, *c});
    }
  }
  if (f.has(p / "negation")) {
    const json& v = f.at(p / "negation");
    if (v == "suppress") rule.negation = NegationMode::kSuppress;
    else if (v == "lower") rule.negation = NegationMode::kLower;
    else if (v == "ignore") rule.negation = NegationMode::kIgnore;
    else return f.error(p / "negation", "must be \"suppress\", \"lower\" or \"ignore\"");
  }
  // Each `with...` item is a class set that must be present; `without...` items are united.
  struct ClassField {
    const char* name;
    std::vector<std::bitset<kMaxClasses>>* needs;
    std::bitset<kMaxClasses>* unwanted;
  };
  const ClassField fields[] = {
      {"with", &rule.with, nullptr},
      {"without", nullptr, &rule.without},
      {"with_in_sentence", &rule.with_in_sentence, nullptr},
      {"without_in_sentence", nullptr, &rule.without_in_sentence},
      {"with_in_text", &rule.with_in_text, nullptr},
  };
  for (const ClassField& field : fields) {
    if (!f.has(p / field.name)) continue;
    auto items = f.text_list(p / field.name, 1, 8, 200);
    if (!items.ok()) return items.status();
    for (std::size_t i = 0; i < items->size(); ++i) {
      auto set = class_set((*items)[i], lexicon);
      if (!set.ok()) return f.error(p / field.name / i, set.status().message());
      if (field.needs) {
        field.needs->push_back(*set);
      } else {
        *field.unwanted |= *set;
      }
    }
  }
  auto patterns = f.text_list(p / "patterns", 1, 500, 400);
  if (!patterns.ok()) return patterns.status();
  for (std::size_t i = 0; i < patterns->size(); ++i) {
    auto pattern = compile_pattern((*patterns)[i], lexicon);
    if (!pattern.ok()) return f.error(p / "patterns" / i, pattern.status().message());
    rule.patterns.push_back(std::move(pattern.value()));
  }
  return Status::Ok();
}

}  // namespace

Status load_rules(const content::JsonSource& file, Lexicon& lexicon, std::vector<Rule>& rules) {
  content::Fields f(file);
  if (!file.root().is_object()) return f.error(Ptr(""), "must be an object");
  for (const char* field : {"/family", "/source", "/notes"}) {
    auto s = f.text(Ptr(field), 1, 4000);
    if (!s.ok()) return s.status();
  }
  const Ptr list("/rules");
  if (!f.has(list) || !f.at(list).is_array() || f.at(list).empty()) {
    return f.error(list, "must be a non-empty list of rules");
  }
  for (std::size_t i = 0; i < f.at(list).size(); ++i) {
    Rule rule;
    Status s = read_rule(f, list / i, lexicon, rule);
    if (!s.ok()) return s;
    for (const Rule& other : rules) {
      if (other.id == rule.id) return f.error(list / i / "id", "is used by another rule: " + rule.id);
    }
    rules.push_back(std::move(rule));
  }
  return Status::Ok();
}

}  // namespace refuge::analysis
