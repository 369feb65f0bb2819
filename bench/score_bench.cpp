// In-process batch scoring throughput (the part of `refuge score` after reading a line and before
// writing it): split, parse, check and score one CSV row, format the output row.
// Build: cmake -B build -DREFUGE_BENCH=ON && cmake --build build --target score_bench
// Run:   build/score_bench   (respondents per second = items_per_second)
#include <benchmark/benchmark.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/instruments/batch_scorer.h"
#include "core/instruments/catalog.h"

namespace {

using namespace refuge::instruments;

const Instrument& load(const std::string& id) {
  static std::vector<std::unique_ptr<Instrument>> kept;
  std::string path = std::string(REFUGE_SOURCE_DIR) + "/content/instruments/" + id + ".json";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  auto inst = load_instrument_file({path, text.str()});
  if (!inst.ok()) std::abort();
  kept.push_back(std::make_unique<Instrument>(std::move(inst).value()));
  return *kept.back();
}

void BM_ScoreRows(benchmark::State& state, const std::string& id, BatchFormat format) {
  const Instrument& inst = load(id);
  std::string header = "respondent_id";
  for (const Item& item : inst.items) header += "," + std::to_string(item.number);
  auto batch = BatchScorer::from_header(inst, header, format);
  std::mt19937 rng(20261124);
  std::vector<std::string> lines;
  for (int r = 0; r < 4096; ++r) {
    std::string line = "r" + std::to_string(r);
    for (const Item& item : inst.items) {
      line += ",";
      line += std::to_string(
          std::uniform_int_distribution<int>(item.min_value(), item.max_value())(rng));
    }
    lines.push_back(std::move(line));
  }
  std::string out;
  std::size_t i = 0;
  for (auto _ : state) {
    if (out.size() > (1u << 20)) out.clear();
    benchmark::DoNotOptimize(batch->score_line(lines[i++ & 4095], &out));
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK_CAPTURE(BM_ScoreRows, scs_sf_csv, "scs-sf", BatchFormat::kCsv);
BENCHMARK_CAPTURE(BM_ScoreRows, scs_sf_json, "scs-sf", BatchFormat::kJson);
BENCHMARK_CAPTURE(BM_ScoreRows, ecr_r_csv, "ecr-r", BatchFormat::kCsv);
BENCHMARK_CAPTURE(BM_ScoreRows, phq_9_csv, "phq-9", BatchFormat::kCsv);

}  // namespace
