#include "web/view/html_escape.h"

namespace refuge::web {
namespace {

// The replacement for a character that needs one, or null. A table lookup per byte, and runs
// of plain text are appended at once: pages escape several kilobytes each.
struct EscapeTable {
  const char* entity[256] = {};
  constexpr EscapeTable() {
    entity[static_cast<unsigned char>('&')] = "&amp;";
    entity[static_cast<unsigned char>('<')] = "&lt;";
    entity[static_cast<unsigned char>('>')] = "&gt;";
    entity[static_cast<unsigned char>('"')] = "&quot;";
    entity[static_cast<unsigned char>('\'')] = "&apos;";
  }
};
constexpr EscapeTable kEscape;

}  // namespace

void append_html_escaped(std::string& out, std::string_view s) {
  std::size_t plain = 0;  // start of the current run of characters that need no escaping
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char* entity = kEscape.entity[static_cast<unsigned char>(s[i])];
    if (entity == nullptr) continue;
    out.append(s.data() + plain, i - plain);
    out.append(entity);
    plain = i + 1;
  }
  out.append(s.data() + plain, s.size() - plain);
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  append_html_escaped(out, s);
  return out;
}

}  // namespace refuge::web
