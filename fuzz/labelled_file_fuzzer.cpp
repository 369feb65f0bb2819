// A labelled evaluation file of arbitrary bytes (`refuge analyze --eval`): CSV, tab-separated or
// JSON Lines, as the first line decides. Reading must never crash; a refusal names the file; a
// file that reads gives non-empty, valid UTF-8 texts, each once.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "cli/analyser_files.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

using namespace refuge;

namespace {

// One file per fuzzing process, rewritten for each input and removed when the process ends.
struct ScratchFile {
  std::string path = "/tmp/refuge-labelled-fuzz-" + std::to_string(getpid());
  ~ScratchFile() { unlink(path.c_str()); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const ScratchFile scratch;
  const std::string& path = scratch.path;
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  std::vector<std::string> ignored;
  auto texts = cli::read_labelled_file(path, &ignored);
  if (!texts.ok()) {
    FUZZ_CHECK(texts.status().Is(Status::Code::kInvalidArgument));
    FUZZ_CHECK(texts.status().message().rfind(path, 0) == 0);
    return 0;
  }
  std::set<std::string> seen;
  for (const auto& t : *texts) {
    FUZZ_CHECK(!t.text.empty());
    FUZZ_CHECK(text::is_valid_utf8(t.text));
    FUZZ_CHECK(seen.insert(t.text).second);
  }
  return 0;
}
