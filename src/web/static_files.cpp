#include "web/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace refuge::web {
namespace {

std::string content_type_for(const std::filesystem::path& p) {
  auto ext = p.extension().string();
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".json" || ext == ".webmanifest") return "application/json";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".ogg") return "audio/ogg";
  return "application/octet-stream";
}

std::string fnv_etag(const std::string& body) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : body) h = (h ^ c) * 1099511628211ull;
  std::ostringstream os;
  os << '"' << std::hex << h << '"';
  return os.str();
}

}  // namespace

Result<StaticFiles> StaticFiles::load(const std::string& dir) {
  StaticFiles sf;
  std::error_code ec;
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir, ec)) return Status::IOError("static directory not found: " + dir);
  for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (ec) break;
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    File f{ss.str(), content_type_for(it->path()), ""};
    f.etag = fnv_etag(f.body);
    sf.files_.emplace(fs::relative(it->path(), dir).generic_string(), std::move(f));
  }
  if (ec) return Status::IOError("cannot read " + dir + ": " + ec.message());
  return sf;
}

bool StaticFiles::serve(const Request& req, const std::string& rel, Response& out) const {
  auto it = files_.find(rel);
  if (it == files_.end()) return false;
  const File& f = it->second;
  if (req.header("if-none-match") == f.etag) {
    out = Response::empty(304);
  } else {
    out = Response::text(200, f.body);
    out.set_header("Content-Type", f.content_type);
  }
  out.set_header("ETag", f.etag);
  out.set_header("Cache-Control", "public, max-age=3600");
  return true;
}

}  // namespace refuge::web
