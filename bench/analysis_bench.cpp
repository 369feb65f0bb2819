// Analyser speed (issue 4): throughput on journal-like text, one 2,000-character entry, and
// 1 MiB adversarial inputs (one long word, only punctuation, nested quotes, only emoji,
// unpunctuated first-person typing, made-up words one slip from the lexicon's).
// Build: cmake -B build -DREFUGE_BENCH=ON && cmake --build build --target analysis_bench
// Run:   build/analysis_bench   (bytes_per_second is MB/s of input; Time is per analyse())
#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "content_io/analyser_loader.h"
#include "core/analysis/analyser.h"

namespace {

using refuge::analysis::Analyser;

const Analyser& analyser() {
  static const Analyser* a = [] {
    auto built = refuge::content_io::load_analyser(std::string(REFUGE_SOURCE_DIR) + "/content");
    if (!built.ok()) std::abort();
    return new Analyser(std::move(built.value()));
  }();
  return *a;
}

// Journal-like sentences written for this benchmark: everyday entries mixed with self-critical
// ones, some typed in lower case without punctuation, with curly apostrophes and emoji.
const char* kSentences[] = {
    "Today was a long day at work and I felt tired by the afternoon.",
    "I’m such an idiot, I forgot the meeting again.",
    "We walked the dog by the river and the sun came out for a while.",
    "i keep thinking everyone at the party thought i was boring",
    "My sister called and we talked for an hour about her new flat.",
    "I should have finished the report yesterday, now it’s all ruined 😞",
    "Made pasta for dinner, it was nice to cook something properly.",
    "Nobody ever texts me first, maybe they don’t really like me.",
    "I tried the breathing practice before bed and slept a bit better.",
    "what if i fail the exam and have to repeat the whole year",
    "My boss said the presentation was fine but I know it was a disaster.",
    "It was good to see my friends even if I was quiet most of the time.",
    "I'm not good enough for this job and they will find out soon.",
    "Read two chapters of my book on the train 📚",
    "i always mess everything up i hate myself sometimes",
    "The weather was grey, so I stayed in and tidied the kitchen.",
};

std::string journal(std::size_t bytes, unsigned seed) {
  std::mt19937 rng(seed);
  std::string out;
  const std::size_t n = sizeof kSentences / sizeof kSentences[0];
  while (out.size() < bytes) {
    out += kSentences[rng() % n];
    out += (rng() % 5 == 0) ? "\n" : " ";
  }
  out.resize(bytes);
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  return out;
}

void run(benchmark::State& state, const std::string& text) {
  const Analyser& a = analyser();
  for (auto _ : state) benchmark::DoNotOptimize(a.analyse(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_Journal1MiB(benchmark::State& state) { run(state, journal(1 << 20, 1)); }
void BM_Entry2000Chars(benchmark::State& state) { run(state, journal(2000, 2)); }
void BM_CrisisCheck2000Chars(benchmark::State& state) {
  const std::string text = journal(2000, 3);
  for (auto _ : state) benchmark::DoNotOptimize(analyser().has_crisis_language(text));
}

std::string repeat(const std::string& unit, std::size_t bytes) {
  std::string out;
  while (out.size() + unit.size() <= bytes) out += unit;
  return out;
}
void BM_AdversarialOneLongWord(benchmark::State& s) { run(s, std::string(1 << 20, 'a')); }
void BM_AdversarialPunctuation(benchmark::State& s) { run(s, repeat(".,!?;:-'\"()", 1 << 20)); }
void BM_AdversarialNestedQuotes(benchmark::State& s) {
  run(s, repeat("\"‘“'(", 1 << 19) + repeat("')”’\"", 1 << 19));
}
void BM_AdversarialEmoji(benchmark::State& s) { run(s, repeat("😭👩‍👩‍👧‍👦🏳️‍🌈", 1 << 20)); }
// Made-up words each one slip from a lexicon word ("worthlesz", "fzilure"): every one is looked
// for among the lexicon's words, and the first ones also checked against every English word.
std::string slips(std::size_t bytes) {
  const char* bases[] = {"worthless", "failure", "pathetic", "hopeless", "disgusting", "everyone"};
  std::string out;
  for (std::size_t i = 0; out.size() < bytes; ++i) {
    std::string w = bases[i % 6];
    w[(i / 6) % w.size()] = static_cast<char>('z' - (i / 36) % 3);
    out += w;
    out += ' ';
  }
  out.resize(bytes);
  return out;
}
void BM_AdversarialSlips(benchmark::State& s) { run(s, slips(1 << 20)); }
void BM_AdversarialRunOn(benchmark::State& s) {
  run(s, repeat("i am not sure i think i am a failure and nobody ", 1 << 20));
}

BENCHMARK(BM_Journal1MiB)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Entry2000Chars)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CrisisCheck2000Chars)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AdversarialOneLongWord)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AdversarialPunctuation)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AdversarialNestedQuotes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AdversarialEmoji)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AdversarialRunOn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AdversarialSlips)->Unit(benchmark::kMillisecond);

}  // namespace
