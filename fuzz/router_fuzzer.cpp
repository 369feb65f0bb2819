// Router::match on arbitrary methods and paths against fixed routes and routes taken from the
// input. Input: first byte picks the method; the rest is lines, the last line is the path and
// earlier lines (at most 8) are extra GET patterns.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "web/http/router.h"

using namespace refuge::web;

namespace {

Handler ok() {
  return [](Request&) { return Response::empty(204); };
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kMethods[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"};
  const std::string method = kMethods[data[0] % 6];
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);

  Router router;
  router.get("/", ok());
  router.get("/journal", ok());
  router.post("/journal", ok());
  router.get("/journal/new", ok());
  router.get("/journal/{id}", ok());
  router.del("/journal/{id}", ok());
  router.get("/clients/{client}/notes/{note}", ok());
  router.put("/api/v1/settings/", ok());

  std::vector<std::string_view> lines;
  for (std::size_t at; (at = rest.find('\n')) != std::string_view::npos;) {
    lines.push_back(rest.substr(0, at));
    rest.remove_prefix(at + 1);
  }
  for (std::size_t i = 0; i < lines.size() && i < 8; ++i) router.get(lines[i], ok());

  const Router::Match m = router.match(method, rest);
  if (m.handler != nullptr) {
    FUZZ_CHECK(m.allowed_methods.empty());
    for (const auto& [name, value] : m.params) {
      FUZZ_CHECK(!value.empty());
      FUZZ_CHECK(value.find('/') == std::string::npos);
    }
    Request r;
    FUZZ_CHECK((*m.handler)(r).status == 204);
  } else {
    FUZZ_CHECK(m.params.empty());
  }
  return 0;
}
