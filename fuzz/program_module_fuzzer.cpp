// A program module file of arbitrary bytes: parsing never crashes, a refusal always names the file
// and a line, and a module that parses keeps every rule of content/program/FORMAT.md; progress
// plaintext of arbitrary bytes decodes or is refused as Corruption, and what decodes re-encodes to
// the same progress.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/program/module.h"
#include "core/program/progress.h"
#include "fuzz_check.h"

using namespace refuge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto m = program::parse_module("content/program/modules/01-x.md", text);
  if (!m.ok()) {
    FUZZ_CHECK(m.status().Is(Status::Code::kInvalidArgument));
    FUZZ_CHECK(m.status().message().rfind("content/program/modules/01-x.md:", 0) == 0);
  } else {
    FUZZ_CHECK(m->id == "x" && m->number == 1);
    FUZZ_CHECK(m->minutes >= 1 && m->minutes <= program::kMaxMinutes);
    FUZZ_CHECK(m->practices.size() <= program::kMaxPractices);
    FUZZ_CHECK(!m->reflections.empty() && m->reflections.size() <= program::kMaxReflections);
    FUZZ_CHECK(!m->homework.empty() && m->homework.size() <= program::kMaxHomework);
    for (const auto& r : m->reflections) FUZZ_CHECK(program::is_slug(r.slug) && !r.prompt.empty());
    FUZZ_CHECK(m->body_line > 1 && !m->body.empty());
  }
  auto p = program::decode_progress(text);
  if (!p.ok()) {
    FUZZ_CHECK(p.status().Is(Status::Code::kCorruption));
  } else {
    auto again = program::decode_progress(program::encode_progress(*p));
    FUZZ_CHECK(again.ok() && *again == *p);
  }
  return 0;
}
