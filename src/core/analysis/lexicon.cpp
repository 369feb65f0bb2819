#include "core/analysis/lexicon.h"

#include <algorithm>
#include <functional>
#include <set>

#include "core/content/fields.h"

namespace refuge::analysis {
namespace {

using json = nlohmann::json;
using Ptr = json::json_pointer;

bool is_class_name(std::string_view s) {
  if (s.empty() || s.size() > 40) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

void normalise_word(std::string_view raw, std::string& out) {
  out.clear();
  const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
  const std::size_t n = raw.size();
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      if (c == '`') c = '\'';
      out.push_back(static_cast<char>(c));
    } else if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0x98 || p[i + 2] == 0x99)) {
      out.push_back('\'');  // ‘ ’
      i += 2;
    } else if (c == 0xCA && i + 1 < n && p[i + 1] == 0xBC) {
      out.push_back('\'');  // ʼ
      i += 1;
    } else if (c == 0xC3 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9E && p[i + 1] != 0x97) {
      out.push_back(static_cast<char>(0xC3));  // Latin-1 capitals À..Þ → à..þ
      out.push_back(static_cast<char>(p[i + 1] + 0x20));
      i += 1;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
}

WordId Lexicon::find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknownWord : it->second;
}

WordId Lexicon::intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<WordId>(words_.size());
  words_.emplace_back(word);
  members_.emplace_back();
  ids_.emplace(std::string(word), id);
  return id;
}

void Lexicon::finish() {
  phrase_starts_.assign(words_.size(), {});
  for (std::size_t c = 0; c < phrases_.size(); ++c) {
    for (const auto& ph : phrases_[c]) phrase_starts_[ph[0]].set(c);
  }
  readings_ = rewrites_;
  readings_.reserve(rewrites_.size() + ids_.size());
  for (const auto& [word, id] : ids_) {
    if (id != kUnknownWord) readings_.emplace(word, std::vector<WordId>{id});  // rewrites first
  }
}

std::vector<std::string_view> Lexicon::forms() const {
  std::vector<std::string_view> out;
  out.reserve(readings_.size());
  for (const auto& entry : readings_) out.push_back(entry.first);
  return out;
}

const std::vector<WordId>* Lexicon::rewrite(std::string_view word) const {
  auto it = rewrites_.find(word);
  return it == rewrites_.end() ? nullptr : &it->second;
}

