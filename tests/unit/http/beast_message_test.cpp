#include "web/http/beast_message.h"

#include "core/text/ascii.h"

#include <gtest/gtest.h>

#include <boost/beast/http/write.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "web/http/server_responses.h"
#include "web/http/text.h"

namespace refuge::web::detail {
namespace {

namespace http = boost::beast::http;

BeastRequest beast_request(http::verb verb, std::string target) {
  BeastRequest r{verb, target, 11};
  return r;
}

TEST(ToRequest, FillsTheFieldsHandlersSee) {
  BeastRequest in = beast_request(http::verb::post, "/journal/caf%C3%A9%20x?page=2&q=a+b");
  in.set("X-Custom", "yes");
  in.set(http::field::content_type, "application/x-www-form-urlencoded");
  in.body() = "text=hello";
  Request out;
  ASSERT_TRUE(to_request(in, out).ok());
  EXPECT_EQ(out.method, "POST");
  EXPECT_EQ(out.target, "/journal/caf%C3%A9%20x?page=2&q=a+b");
  EXPECT_EQ(out.path, "/journal/caf\xC3\xA9 x");
  EXPECT_EQ(out.query, "page=2&q=a+b");
  EXPECT_EQ(out.body, "text=hello");
  EXPECT_EQ(out.header("x-custom"), "yes");
  for (const auto& [name, value] : out.headers) {
    EXPECT_EQ(name, text::ascii_lower(name));
  }
}

TEST(ToRequest, PlusInThePathStaysAPlus) {
  BeastRequest in = beast_request(http::verb::get, "/a+b");
  Request out;
  ASSERT_TRUE(to_request(in, out).ok());
  EXPECT_EQ(out.path, "/a+b");
  EXPECT_EQ(out.query, "");
}

TEST(ToRequest, UnknownMethodIsUpperCased) {
  BeastRequest in;
  in.method_string("purge");
  in.target("/");
  Request out;
  ASSERT_TRUE(to_request(in, out).ok());
  EXPECT_EQ(out.method, "PURGE");
}

TEST(ToRequest, BadPathEncodingIsRejected) {
  for (const char* target : {"/%zz", "/caf%E9", "/a%00b", "/%C0%AF", "/%"}) {
    BeastRequest in = beast_request(http::verb::get, target);
    Request out;
    EXPECT_FALSE(to_request(in, out).ok()) << target;
    EXPECT_EQ(out.target, target);  // still there for the 400 and the log
    EXPECT_EQ(out.method, "GET");
  }
}

TEST(ToRequest, TargetMustBeAnOriginFormPath) {
  for (const char* target : {"*", "http://example.com/", "journal"}) {
    BeastRequest in = beast_request(http::verb::get, target);
    Request out;
    EXPECT_FALSE(to_request(in, out).ok()) << target;
  }
}

TEST(ToBeast, SetsContentLengthAndKeepAlive) {
  int dropped = -1;
  auto out = to_beast(Response::text(200, "hello"), 11, true, false, &dropped);
  EXPECT_EQ(dropped, 0);
  EXPECT_EQ(out.result_int(), 200u);
  EXPECT_EQ(out[http::field::content_length], "5");
  EXPECT_EQ(out[http::field::content_type], "text/plain; charset=utf-8");
  EXPECT_EQ(out.body(), "hello");
  EXPECT_TRUE(out.keep_alive());
  auto closing = to_beast(Response::text(200, "x"), 11, false, false, &dropped);
  EXPECT_FALSE(closing.keep_alive());
}

TEST(ToBeast, HeadResponseKeepsTheLengthButNotTheBody) {
  int dropped = 0;
  auto out = to_beast(Response::text(200, "hello"), 11, true, true, &dropped);
  EXPECT_EQ(out[http::field::content_length], "5");
  EXPECT_TRUE(out.body().empty());
}

TEST(ToBeast, NoContentHasNoLength) {
  int dropped = 0;
  auto out = to_beast(Response::empty(204), 11, true, false, &dropped);
  EXPECT_EQ(out.count(http::field::content_length), 0u);
}

TEST(ToBeast, RepeatedHeadersAreKept) {
  Response r = Response::empty(200);
  r.add_header("Set-Cookie", "a=1");
  r.add_header("Set-Cookie", "b=2");
  int dropped = 0;
  auto out = to_beast(std::move(r), 11, true, false, &dropped);
  EXPECT_EQ(out.count(http::field::set_cookie), 2u);
}

TEST(ToBeast, HeadersThatCouldSplitTheResponseAreLeftOut) {
  Response r = Response::text(200, "x");
  r.add_header("Location", "/a\r\nSet-Cookie: evil=1");
  r.add_header("X-Bad\nName", "v");
  r.add_header("", "v");
  r.add_header("X-Good", "fine");
  int dropped = 0;
  auto out = to_beast(std::move(r), 11, true, false, &dropped);
  EXPECT_EQ(dropped, 3);
  EXPECT_EQ(out.count(http::field::location), 0u);
  EXPECT_EQ(out.count(http::field::set_cookie), 0u);
  EXPECT_EQ(out["X-Good"], "fine");
}

TEST(ToBeast, TheServerOwnsFramingHeaders) {
  Response r = Response::text(200, "four");
  r.add_header("Content-Length", "100");
  r.add_header("Transfer-Encoding", "chunked");
  int dropped = 0;
  auto out = to_beast(std::move(r), 11, true, false, &dropped);
  EXPECT_EQ(out[http::field::content_length], "4");
  EXPECT_EQ(out.count(http::field::transfer_encoding), 0u);
}

TEST(ToBeast, InvalidStatusBecomesAnEmpty500) {
  Response r = Response::text(42, "secret detail");
  int dropped = 0;
  auto out = to_beast(std::move(r), 11, true, false, &dropped);
  EXPECT_EQ(out.result_int(), 500u);
  EXPECT_TRUE(out.body().empty());
  EXPECT_EQ(out[http::field::content_length], "0");
}

// What Beast's serializer writes for to_beast's message, for comparing with to_wire.
std::string beast_bytes(const Response& r, unsigned version, bool keep_alive, bool head) {
  int dropped = 0;
  Response copy = r;
  auto message = to_beast(std::move(copy), version, keep_alive, head, &dropped);
  std::ostringstream os;
  os << message;
  return os.str();
}

std::string wire_bytes(const Response& r, unsigned version, bool keep_alive, bool head,
                       int* dropped) {
  Response copy = r;
  WireResponse w = to_wire(std::move(copy), version, keep_alive, head, dropped);
  return w.head + w.body;
}

TEST(ToWire, WritesExactlyWhatBeastWouldForEveryKindOfResponse) {
  std::vector<Response> responses;
  responses.push_back(Response::text(200, "hello"));
  responses.push_back(Response::html(404, "<p>not here</p>"));
  responses.push_back(Response::empty(204));
  responses.push_back(Response::empty(304));
  responses.push_back(Response::empty(101));
  responses.push_back(Response::redirect("/journal/abc?saved=1"));
  responses.push_back(Response::text(42, "secret detail"));   // invalid: an empty 500
  responses.push_back(Response::text(299, "unusual"));        // no reason phrase known
  responses.push_back(Response::json(413, nlohmann::json{{"error", "too big"}}));
  Response many = Response::html(200, std::string(70000, 'x'));
  many.add_header("Set-Cookie", "a=1; HttpOnly");
  many.add_header("Set-Cookie", "b=2");
  many.add_header("content-security-policy", "default-src 'self'");
  many.add_header("X-Custom-Name", "");
  many.add_header("Content-Length", "1");         // the server's own: left out
  many.add_header("Connection", "keep-alive");    // the server's own: left out
  many.add_header("Transfer-Encoding", "chunked");  // the server's own: left out
  responses.push_back(many);
  Response bad = Response::text(200, "x");
  bad.add_header("Location", "/a\r\nSet-Cookie: evil=1");
  bad.add_header("X-Bad\nName", "v");
  bad.add_header("", "v");
  responses.push_back(bad);
  for (const Response& r : responses) {
    for (unsigned version : {10u, 11u}) {
      for (bool keep_alive : {true, false}) {
        for (bool head : {false, true}) {
          int dropped = -1;
          EXPECT_EQ(wire_bytes(r, version, keep_alive, head, &dropped),
                    beast_bytes(r, version, keep_alive, head))
              << r.status << " HTTP/" << version << " keep-alive " << keep_alive << " HEAD "
              << head;
          EXPECT_EQ(dropped, &r == &responses.back() ? 3 : 0);
        }
      }
    }
  }
}

TEST(LoggablePath, DropsTheQuery) {
  EXPECT_EQ(loggable_path("/journal?q=my+private+words"), "/journal");
  EXPECT_EQ(loggable_path("?x"), "-");
  EXPECT_EQ(loggable_path(""), "-");
  EXPECT_EQ(loggable_path("/" + std::string(500, 'a')).size(), 200u);
}

TEST(ServerResponses, TooLargeNamesTheLimitAsJsonForApiPaths) {
  Response api = make_server_response(413, true, 1024 * 1024);
  EXPECT_EQ(api.status, 413);
  EXPECT_EQ(api.body, R"({"error":"request body is larger than 1 MiB"})");
  Response page = make_server_response(413, false, 1024 * 1024);
  EXPECT_EQ(page.header("Content-Type"), "text/plain; charset=utf-8");
  EXPECT_EQ(page.body, "The request body is larger than 1 MiB.\n");
}

TEST(ServerResponses, InternalErrorIsPlainWithoutDetails) {
  Response r = make_server_response(500, true, 1);
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "Internal Server Error");
}

TEST(ServerResponses, DescribeSizeUsesBinaryUnits) {
  EXPECT_EQ(describe_size(1024 * 1024), "1 MiB");
  EXPECT_EQ(describe_size(3 * 1024 * 1024), "3 MiB");
  EXPECT_EQ(describe_size(64 * 1024), "64 KiB");
  EXPECT_EQ(describe_size(1000), "1000 bytes");
  EXPECT_EQ(describe_size(1), "1 byte");
}

}  // namespace
}  // namespace refuge::web::detail
