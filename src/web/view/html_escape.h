// HTML escaping for text placed in element content or quoted attributes (& < > " ').
#pragma once

#include <string>
#include <string_view>

namespace refuge::web {

void append_html_escaped(std::string& out, std::string_view s);
std::string html_escape(std::string_view s);

}  // namespace refuge::web
