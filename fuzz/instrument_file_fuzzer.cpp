// An instrument content file of arbitrary bytes: parsing and validation must never crash, and a
// refusal always names the file and a line. A file that loads must score without failing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/content/json_source.h"
#include "core/instruments/instrument_loader.h"
#include "core/instruments/scoring.h"
#include "fuzz_check.h"

using namespace refuge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto source = content::JsonSource::parse("content/instruments/x.json", text);
  auto inst = source.ok() ? instruments::load_instrument(*source)
                          : Result<instruments::Instrument>(source.status());
  if (!inst.ok()) {
    FUZZ_CHECK(inst.status().Is(Status::Code::kInvalidArgument));
    FUZZ_CHECK(inst.status().message().rfind("content/instruments/x.json:", 0) == 0);
    return 0;
  }
  // Every item answered with its lowest, then its highest option: all scales within bounds.
  for (bool high : {false, true}) {
    instruments::Answers answers;
    for (const auto& item : inst->items) {
      answers[item.number] = high ? item.max_value() : item.min_value();
    }
    auto score = instruments::score_answers(*inst, answers);
    FUZZ_CHECK(score.ok());
    for (std::size_t i = 0; i < score->scales.size(); ++i) {
      const auto& s = score->scales[i];
      FUZZ_CHECK(s.value.has_value());
      FUZZ_CHECK(*s.value >= inst->scales[i].min - 1e-9 && *s.value <= inst->scales[i].max + 1e-9);
    }
  }
  return 0;
}
