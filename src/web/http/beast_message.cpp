#include "web/http/beast_message.h"

#include <boost/beast/http/status.hpp>

#include "core/text/ascii.h"

#include "core/text/utf8.h"
#include "web/http/form.h"
#include "web/http/text.h"

namespace refuge::web::detail {

namespace http = boost::beast::http;

namespace {

// Plain loops: std::string_view::find_first_of calls memchr on the set for every character, and
// every response checks a few hundred bytes of headers.
bool is_safe_value(std::string_view s) {
  for (char c : s) {
    if (c == '\r' || c == '\n' || c == '\0') return false;
  }
  return true;
}

bool is_safe_name(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c == '\r' || c == '\n' || c == '\0' || c == ':' || c == ' ' || c == '\t') return false;
  }
  return true;
}

bool owned_by_server(std::string_view name) {
  return iequals(name, "Content-Length") || iequals(name, "Transfer-Encoding") ||
         iequals(name, "Connection");
}

}  // namespace

Status to_request(BeastRequest& in, Request& out) {
  out.method = text::ascii_upper(std::string_view(in.method_string().data(), in.method_string().size()));
  out.target = std::string(in.target());
  out.headers.clear();
  for (const auto& field : in) {
    const auto name = field.name_string();
    const auto value = field.value();
    out.headers.emplace_back(text::ascii_lower(std::string_view(name.data(), name.size())),
                             std::string(value.data(), value.size()));
  }
  const std::string_view target = out.target;
  if (target.empty() || target.front() != '/') {
    return Status::InvalidArgument("the request target must start with '/'");
  }
  const auto question = target.find('?');
  const auto path = percent_decode(target.substr(0, question), false);
  if (!path || !text::is_valid_utf8(*path) || path->find('\0') != std::string::npos) {
    return Status::InvalidArgument("the request path is not valid percent-encoded UTF-8");
  }
  out.path = *path;
  out.query = question == std::string_view::npos ? "" : std::string(target.substr(question + 1));
  out.body = std::move(in.body());
  return Status::Ok();
}

BeastResponse to_beast(Response&& response, unsigned version, bool keep_alive, bool head_request,
                       int* dropped) {
  *dropped = 0;
  BeastResponse out;
  out.version(version);
  if (response.status < 100 || response.status > 599) {
    response.status = 500;
    response.body.clear();
  }
  out.result(static_cast<unsigned>(response.status));
  for (const auto& [name, value] : response.headers) {
    if (!is_safe_name(name) || !is_safe_value(value)) {
      ++*dropped;
      continue;
    }
    if (owned_by_server(name)) continue;
    out.insert(name, value);
  }
  out.keep_alive(keep_alive);
  const int status = response.status;
  if (status / 100 == 1 || status == 204 || status == 304) return out;  // no body, no length
  out.content_length(response.body.size());
  if (!head_request) out.body() = std::move(response.body);
  return out;
}

WireResponse to_wire(Response&& response, unsigned version, bool keep_alive, bool head_request,
                     int* dropped) {
  *dropped = 0;
  if (response.status < 100 || response.status > 599) {
    response.status = 500;
    response.body.clear();
  }
  const int status = response.status;
  WireResponse out;
  std::string& h = out.head;
  h.reserve(768);
  h += "HTTP/";
  h += static_cast<char>('0' + version / 10 % 10);
  h += '.';
  h += static_cast<char>('0' + version % 10);
  h += ' ';
  h += std::to_string(status);
  h += ' ';
  const auto reason = http::obsolete_reason(static_cast<http::status>(status));
  h.append(reason.data(), reason.size());
  h += "\r\n";
  for (const auto& [name, value] : response.headers) {
    if (!is_safe_name(name) || !is_safe_value(value)) {
      ++*dropped;
      continue;
    }
    if (owned_by_server(name)) continue;
    h += name;
    h += ": ";
    h += value;
    h += "\r\n";
  }
  // What Beast's keep_alive() writes when the message has no Connection field.
  if (version >= 11 && !keep_alive) h += "Connection: close\r\n";
  if (version < 11 && keep_alive) h += "Connection: keep-alive\r\n";
  if (status / 100 != 1 && status != 204 && status != 304) {
    h += "Content-Length: ";
    h += std::to_string(response.body.size());
    h += "\r\n";
    if (!head_request) out.body = std::move(response.body);
  }
  h += "\r\n";
  return out;
}

std::string_view loggable_path(std::string_view target) {
  target = target.substr(0, target.find('?'));
  if (target.empty()) return "-";
  return target.substr(0, 200);
}

}  // namespace refuge::web::detail
