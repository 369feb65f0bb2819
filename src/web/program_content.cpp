#include "web/program_content.h"

#include "content_io/program_loader.h"
#include "web/view/markdown.h"

namespace refuge::web {

Result<ProgramContent> ProgramContent::load(const std::string& content_dir,
                                            const practices::PracticeCatalog& practices) {
  auto program = content_io::load_program(content_dir, practices);
  if (!program.ok()) return program.status();
  return from_program(std::move(program.value()), practices);
}

Result<ProgramContent> ProgramContent::from_program(program::Program program,
                                                    const practices::PracticeCatalog& practices) {
  ProgramContent c;
  c.program_ = std::move(program);
  auto practice_known = [&practices](std::string_view id) {
    return practices.practice(id) != nullptr;
  };
  auto link_allowed = [&](std::string_view url) {
    return c.program_.allows_link(url, practice_known);
  };
  for (const auto& m : c.program_.modules()) {
    auto html = render_markdown(m.file, m.body_line, m.body, link_allowed);
    if (!html.ok()) return html.status();
    c.html_.push_back(std::move(html.value()));
  }
  return c;
}

const std::string& ProgramContent::body_html(const program::Module& m) const {
  return html_[static_cast<std::size_t>(&m - program_.modules().data())];
}

}  // namespace refuge::web
