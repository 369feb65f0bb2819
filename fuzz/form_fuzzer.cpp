// parse_form, percent_decode / percent_encode and Request::query_param on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/text/utf8.h"
#include "fuzz_check.h"
#include "web/http/form.h"
#include "web/http/request.h"

using namespace refuge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);

  auto form = web::parse_form(in);
  if (form.ok()) {
    for (const auto& [name, value] : form->fields) {
      FUZZ_CHECK(text::is_valid_utf8(name) && text::is_valid_utf8(value));
      FUZZ_CHECK(form->get(name).has_value());
    }
  } else {
    // Messages go back to the client inside JSON: they must be valid UTF-8.
    FUZZ_CHECK(form.status().Is(Status::Code::kInvalidArgument));
    FUZZ_CHECK(text::is_valid_utf8(form.status().message()));
  }

  for (bool plus_is_space : {false, true}) {
    auto decoded = web::percent_decode(in, plus_is_space);
    if (decoded) FUZZ_CHECK(decoded->size() <= in.size());
  }
  const std::string encoded = web::percent_encode(in);
  FUZZ_CHECK(web::percent_decode(encoded, false) == std::string(in));
  FUZZ_CHECK(web::percent_decode(encoded, true) == std::string(in));

  web::Request request;
  request.query = std::string(in);
  const std::string q = request.query_param("q");
  FUZZ_CHECK(text::is_valid_utf8(q));
  return 0;
}
