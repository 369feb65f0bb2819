// A compiled Mustache renderer that reads nlohmann::json (or a View, see view.h) directly.
// Templates are compiled once at start-up into a tree; rendering walks it with a stack of JSON
// values, so a page costs no conversion of its data. Supported: {{name}} (HTML-escaped),
// {{{name}}} and {{& name}} (raw), dotted names, {{.}}, sections {{#x}}…{{/x}} over lists,
// objects and truthy values, inverted sections {{^x}}…{{/x}}, and comments {{! …}}.
// Falsy: missing, null, false, "", []. (Partials and {{t.*}} are expanded before compiling.)
// The output matches kainjow::mustache for these features except that lines holding only a
// section tag are kept (harmless whitespace in HTML); a unit test compares the two.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "web/view/view.h"

namespace refuge::web {

class CompiledTemplate {
 public:
  // InvalidArgument "<file>:<line>: …" for an unclosed or mismatched section or tag.
  static Result<CompiledTemplate> compile(std::string_view source, const std::string& file);
  // Appends the rendering to `out`. Thread-safe (the template is immutable).
  void render(const nlohmann::json& context, std::string& out) const;
  // The same for a View; the two-context form looks names up in `inner` first, then `outer`.
  void render(const View& context, std::string& out) const;
  void render(const View& outer, const View& inner, std::string& out) const;

  struct Node;

 private:
  std::shared_ptr<const std::vector<Node>> nodes_;
};

struct CompiledTemplate::Node {
  enum class Kind { kText, kEscaped, kRaw, kSection, kInverted };
  Kind kind = Kind::kText;
  std::string text;                // kText
  std::vector<std::string> path;   // names: {"."} or {"entry", "id"}
  std::vector<Node> children;      // sections
};

}  // namespace refuge::web
