// CommonMark to HTML (libcmark) for content written by clinicians: the program modules' bodies.
// Rendered once at start-up. Raw HTML and images are refused at load, and every link target must
// be allowed by the caller; rendering uses cmark's safe default as well (raw HTML is not passed
// through, javascript: and similar URLs are dropped).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace refuge::web {

// `file` and `first_line` (the file line the Markdown starts on) place messages:
// InvalidArgument "<file>:<line>: raw HTML is not allowed ..." / "... link '<url>' ...".
Result<std::string> render_markdown(std::string_view file, int first_line,
                                    std::string_view markdown,
                                    const std::function<bool(std::string_view)>& link_allowed);

}  // namespace refuge::web
