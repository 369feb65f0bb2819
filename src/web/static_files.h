// web/static/ loaded into memory at start-up and served with a content type and an ETag.
#pragma once

#include <map>
#include <string>

#include "core/status.h"
#include "web/http/request.h"
#include "web/http/response.h"

namespace refuge::web {

class StaticFiles {
 public:
  static Result<StaticFiles> load(const std::string& dir);
  // `rel` is the path below /static/ ("css/refuge.css"). NotFound → a 404 response is built by
  // the caller. Honours If-None-Match.
  bool serve(const Request& req, const std::string& rel, Response& out) const;

 private:
  struct File {
    std::string body, content_type, etag;
  };
  std::map<std::string, File, std::less<>> files_;
};

}  // namespace refuge::web
