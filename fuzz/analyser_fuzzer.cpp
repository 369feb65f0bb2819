// The analyser over any valid UTF-8 text: it never crashes, and what it reports holds together —
// spans inside the text and in order, each cue the exact bytes of its span, confidences in
// [0, 1], and "crisis" agreeing with the crisis findings and with has_crisis_language().
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "content_io/analyser_loader.h"
#include "core/analysis/analyser.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

namespace {

using refuge::analysis::Analyser;

const Analyser& shipped() {
  static const Analyser* analyser = [] {
    auto built = refuge::content_io::load_analyser(std::string(REFUGE_SOURCE_DIR) + "/content");
    FUZZ_CHECK(built.ok());
    return new Analyser(std::move(built.value()));
  }();
  return *analyser;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!refuge::text::is_valid_utf8(text)) return 0;  // callers refuse invalid UTF-8
  const Analyser& a = shipped();
  const auto result = a.analyse(text);
  bool any_crisis = false;
  std::size_t sentence_end = 0;
  for (const auto& s : result.sentences) {
    FUZZ_CHECK(s.start >= sentence_end && s.start <= s.end && s.end <= text.size());
    sentence_end = s.end;
    for (const auto& f : s.findings) {
      FUZZ_CHECK(f.start < f.end && f.end <= text.size());
      FUZZ_CHECK(f.cue == text.substr(f.start, f.end - f.start));
      FUZZ_CHECK(f.confidence >= 0.0 && f.confidence <= 1.0);
      any_crisis = any_crisis || f.type == refuge::analysis::FindingType::crisis;
    }
  }
  FUZZ_CHECK(result.crisis == any_crisis);
  FUZZ_CHECK(a.has_crisis_language(text) == result.crisis);
  return 0;
}
