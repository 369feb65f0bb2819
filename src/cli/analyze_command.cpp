// refuge analyze: finds thinking traps, core beliefs, self-criticism and crisis language in text
// on stdin (JSON Lines {"id", "text"}, or plain text as one document), or measures the analyser
// against a labelled file (--eval).
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>

#include "cli/analyser_files.h"
#include "cli/commands.h"
#include "cli/line_reader.h"
#include "cli/paths.h"
#include "content_io/analyser_loader.h"
#include "core/analysis/evaluation.h"
#include "core/text/utf8.h"

namespace refuge::cli {
namespace {

struct AnalyzeOptions {
  std::string eval_file;
  std::string content_dir;
  double threshold = analysis::kLikelyConfidence;
};

void write_line(const nlohmann::ordered_json& j) {
  const std::string s = j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  std::fwrite(s.data(), 1, s.size(), stdout);
}

// Checks a text a person wrote; returns a message for stderr or "".
std::string check_text(std::string_view text) {
  if (!text::is_valid_utf8(text)) return "the text is not valid UTF-8";
  if (text::count_code_points(text) > analysis::kMaxAnalysisCharacters) {
    return "the text is longer than " + std::to_string(analysis::kMaxAnalysisCharacters) +
           " characters";
  }
  return "";
}

// {"id", "findings": [{"type", "start", "end", "confidence", "cue"}], "crisis"}, in that order.
nlohmann::ordered_json result(const nlohmann::json& id, const analysis::Analysis& a) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const analysis::Finding& f : a.findings()) {
    findings.push_back({{"type", analysis::finding_type_id(f.type)}, {"start", f.start},
                        {"end", f.end}, {"confidence", f.confidence}, {"cue", f.cue}});
  }
  return {{"id", id}, {"findings", std::move(findings)}, {"crisis", a.crisis}};
}

int run_eval(const analysis::Analyser& analyser, const AnalyzeOptions& o) {
  std::vector<std::string> ignored;
  auto texts = read_labelled_file(o.eval_file, &ignored);
  if (!texts.ok()) {
    std::fprintf(stderr, "refuge analyze: %s\n", texts.status().message().c_str());
    return 1;
  }
  const auto t0 = std::chrono::steady_clock::now();
  const analysis::Evaluation e = analysis::evaluate(analyser, *texts, o.threshold);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::string out = analysis::format_evaluation(e, o.threshold);
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (!ignored.empty()) {
    std::map<std::string, int> counts;
    for (const auto& n : ignored) ++counts[n];
    std::printf("labels that are not one of the twelve traps (scored as no trap):");
    for (const auto& [n, c] : counts) std::printf(" %s (%d);", n.c_str(), c);
    std::printf("\n");
  }
  std::printf("analysed %zu texts in %.2f ms (%.0f texts/s)\n", texts->size(), secs * 1e3,
              secs > 0 ? double(texts->size()) / secs : 0.0);
  return 0;
}

int run_stream(const analysis::Analyser& analyser) {
  LineReader reader(0);
  std::string_view line;
  long n = 0, failed = 0;
  std::string document;  // plain-text mode
  bool decided = false, plain = false;
  auto fail = [&](long at, const std::string& what) {
    ++failed;
    std::fprintf(stderr, "refuge analyze: stdin:%ld: %s\n", at, what.c_str());
  };
  while (reader.next(&line)) {
    ++n;
    if (!decided) {
      const auto first = line.find_first_not_of(" \t\r");
      if (first == std::string_view::npos) {
        document.append(line).push_back('\n');
        continue;
      }
      decided = true;
      plain = line[first] != '{';
    }
    if (plain) {
      document.append(line).push_back('\n');
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (reader.too_long()) {
      fail(n, "the line is longer than 16 MiB");
      continue;
    }
    if (!text::is_valid_utf8(line)) {
      fail(n, "the line is not valid UTF-8");
      continue;
    }
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      fail(n, "not a JSON object (expected {\"id\": ..., \"text\": ...})");
      continue;
    }
    const nlohmann::json id = j.contains("id") ? j["id"] : nlohmann::json(nullptr);
    if (!j.contains("text") || !j["text"].is_string()) {
      fail(n, "\"text\" is missing or not a string");
      continue;
    }
    const std::string& text = j["text"].get_ref<const std::string&>();
    if (std::string why = check_text(text); !why.empty()) {
      fail(n, why);
      continue;
    }
    write_line(result(id, analyser.analyse(text)));
  }
  if (plain || !decided) {
    if (!document.empty() && document.back() == '\n') document.pop_back();
    if (std::string why = check_text(document); !why.empty()) {
      fail(1, why);
    } else {
      write_line(result(nullptr, analyser.analyse(document)));
    }
  }
  std::fflush(stdout);
  if (!reader.error().empty()) {
    std::fprintf(stderr, "refuge analyze: stdin: read error: %s\n", reader.error().c_str());
    return 1;
  }
  if (failed > 0) {
    std::fprintf(stderr, "refuge analyze: %ld line(s) could not be analysed (see above)\n",
                 failed);
    return 1;
  }
  return 0;
}

int analyze(const AnalyzeOptions& o) {
  auto analyser = content_io::load_analyser(find_resource_dir(o.content_dir, "content"));
  if (!analyser.ok()) {
    std::fprintf(stderr, "refuge analyze: %s\n", analyser.status().message().c_str());
    return 1;
  }
  return o.eval_file.empty() ? run_stream(*analyser) : run_eval(*analyser, o);
}

}  // namespace

void add_analyze_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<AnalyzeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Find thinking traps, core beliefs, self-criticism and crisis language. Reads JSON Lines "
      "{\"id\", \"text\"} (or plain text) on stdin; writes one JSON line per input.");
  cmd->add_option("--eval", o->eval_file,
                  "Measure against a labelled file (the Cognitive Reframing CSV, or JSON Lines "
                  "{\"text\", \"labels\"}) and print precision, recall and F1");
  cmd->add_option("--threshold", o->threshold, "Confidence from which a finding counts (--eval)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--content-dir", o->content_dir, "Directory of content/ (found automatically)");
  cmd->callback([o, &exit_code] { exit_code = analyze(*o); });
}

}  // namespace refuge::cli
