// `refuge score` rows of arbitrary bytes against the real PHQ-9 file: a line is either scored
// into exactly one output row or refused with a message, and never crashes.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "core/instruments/batch_scorer.h"
#include "core/instruments/catalog.h"
#include "fuzz_check.h"

using namespace refuge;

namespace {

const instruments::Instrument& phq9() {
  static const instruments::Instrument inst = [] {
    const std::string path = std::string(REFUGE_SOURCE_DIR) + "/content/instruments/phq-9.json";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto loaded = instruments::load_instrument_file({path, text.str()});
    FUZZ_CHECK(loaded.ok());
    return std::move(loaded).value();
  }();
  return inst;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const bool json = !in.empty() && (in[0] & 1);
  auto batch = instruments::BatchScorer::from_header(
      phq9(), "respondent_id,1,2,3,4,5,6,7,8,9,10",
      json ? instruments::BatchFormat::kJson : instruments::BatchFormat::kCsv);
  FUZZ_CHECK(batch.ok());
  std::string out;
  while (!in.empty()) {
    std::size_t nl = in.find('\n');
    std::string_view line = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
    const std::size_t before = out.size();
    const int rows = batch->rows_written();
    Status s = batch->score_line(line, &out);
    if (s.ok()) {
      FUZZ_CHECK(batch->rows_written() == rows + 1);
      FUZZ_CHECK(out.size() > before);
      FUZZ_CHECK(json || out.back() == '\n');
    } else {
      FUZZ_CHECK(s.Is(Status::Code::kInvalidArgument) && !s.message().empty());
      FUZZ_CHECK(out.size() == before);
    }
  }
  return 0;
}