int Lexicon::class_index(std::string_view name) const {
  for (std::size_t i = 0; i < class_names_.size(); ++i) {
    if (class_names_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

Status Lexicon::add_rewrites(const content::JsonSource& src) {
  content::Fields f(src);
  const Ptr base("/rewrites");
  if (!f.has(base) || !f.at(base).is_object()) {
    return f.error(base, "must be an object of groups (contractions, misspellings, ...)");
  }
  std::string norm;
  for (const auto& [group, entries] : f.at(base).items()) {
    if (group == "notes") continue;
    const Ptr gp = base / group;
    if (!entries.is_object()) return f.error(gp, "must map a typed form to the words it stands for");
    for (const auto& [from, to] : entries.items()) {
      if (from == "notes") continue;
      const Ptr p = gp / from;
      normalise_word(from, norm);
      if (norm.empty() || norm.find(' ') != std::string::npos || norm != from) {
        return f.error(p, "the typed form must be one lower-case word with straight apostrophes");
      }
      auto value = f.text(p, 1, 80);
      if (!value.ok()) return value.status();
      std::vector<WordId> ids;
      for (std::string_view w : split_spaces(*value)) {
        normalise_word(w, norm);
        ids.push_back(intern(norm));
      }
      if (ids.empty()) return f.error(p, "must name at least one word");
      if (!rewrites_.emplace(from, std::move(ids)).second) {
        return f.error(p, "is listed twice");
      }
    }
  }
  return Status::Ok();
}

Status Lexicon::add_classes(const content::JsonSource& src) {
  content::Fields f(src);
  const Ptr base("/classes");
  if (!f.has(base) || !f.at(base).is_object()) return f.error(base, "must be an object of classes");
  const json& classes = f.at(base);
  if (classes.size() > kMaxClasses) {
    return f.error(base, "has more than " + std::to_string(kMaxClasses) + " classes");
  }
  for (const auto& [name, body] : classes.items()) {
    if (!is_class_name(name)) {
      return f.error(base / name, "a class name uses only a-z, 0-9 and '_' (up to 40)");
    }
    class_names_.push_back(name);
  }
  phrases_.resize(class_names_.size());
  // Members, resolving "{other}" includes depth-first with cycle detection.
  std::vector<int> state(class_names_.size(), 0);  // 0 new, 1 in progress, 2 done
  std::string norm;
  std::function<Status(std::size_t)> fill = [&](std::size_t c) -> Status {
    if (state[c] == 2) return Status::Ok();
    const Ptr cp = base / class_names_[c];
    if (state[c] == 1) return f.error(cp, "includes itself (through {...} entries)");
    state[c] = 1;
    auto words = f.text_list(cp / "words", 1, 5000, 80);
    if (!words.ok()) return words.status();
    if (f.has(cp / "notes")) {
      auto notes = f.text(cp / "notes", 1, 2000);
      if (!notes.ok()) return notes.status();
    }
    std::set<std::vector<WordId>> seen;
    std::set<std::string> seen_entries;
    for (std::size_t i = 0; i < words->size(); ++i) {
      const std::string& entry = (*words)[i];
      if (entry.size() > 2 && entry.front() == '{' && entry.back() == '}') {
        int other = class_index(std::string_view(entry).substr(1, entry.size() - 2));
        if (other < 0) return f.error(cp / "words" / i, "names no class: " + entry);
        Status s = fill(static_cast<std::size_t>(other));
        if (!s.ok()) return s;
        for (auto& m : members_) {
          if (m[static_cast<std::size_t>(other)]) m.set(c);
        }
        for (const auto& ph : phrases_[static_cast<std::size_t>(other)]) phrases_[c].push_back(ph);
        continue;
      }
      std::vector<WordId> ids;
      for (std::string_view w : split_spaces(entry)) {
        normalise_word(w, norm);
        if (const auto* r = rewrite(norm)) {
          ids.insert(ids.end(), r->begin(), r->end());
        } else {
          ids.push_back(intern(norm));
        }
      }
      if (ids.empty()) return f.error(cp / "words" / i, "is blank");
      if (!seen_entries.insert(entry).second) {
        return f.error(cp / "words" / i, "is listed twice in this class: " + entry);
      }
      if (!seen.insert(ids).second) continue;  // a typed form of a word already listed
      if (ids.size() == 1) {
        members_[ids[0]].set(c);
      } else {
        phrases_[c].push_back(std::move(ids));
      }
    }
    state[c] = 2;
    return Status::Ok();
  };
  for (std::size_t c = 0; c < class_names_.size(); ++c) {
    Status s = fill(c);
    if (!s.ok()) return s;
  }
  for (auto& list : phrases_) std::sort(list.begin(), list.end());  // by first word: see phrases()
  return Status::Ok();
}

Result<Lexicon> Lexicon::parse(const content::JsonSource& words) {
  Lexicon lex;
  lex.intern("");  // id 0: the unknown word
  content::Fields f(words);
  if (!words.root().is_object()) return f.error(Ptr(""), "must be an object");
  for (const char* field : {"/source", "/notes"}) {
    auto s = f.text(Ptr(field), 1, 4000);
    if (!s.ok()) return s.status();
  }
  Status s = lex.add_rewrites(words);
  if (!s.ok()) return s;
  s = lex.add_classes(words);
  if (!s.ok()) return s;
  // The classes context uses: the first ten must be defined; the others are optional (kNoClass
  // when words.json has none).
  struct Need {
    const char* name;
    ClassIndex* slot;
    bool required = true;
  };
  ContextClasses& k = lex.context_;
  for (const Need& n : {Need{"subject_i", &k.subject_i}, Need{"clause_links", &k.clause_links},
                        Need{"negators", &k.negators}, Need{"hedges", &k.hedges},
                        Need{"report_verbs", &k.report_verbs},
                        Need{"past_markers", &k.past_markers},
                        Need{"question_words", &k.question_words},
                        Need{"question_aux", &k.question_aux}, Need{"pronouns", &k.pronouns},
                        Need{"abbreviations", &k.abbreviations},
                        Need{"embedding_words", &k.embedding_words, false},
                        Need{"subordinators", &k.subordinators, false},
                        Need{"report_ends", &k.report_ends, false},
                        Need{"negation_ends", &k.negation_ends, false},
                        Need{"own_voice", &k.own_voice, false},
                        Need{"hedge_blockers", &k.hedge_blockers, false},
                        Need{"past_blockers", &k.past_blockers, false},
                        Need{"noun_openers", &k.noun_openers, false}}) {
    const int c = lex.class_index(n.name);
    if (c < 0 && n.required) {
      return f.error(Ptr("/classes"), std::string("must define the class \"") + n.name +
                                          "\" (the analyser uses it for context)");
    }
    *n.slot = c < 0 ? kNoClass : static_cast<ClassIndex>(c);
  }
  lex.finish();
  return lex;
}

}  // namespace refuge::analysis
