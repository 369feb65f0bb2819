// The Refuge web application: loads content and templates, owns the services and the route
// table, and turns a Request into a Response (called on the server's worker pool).
#pragma once

#include <memory>

#include "core/status.h"
#include "store/store.h"
#include "web/clock.h"
#include "web/config.h"
#include "web/http/request.h"
#include "web/http/response.h"

namespace refuge::web {

class App {
 public:
  // Loads content/ and web/ (errors name file:line) and wires the routes. The store must outlive
  // the App.
  static Result<std::unique_ptr<App>> create(const AppConfig& config, store::Store& store,
                                             Clock clock = system_now);
  ~App();
  // Never throws; every response carries the security headers.
  Response handle(Request& request);
  // For responses the server makes itself (400, 413, 431, 500): a page request gets the error
  // page, with Support now as on every page, instead of plain text; every one gets the security
  // headers. Reads nothing from the store.
  void decorate(const Request& request, Response& response) const;

 private:
  App();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace refuge::web
