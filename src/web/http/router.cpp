#include "web/http/router.h"

#include <algorithm>

#include "core/text/ascii.h"
#include "web/http/text.h"

namespace refuge::web {

namespace {

// "/a/b/" -> {"a", "b"}; "/" -> {}. Only the leading and one trailing slash are dropped, so
// "/a//b" keeps an empty segment and matches no pattern without one.
std::vector<std::string_view> path_segments(std::string_view path) {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  if (!path.empty() && path.back() == '/') path.remove_suffix(1);
  if (path.empty()) return {};
  return detail::split(path, '/');
}

bool is_parameter(std::string_view segment) {
  return segment.size() >= 2 && segment.front() == '{' && segment.back() == '}';
}

// Fills params and the specificity (true: static segment) when the pattern matches the path.
bool match_segments(const std::vector<std::string>& pattern,
                    const std::vector<std::string_view>& path,
                    std::vector<std::pair<std::string, std::string>>* params,
                    std::vector<bool>* specificity) {
  if (pattern.size() != path.size()) return false;
  params->clear();
  specificity->clear();
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const std::string& p = pattern[i];
    if (is_parameter(p)) {
      if (path[i].empty()) return false;
      params->emplace_back(p.substr(1, p.size() - 2), path[i]);
      specificity->push_back(false);
    } else {
      if (p != path[i]) return false;
      specificity->push_back(true);
    }
  }
  return true;
}

}  // namespace

void Router::add(std::string_view method, std::string_view pattern, Handler handler) {
  Route route;
  route.method = text::ascii_upper(method);
  for (std::string_view s : path_segments(pattern)) route.segments.emplace_back(s);
  route.handler = std::move(handler);
  routes_.push_back(std::move(route));
}

Router::Match Router::match(std::string_view method, std::string_view path) const {
  const auto segments = path_segments(path);
  Match best;
  std::vector<bool> best_specificity;
  bool best_is_exact_method = false;
  std::vector<std::pair<std::string, std::string>> params;
  std::vector<bool> specificity;
  for (const Route& route : routes_) {
    if (!match_segments(route.segments, segments, &params, &specificity)) continue;
    const bool exact = route.method == method;
    const bool head_via_get = method == "HEAD" && route.method == "GET";
    if (!exact && !head_via_get) {
      auto& allowed = best.allowed_methods;
      auto add_allowed = [&allowed](const std::string& m) {
        if (std::find(allowed.begin(), allowed.end(), m) == allowed.end()) allowed.push_back(m);
      };
      add_allowed(route.method);
      if (route.method == "GET") add_allowed("HEAD");
      continue;
    }
    // Static segments win, comparing from the left; then an explicit HEAD route over GET; then
    // the route added first.
    const bool better = best.handler == nullptr || specificity > best_specificity ||
                        (specificity == best_specificity && exact && !best_is_exact_method);
    if (better) {
      best.handler = &route.handler;
      best.params = params;
      best_specificity = specificity;
      best_is_exact_method = exact;
    }
  }
  if (best.handler != nullptr) best.allowed_methods.clear();
  return best;
}

}  // namespace refuge::web
