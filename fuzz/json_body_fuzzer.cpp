// parse_json_object and the typed field accessors on arbitrary bodies.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/text/utf8.h"
#include "fuzz_check.h"
#include "web/http/json_body.h"
#include "web/http/response.h"

using namespace refuge;

namespace {

void access(const nlohmann::json& obj, std::string_view name) {
  auto s = web::required_string(obj, name);
  if (s.ok()) FUZZ_CHECK(text::is_valid_utf8(*s));
  auto o = web::optional_string(obj, name);
  FUZZ_CHECK(o.ok() == (s.ok() || !obj.contains(name) || obj[std::string(name)].is_null()));
  (void)web::optional_integer(obj, name);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  auto parsed = web::parse_json_object(in);
  if (!parsed.ok()) {
    const std::string& m = parsed.status().message();
    FUZZ_CHECK(parsed.status().Is(Status::Code::kInvalidArgument));
    FUZZ_CHECK(text::is_valid_utf8(m));
    FUZZ_CHECK(m.rfind("malformed JSON", 0) == 0 || m == "request body is not valid UTF-8" ||
               m == "expected a JSON object");
    return 0;
  }
  const nlohmann::json& obj = *parsed;
  FUZZ_CHECK(obj.is_object());
  access(obj, "text");
  access(obj, "n");
  int keys = 0;
  for (const auto& item : obj.items()) {
    if (++keys > 8) break;
    access(obj, item.key());
  }
  (void)web::Response::json(200, obj);  // serialising what was parsed must not throw
  return 0;
}
