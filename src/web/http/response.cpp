#include "web/http/response.h"

#include <nlohmann/json.hpp>

#include "web/http/text.h"

namespace refuge::web {

void Response::set_header(std::string_view name, std::string_view value) {
  bool replaced = false;
  for (auto it = headers.begin(); it != headers.end();) {
    if (!detail::iequals(it->first, name)) {
      ++it;
    } else if (!replaced) {
      it->second = std::string(value);
      replaced = true;
      ++it;
    } else {
      it = headers.erase(it);  // one value remains
    }
  }
  if (!replaced) add_header(name, value);
}

void Response::add_header(std::string_view name, std::string_view value) {
  headers.emplace_back(name, value);
}

std::string_view Response::header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (detail::iequals(k, name)) return v;
  }
  return {};
}

Response Response::html(int status, std::string body) {
  Response r{status, {}, std::move(body)};
  r.set_header("Content-Type", "text/html; charset=utf-8");
  return r;
}

Response Response::json(int status, const nlohmann::json& body) {
  // replace: a string that is not valid UTF-8 becomes U+FFFD instead of throwing.
  Response r{status, {}, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
  r.set_header("Content-Type", "application/json");
  return r;
}

Response Response::text(int status, std::string body) {
  Response r{status, {}, std::move(body)};
  r.set_header("Content-Type", "text/plain; charset=utf-8");
  return r;
}

Response Response::redirect(std::string_view location) {
  Response r{303, {}, {}};
  r.set_header("Location", location);
  return r;
}

Response Response::empty(int status) { return Response{status, {}, {}}; }

Response json_error(int status, std::string_view message) {
  return Response::json(status, nlohmann::json{{"error", message}});
}

}  // namespace refuge::web
