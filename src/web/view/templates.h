// Mustache pages loaded from web/templates/ at start-up and compiled (see mustache.h).
// At load, {{t.some.key}} is replaced by the HTML-escaped locale string (an unknown key stops
// start-up with file:line), and {{> name}} by the partial _name.mustache. Each page renders into
// layout.mustache's {{{body}}}. Safe to use from many threads.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "web/view/locale.h"
#include "web/view/mustache.h"

namespace refuge::web {

class Templates {
 public:
  static Result<Templates> load(const std::string& dir, const Locale& locale);
  // Builds from in-memory sources (name -> text, names without ".mustache"); used by tests.
  static Result<Templates> from_sources(const std::map<std::string, std::string>& sources,
                                        const Locale& locale, const std::string& dir_label);
  // Renders `page` with `context`, then the layout with `layout_context` plus "body" around it
  // (the layout needs only the few common fields, so the page's data is not converted twice).
  // Unknown page → InvalidArgument.
  Result<std::string> render_page(std::string_view page, const nlohmann::json& context,
                                  nlohmann::json layout_context) const;
  // The same for page data built as a View (view.h): the page sees `common`'s names over
  // `data`'s, and the layout sees `common` plus "body" (neither is copied).
  Result<std::string> render_page(std::string_view page, const View& data,
                                  const View& common) const;
  // Renders one template without the layout.
  Result<std::string> render(std::string_view name, const nlohmann::json& context) const;
  bool has(std::string_view name) const { return sources_.count(std::string(name)) > 0; }
  // The localised source with partials expanded (for tests that compare renderers).
  const std::string& source(std::string_view name) const { return sources_.find(name)->second; }

 private:
  std::map<std::string, std::string, std::less<>> sources_;  // localised, partials expanded
  std::map<std::string, CompiledTemplate, std::less<>> compiled_;
};

}  // namespace refuge::web
