#include "core/analysis/crisis_model.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <iterator>

#include "core/content/fields.h"

namespace refuge::analysis {
namespace {

using json = nlohmann::json;

constexpr std::uint64_t kOffset = 14695981039346656037ull;  // FNV-1a, 64 bits
constexpr std::uint64_t kPrime = 1099511628211ull;

std::uint64_t fnv(std::uint64_t h, unsigned char c) { return (h ^ c) * kPrime; }
// Never 0, which marks an empty slot.
std::uint64_t finish(std::uint64_t h) { return h == 0 ? 1 : h; }

bool is_word_byte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'); }

// A feature as the trainer writes it: one or two words of [a-z0-9], one space between.
bool valid_feature(std::string_view f) {
  if (f.empty() || f.front() == ' ' || f.back() == ' ') return false;
  int spaces = 0;
  for (unsigned char c : f) {
    if (c == ' ') {
      ++spaces;
    } else if (!is_word_byte(c)) {
      return false;
    }
  }
  return spaces <= 1 && f.find("  ") == std::string_view::npos;
}

}  // namespace

std::uint64_t CrisisModel::feature_hash(std::string_view feature) {
  std::uint64_t h = kOffset;
  for (unsigned char c : feature) h = fnv(h, c);
  return finish(h);
}

void CrisisModel::insert(std::uint64_t key, double w) {
  std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & (slots_.size() - 1);
  if (slots_[i].key == 0) ++count_;
  slots_[i] = {key, w};
}

double CrisisModel::weight(std::uint64_t key) const {
  std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  while (slots_[i].key != 0) {
    if (slots_[i].key == key) return slots_[i].weight;
    i = (i + 1) & (slots_.size() - 1);
  }
  return 0;
}

Result<CrisisModel> CrisisModel::parse(const content::JsonSource& source) {
  const content::Fields f(source);
  const json::json_pointer root("");
  if (!source.root().is_object()) return f.error(root, "must be an object");
  if (Status s = f.only_known(root, {"source", "notes", "threshold", "confidence", "bias", "weights"});
      !s.ok()) {
    return s;
  }
  CrisisModel m;
  auto threshold = f.number(json::json_pointer("/threshold"), 0.5, 0.99);
  if (!threshold.ok()) return threshold.status();
  auto confidence = f.number(json::json_pointer("/confidence"), 0.5, 1.0);
  if (!confidence.ok()) return confidence.status();
  auto bias = f.number(json::json_pointer("/bias"), -100, 100);
  if (!bias.ok()) return bias.status();
  m.threshold_ = *threshold;
  m.confidence_ = *confidence;
  m.bias_ = *bias;
  const json::json_pointer wp("/weights");
  const json& weights = f.at(wp);
  if (!weights.is_object() || weights.empty()) {
    return f.error(wp, "must be an object of \"word\" or \"word word\": weight");
  }
  std::size_t size = 16;
  while (size < weights.size() * 2) size *= 2;
  m.slots_.assign(size, Slot{});
  m.shift_ = 64 - static_cast<int>(std::countr_zero(size));
  for (const auto& [feature, w] : weights.items()) {
    const json::json_pointer at = wp / feature;
    if (!valid_feature(feature)) {
      return f.error(at, "a feature is one or two words of a-z and 0-9 with one space between");
    }
    auto value = f.number(at, -100, 100);
    if (!value.ok()) return value.status();
    m.insert(feature_hash(feature), *value);
  }
  return m;
}

void CrisisModel::read(std::string_view sentence, Reading& out) const {
  // Each word's hash and each pair's, once each (the trainer counts a feature once per text).
  thread_local std::vector<std::uint64_t> keys;
  keys.clear();
  std::uint64_t word = kOffset, previous = 0;  // previous: the last word's hash before finish()
  bool in_word = false, have_previous = false;
  std::uint64_t pair = 0;
  auto end_word = [&] {
    if (!in_word) return;
    keys.push_back(finish(word));
    if (have_previous) keys.push_back(finish(pair));
    previous = word;
    have_previous = true;
    in_word = false;
  };
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    auto c = static_cast<unsigned char>(sentence[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (is_word_byte(c)) {
      if (!in_word) {
        word = kOffset;
        if (have_previous) pair = fnv(previous, ' ');
        in_word = true;
      }
      word = fnv(word, c);
      if (have_previous) pair = fnv(pair, c);
    } else if (c == '\'') {
      continue;  // "don't" is "dont"
    } else if (c == 0xE2 && i + 2 < sentence.size() && sentence[i + 1] == '\x80' &&
               sentence[i + 2] == '\x99') {
      i += 2;  // U+2019, the curly apostrophe
    } else {
      end_word();
    }
  }
  end_word();
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  out.features_.clear();
  for (std::uint64_t k : keys) {
    if (const double w = weight(k); w != 0) out.features_.emplace_back(k, w);  // 0 adds nothing
  }
}

void CrisisModel::Reading::join(const Reading& other) {
  scratch_.clear();
  std::set_union(features_.begin(), features_.end(), other.features_.begin(),
                 other.features_.end(), std::back_inserter(scratch_),
                 [](const auto& a, const auto& b) { return a.first < b.first; });
  features_.swap(scratch_);
}

double CrisisModel::probability(const Reading& r) const {
  double z = bias_;
  for (const auto& [key, w] : r.features_) z += w;
  return 1 / (1 + std::exp(-std::clamp(z, -30.0, 30.0)));
}

double CrisisModel::probability(std::string_view sentence) const {
  thread_local Reading r;
  read(sentence, r);
  return probability(r);
}

}  // namespace refuge::analysis
