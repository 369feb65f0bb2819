#include "web/view/templates.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "web/view/html_escape.h"

namespace refuge::web {
namespace {

int line_at(const std::string& text, std::size_t pos) {
  int line = 1;
  for (std::size_t i = 0; i < pos && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Replaces {{t.key}} / {{{t.key}}} with locale text; error names file:line of an unknown key.
Status localise(std::string& text, const std::string& file, const Locale& locale) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t open = text.find("{{", pos);
    if (open == std::string::npos) break;
    bool triple = text.compare(open, 3, "{{{") == 0;
    std::size_t key_start = open + (triple ? 3 : 2);
    while (key_start < text.size() && text[key_start] == ' ') ++key_start;
    if (text.compare(key_start, 2, "t.") != 0) {
      out.append(text, pos, key_start - pos);
      pos = key_start;
      continue;
    }
    std::size_t close = text.find(triple ? "}}}" : "}}", key_start);
    if (close == std::string::npos) break;
    std::string key = text.substr(key_start + 2, close - key_start - 2);
    while (!key.empty() && key.back() == ' ') key.pop_back();
    if (!locale.has(key)) {
      return Status::InvalidArgument(file + ":" + std::to_string(line_at(text, open)) +
                                     ": unknown string 't." + key + "' (add it to the locale)");
    }
    if (locale.t(key).find("{{") != std::string::npos) {
      // It would be read as a template tag and vanish; strings for scripts use %n instead.
      return Status::InvalidArgument(file + ":" + std::to_string(line_at(text, open)) +
                                     ": string 't." + key + "' holds '{{', which a template "
                                     "would swallow (use %n in strings for scripts)");
    }
    out.append(text, pos, open - pos);
    out += triple ? locale.t(key) : html_escape(locale.t(key));
    pos = close + (triple ? 3 : 2);
  }
  out.append(text, pos, std::string::npos);
  text = std::move(out);
  return Status::Ok();
}

// Expands {{> name}} with the partial "_name" (depth-limited).
Status expand_partials(std::string& text, const std::string& file,
                       const std::map<std::string, std::string>& raw, int depth) {
  if (depth > 8) return Status::InvalidArgument(file + ": partials nest too deeply");
  std::size_t pos;
  while ((pos = text.find("{{>")) != std::string::npos) {
    std::size_t close = text.find("}}", pos);
    if (close == std::string::npos) {
      return Status::InvalidArgument(file + ":" + std::to_string(line_at(text, pos)) +
                                     ": unclosed partial tag");
    }
    std::string name = text.substr(pos + 3, close - pos - 3);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    auto it = raw.find("_" + name);
    if (it == raw.end()) {
      return Status::InvalidArgument(file + ":" + std::to_string(line_at(text, pos)) +
                                     ": unknown partial '" + name + "'");
    }
    std::string body = it->second;
    Status s = expand_partials(body, file, raw, depth + 1);
    if (!s.ok()) return s;
    text.replace(pos, close + 2 - pos, body);
  }
  return Status::Ok();
}

}  // namespace

Result<Templates> Templates::from_sources(const std::map<std::string, std::string>& raw,
                                          const Locale& locale, const std::string& dir) {
  Templates t;
  for (const auto& [name, text] : raw) {
    if (!name.empty() && name[0] == '_') continue;  // partials are expanded into pages
    std::string file = dir + "/" + name + ".mustache";
    std::string body = text;
    Status s = expand_partials(body, file, raw, 0);
    if (s.ok()) s = localise(body, file, locale);
    if (!s.ok()) return s;
    auto compiled = CompiledTemplate::compile(body, file);
    if (!compiled.ok()) return compiled.status();
    t.sources_.emplace(name, std::move(body));
    t.compiled_.emplace(name, std::move(compiled.value()));
  }
  if (!t.has("layout")) return Status::InvalidArgument(dir + ": layout.mustache is missing");
  return t;
}

Result<Templates> Templates::load(const std::string& dir, const Locale& locale) {
  std::map<std::string, std::string> raw;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    raw.emplace(entry.path().stem().string(), ss.str());
  }
  if (ec) return Status::IOError("cannot read templates in " + dir + ": " + ec.message());
  return from_sources(raw, locale, dir);
}

Result<std::string> Templates::render(std::string_view name, const nlohmann::json& ctx) const {
  auto it = compiled_.find(name);
  if (it == compiled_.end()) return Status::InvalidArgument("no template " + std::string(name));
  std::string out;
  out.reserve(16 * 1024);
  it->second.render(ctx, out);
  return out;
}

Result<std::string> Templates::render_page(std::string_view page, const nlohmann::json& ctx,
                                           nlohmann::json layout_ctx) const {
  auto body = render(page, ctx);
  if (!body.ok()) return body;
  layout_ctx["body"] = std::move(body.value());
  return render("layout", layout_ctx);
}

Result<std::string> Templates::render_page(std::string_view page, const View& data,
                                           const View& common) const {
  auto it = compiled_.find(page);
  if (it == compiled_.end()) return Status::InvalidArgument("no template " + std::string(page));
  std::string body;
  body.reserve(16 * 1024);
  it->second.render(data, common, body);
  View with_body = View::object();
  with_body.add("body", View::borrow(body));
  std::string out;
  out.reserve(body.size() + 4 * 1024);
  compiled_.find("layout")->second.render(common, with_body, out);
  return out;
}

}  // namespace refuge::web
