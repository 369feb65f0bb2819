// A small router: method + pattern with {name} path parameters -> handler.
//   router.get("/journal/{id}", handler);
// Patterns match whole segments; a parameter matches one non-empty segment. Static segments win
// over parameters when both could match. Trailing slashes are not significant ("/a/" == "/a").
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "web/http/request.h"
#include "web/http/response.h"

namespace refuge::web {

using Handler = std::function<Response(Request&)>;

class Router {
 public:
  void add(std::string_view method, std::string_view pattern, Handler handler);
  void get(std::string_view p, Handler h) { add("GET", p, std::move(h)); }
  void post(std::string_view p, Handler h) { add("POST", p, std::move(h)); }
  void put(std::string_view p, Handler h) { add("PUT", p, std::move(h)); }
  void del(std::string_view p, Handler h) { add("DELETE", p, std::move(h)); }

  struct Match {
    const Handler* handler = nullptr;  // null when nothing matched
    std::vector<std::pair<std::string, std::string>> params;
    // When the path matched but the method did not: the methods that would (for 405 + Allow).
    std::vector<std::string> allowed_methods;
  };
  // HEAD matches GET routes.
  Match match(std::string_view method, std::string_view path) const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> segments;  // "{id}" marks a parameter
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace refuge::web
