#include "web/view/html_escape.h"

namespace refuge::web {

void append_html_escaped(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  append_html_escaped(out, s);
  return out;
}

}  // namespace refuge::web
