#include "web/view/markdown.h"

#include <cstdlib>
#include <memory>

#include <cmark.h>

namespace refuge::web {
namespace {

struct NodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterFree {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

// The source line of a node; inline nodes may carry none, so their block's line is used.
int line_of(cmark_node* n) {
  for (; n; n = cmark_node_parent(n)) {
    if (int line = cmark_node_get_start_line(n); line > 0) return line;
  }
  return 1;
}

}  // namespace

Result<std::string> render_markdown(std::string_view file, int first_line,
                                    std::string_view markdown,
                                    const std::function<bool(std::string_view)>& link_allowed) {
  std::unique_ptr<cmark_node, NodeFree> doc(
      cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT));
  if (!doc) return Status::Internal("cmark could not parse " + std::string(file));
  auto error = [&](cmark_node* n, const std::string& message) {
    return Status::InvalidArgument(std::string(file) + ":" +
                                   std::to_string(first_line + line_of(n) - 1) + ": " + message);
  };
  std::unique_ptr<cmark_iter, IterFree> it(cmark_iter_new(doc.get()));
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it.get());
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        return error(n, "raw HTML is not allowed (write Markdown: ## headings, *emphasis*, "
                        "- lists, [text](/page) links)");
      case CMARK_NODE_IMAGE:
        return error(n, "images are not allowed in a module");
      case CMARK_NODE_LINK: {
        const char* url = cmark_node_get_url(n);
        std::string_view target = url ? url : "";
        if (!link_allowed(target)) {
          return error(n, "link '" + std::string(target) +
                              "' is not allowed (only Refuge pages: /practices/<id>, "
                              "/program/<id>, /assessments, /thoughts, /journal, /safety-plan, "
                              "/kit, /support, /attachment-story)");
        }
        break;
      }
      default:
        break;
    }
  }
  char* html = cmark_render_html(doc.get(), CMARK_OPT_DEFAULT);
  if (!html) return Status::Internal("cmark could not render " + std::string(file));
  std::string out(html);
  std::free(html);
  return out;
}

}  // namespace refuge::web
