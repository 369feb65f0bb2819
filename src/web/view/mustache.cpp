#include "web/view/mustache.h"

#include "web/view/html_escape.h"

namespace refuge::web {
namespace {

using Node = CompiledTemplate::Node;
using Json = nlohmann::json;

std::string trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> split_path(const std::string& name) {
  if (name == ".") return {"."};
  std::vector<std::string> path;
  std::size_t start = 0;
  while (true) {
    std::size_t dot = name.find('.', start);
    path.push_back(name.substr(start, dot - start));
    if (dot == std::string::npos) return path;
    start = dot + 1;
  }
}

int line_at(std::string_view s, std::size_t pos) {
  int line = 1;
  for (std::size_t i = 0; i < pos && i < s.size(); ++i) line += s[i] == '\n';
  return line;
}

// What the renderer needs of a context value, for nlohmann::json and for View.
bool is_object(const Json& v) { return v.is_object(); }
bool is_object(const View& v) { return v.is_object(); }
const Json* member(const Json& o, const std::string& key) {
  auto f = o.find(key);
  return f == o.end() ? nullptr : &*f;
}
const View* member(const View& o, const std::string& key) { return o.find(key); }

// Finds the value for a path: the first name is looked up from the innermost context outwards,
// the rest descend into it.
template <class V>
const V* lookup(const std::vector<const V*>& stack, const std::vector<std::string>& path) {
  if (path.size() == 1 && path[0] == ".") return stack.back();
  const V* found = nullptr;
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    if (is_object(**it)) {
      if ((found = member(**it, path[0]))) break;
    }
  }
  for (std::size_t i = 1; found && i < path.size(); ++i) {
    if (!is_object(*found)) return nullptr;
    found = member(*found, path[i]);
  }
  return found;
}

bool falsy(const Json* v) {
  return !v || v->is_null() || (v->is_boolean() && !v->get<bool>()) ||
         (v->is_string() && v->get_ref<const std::string&>().empty()) ||
         (v->is_array() && v->empty());
}

bool falsy(const View* v) {
  if (!v) return true;
  switch (v->type()) {
    case View::Type::kNull: return true;
    case View::Type::kBool: return !v->boolean();
    case View::Type::kString: return v->str().empty();
    case View::Type::kList: return v->items().empty();
    case View::Type::kObject: return false;
  }
  return true;
}

void append_value(std::string& out, const Json& v, bool escape) {
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    if (escape) append_html_escaped(out, s);
    else out += s;
  } else if (v.is_number()) {
    out += v.dump();
  }
  // null, booleans, objects and arrays render as nothing.
}

void append_value(std::string& out, const View& v, bool escape) {
  if (!v.is_string()) return;  // null, booleans, objects and lists render as nothing.
  if (escape) append_html_escaped(out, v.str());
  else out += v.str();
}

const Json::array_t* list_of(const Json& v) {
  return v.is_array() ? &v.get_ref<const Json::array_t&>() : nullptr;
}
const std::vector<View::Member>* list_of(const View& v) {
  return v.is_list() ? &v.items() : nullptr;
}
const Json& item_value(const Json& item) { return item; }
const View& item_value(const View::Member& item) { return item.value; }

template <class V>
void render_nodes(const std::vector<Node>& nodes, std::vector<const V*>& stack,
                  std::string& out) {
  for (const Node& n : nodes) {
    switch (n.kind) {
      case Node::Kind::kText:
        out += n.text;
        break;
      case Node::Kind::kEscaped:
      case Node::Kind::kRaw:
        if (const V* v = lookup(stack, n.path)) append_value(out, *v, n.kind == Node::Kind::kEscaped);
        break;
      case Node::Kind::kInverted:
        if (falsy(lookup(stack, n.path))) render_nodes(n.children, stack, out);
        break;
      case Node::Kind::kSection: {
        const V* v = lookup(stack, n.path);
        if (falsy(v)) break;
        if (const auto* items = list_of(*v)) {
          for (const auto& item : *items) {
            stack.push_back(&item_value(item));
            render_nodes(n.children, stack, out);
            stack.pop_back();
          }
        } else {
          stack.push_back(v);
          render_nodes(n.children, stack, out);
          stack.pop_back();
        }
        break;
      }
    }
  }
}

}  // namespace

Result<CompiledTemplate> CompiledTemplate::compile(std::string_view src, const std::string& file) {
  auto root = std::make_shared<std::vector<Node>>();
  // Open sections: where their children go, their name, and where they started.
  struct Open {
    std::vector<Node>* children;
    std::string name;
    std::size_t at;
  };
  std::vector<Open> open{{root.get(), "", 0}};
  auto error = [&](std::size_t pos, const std::string& what) {
    return Status::InvalidArgument(file + ":" + std::to_string(line_at(src, pos)) + ": " + what);
  };
  std::size_t pos = 0;
  while (pos < src.size()) {
    std::size_t tag = src.find("{{", pos);
    if (tag == std::string_view::npos) tag = src.size();
    if (tag > pos) {
      Node text;
      text.text = std::string(src.substr(pos, tag - pos));
      open.back().children->push_back(std::move(text));
    }
    if (tag == src.size()) break;
    bool triple = src.compare(tag, 3, "{{{") == 0;
    std::size_t close = src.find(triple ? "}}}" : "}}", tag + (triple ? 3 : 2));
    if (close == std::string_view::npos) return error(tag, "a tag is not closed");
    std::string body(src.substr(tag + (triple ? 3 : 2), close - tag - (triple ? 3 : 2)));
    pos = close + (triple ? 3 : 2);
    char sigil = triple ? '{' : (body.empty() ? '\0' : body[0]);
    if (sigil == '!') continue;
    if (sigil == '=' || sigil == '>') {
      return error(tag, "delimiter changes and unexpanded partials are not supported");
    }
    std::string name = trimmed(triple ? std::string_view(body)
                                      : std::string_view(body).substr(
                                            std::string("#^/&").find(sigil) != std::string::npos ? 1 : 0));
    if (name.empty()) return error(tag, "a tag has no name");
    Node n;
    n.path = split_path(name);
    if (sigil == '/') {
      if (open.size() == 1 || open.back().name != name) {
        return error(tag, "{{/" + name + "}} closes a section that is not open");
      }
      open.pop_back();
      continue;
    }
    if (sigil == '#' || sigil == '^') {
      n.kind = sigil == '#' ? Node::Kind::kSection : Node::Kind::kInverted;
      open.back().children->push_back(std::move(n));
      open.push_back({&open.back().children->back().children, name, tag});
      continue;
    }
    n.kind = (triple || sigil == '&') ? Node::Kind::kRaw : Node::Kind::kEscaped;
    open.back().children->push_back(std::move(n));
  }
  if (open.size() > 1) return error(open.back().at, "section '" + open.back().name + "' is not closed");
  CompiledTemplate t;
  t.nodes_ = std::move(root);
  return t;
}

void CompiledTemplate::render(const nlohmann::json& context, std::string& out) const {
  std::vector<const Json*> stack{&context};
  render_nodes(*nodes_, stack, out);
}

void CompiledTemplate::render(const View& context, std::string& out) const {
  std::vector<const View*> stack{&context};
  stack.reserve(8);
  render_nodes(*nodes_, stack, out);
}

void CompiledTemplate::render(const View& outer, const View& inner, std::string& out) const {
  std::vector<const View*> stack{&outer, &inner};
  stack.reserve(8);
  render_nodes(*nodes_, stack, out);
}

}  // namespace refuge::web
