// refuge score: scores a CSV of respondents for one instrument (batch scoring for researchers).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/line_reader.h"
#include "cli/paths.h"
#include "core/instruments/batch_scorer.h"
#include "core/instruments/catalog.h"

namespace refuge::cli {
namespace {

struct ScoreOptions {
  std::string instrument;
  std::string format = "csv";
  std::string content_dir;
  std::string file;
};

std::string known_instruments(const std::string& dir) {
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".json") ids.push_back(e.path().stem().string());
  }
  std::sort(ids.begin(), ids.end());
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out.empty() ? "none found in " + dir : out;
}

Result<instruments::Instrument> load(const ScoreOptions& o) {
  const std::string dir = find_resource_dir(o.content_dir, "content") + "/instruments";
  const std::string path = dir + "/" + o.instrument + ".json";
  std::ifstream in(path, std::ios::binary);
  if (o.instrument.find('/') != std::string::npos || !in) {
    return Status::NotFound("unknown instrument '" + o.instrument +
                            "' (known: " + known_instruments(dir) + ")");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return instruments::load_instrument_file({path, text.str()});
}

void write_all(const std::string& s) {
  if (!s.empty()) std::fwrite(s.data(), 1, s.size(), stdout);
}

int score(const ScoreOptions& o) {
  auto inst = load(o);
  if (!inst.ok()) {
    std::fprintf(stderr, "refuge score: %s\n", inst.status().message().c_str());
    return 1;
  }
  int fd = o.file == "-" ? 0 : ::open(o.file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::fprintf(stderr, "refuge score: cannot open %s: %s\n", o.file.c_str(),
                 std::strerror(errno));
    return 1;
  }
  const std::string name = o.file == "-" ? "stdin" : o.file;
  LineReader reader(fd);
  std::string_view line;
  if (!reader.next(&line)) {
    std::fprintf(stderr, "refuge score: %s: %s\n", name.c_str(),
                 reader.error().empty() ? "the file is empty (expected a header line)"
                                        : reader.error().c_str());
    return 1;
  }
  const auto format =
      o.format == "json" ? instruments::BatchFormat::kJson : instruments::BatchFormat::kCsv;
  auto batch = instruments::BatchScorer::from_header(*inst, line, format);
  if (!batch.ok()) {
    std::fprintf(stderr, "refuge score: %s:1: %s\n", name.c_str(),
                 batch.status().message().c_str());
    return 1;
  }
  std::string out = batch->begin();
  out.reserve(1u << 20);
  long line_number = 1, failed = 0, rows = 0;
  while (reader.next(&line)) {
    ++line_number;
    if (line.empty() || line == "\r") continue;
    ++rows;
    Status s = reader.too_long() ? Status::InvalidArgument("the line is longer than 16 MiB")
                                 : batch->score_line(line, &out);
    if (!s.ok()) {
      ++failed;
      std::fprintf(stderr, "refuge score: %s:%ld: %s\n", name.c_str(), line_number,
                   s.message().c_str());
    }
    if (out.size() >= (1u << 20) - 4096) {
      write_all(out);
      out.clear();
    }
  }
  out += batch->end();
  write_all(out);
  std::fflush(stdout);
  if (!reader.error().empty()) {
    std::fprintf(stderr, "refuge score: %s: read error: %s\n", name.c_str(),
                 reader.error().c_str());
    return 1;
  }
  if (failed > 0) {
    std::fprintf(stderr, "refuge score: %ld of %ld rows could not be scored (see above)\n", failed,
                 rows);
    return 1;
  }
  return 0;
}

}  // namespace

void add_score_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<ScoreOptions>();
  CLI::App* cmd = app.add_subcommand(
      "score", "Score a CSV of respondents (header respondent_id,1,2,...,N) for one instrument.");
  cmd->add_option("--instrument", o->instrument, "Instrument id: ecr-r, scs, scs-sf, phq-9, gad-7")
      ->required();
  cmd->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"csv", "json"}))
      ->capture_default_str();
  cmd->add_option("--content-dir", o->content_dir, "Directory of content/ (found automatically)");
  cmd->add_option("file", o->file, "CSV file to score, or - for standard input")->required();
  cmd->callback([o, &exit_code] { exit_code = score(*o); });
}

}  // namespace refuge::cli
