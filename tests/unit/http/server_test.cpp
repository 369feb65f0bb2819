// Drives a real Server on an ephemeral port with blocking sockets.
#include "web/http/server.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace refuge::web {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

ServerOptions test_options() {
  ServerOptions o;
  o.bind = "127.0.0.1";
  o.port = 0;
  o.io_threads = 2;
  o.worker_threads = 2;
  return o;
}

// Marks the responses the server makes itself, to tell them from the app's.
void mark_decorated(const Request&, Response& r) { r.set_header("X-Decorated", "yes"); }

// A Server running on its own thread; stop_and_join() fails loudly rather than hang.
class TestServer {
 public:
  explicit TestServer(AppHandler app, ServerOptions options = test_options())
      : server_(std::move(options), std::move(app), mark_decorated) {
    const Status s = server_.listen();
    if (!s.ok()) throw std::runtime_error(s.message());
    thread_ = std::thread([this] {
      server_.run();
      returned_.set_value();
    });
  }
  ~TestServer() { stop_and_join(); }

  uint16_t port() const { return server_.port(); }
  void stop() { server_.stop(); }
  void stop_and_join() {
    if (!thread_.joinable()) return;
    server_.stop();
    if (returned_.get_future().wait_for(10s) != std::future_status::ready) {
      std::fprintf(stderr, "Server::run() did not return within 10 s of stop()\n");
      std::abort();
    }
    thread_.join();
  }

 private:
  Server server_;
  std::promise<void> returned_;
  std::thread thread_;
};

// A client whose every operation gives up after 10 s, so a broken server fails a test instead
// of hanging it (SO_RCVTIMEO would not do: Asio polls again after a timed-out blocking read).
class Client {
 public:
  explicit Client(uint16_t port) {
    socket_.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  }
  void send(std::string_view bytes) {
    beast::error_code ec;
    asio::async_write(socket_, asio::buffer(bytes),
                      [&](beast::error_code e, std::size_t) { ec = e; });
    run();
    if (ec) throw beast::system_error(ec);
  }
  http::response<http::string_body> read(bool head_request = false) {
    http::response_parser<http::string_body> parser;
    parser.skip(head_request);
    parser.body_limit(16 * 1024 * 1024);
    beast::error_code ec;
    http::async_read(socket_, buffer_, parser, [&](beast::error_code e, std::size_t) { ec = e; });
    run();
    if (ec) throw beast::system_error(ec);
    return parser.release();
  }
  // True when the server closed the connection (no more bytes, end of stream).
  bool closed_by_server() {
    if (buffer_.size() > 0) return false;
    char byte;
    beast::error_code ec;
    socket_.async_read_some(asio::buffer(&byte, 1),
                            [&](beast::error_code e, std::size_t) { ec = e; });
    run();
    return ec == asio::error::eof || ec == asio::error::connection_reset;
  }

 private:
  void run() {
    ioc_.restart();
    ioc_.run_for(10s);
    if (!ioc_.stopped()) {
      ADD_FAILURE() << "client operation timed out after 10 s";
      socket_.cancel();
      ioc_.run();
    }
  }

  asio::io_context ioc_;
  tcp::socket socket_{ioc_};
  beast::flat_buffer buffer_;
};

std::string get(std::string_view target, std::string_view extra_headers = "") {
  return "GET " + std::string(target) + " HTTP/1.1\r\nHost: test\r\n" + std::string(extra_headers) +
         "\r\n";
}

std::string post(std::string_view target, std::string_view body) {
  return "POST " + std::string(target) +
         " HTTP/1.1\r\nHost: test\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" +
         std::string(body);
}

Response hello(Request&) { return Response::text(200, "hello world"); }

TEST(Server, GetReturnsTheHandlersResponse) {
  TestServer server(hello);
  Client client(server.port());
  client.send(get("/hello"));
  auto res = client.read();
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res.body(), "hello world");
  EXPECT_EQ(res[http::field::content_type], "text/plain; charset=utf-8");
  EXPECT_EQ(res[http::field::content_length], "11");
  EXPECT_EQ(res["X-Decorated"], "");  // the decorator is only for the server's own answers
}

TEST(Server, HandlerSeesTheParsedRequest) {
  std::mutex mu;
  Request seen;
  TestServer server([&](Request& r) {
    std::lock_guard lock(mu);
    seen = r;
    return Response::empty(204);
  });
  Client client(server.port());
  client.send(
      "post /journal/caf%C3%A9?q=private+words HTTP/1.1\r\nHost: test\r\nX-Mixed-Case: v\r\n"
      "Content-Length: 7\r\n\r\ntext=hi");
  EXPECT_EQ(client.read().result_int(), 204u);
  std::lock_guard lock(mu);
  EXPECT_EQ(seen.method, "POST");
  EXPECT_EQ(seen.target, "/journal/caf%C3%A9?q=private+words");
  EXPECT_EQ(seen.path, "/journal/caf\xC3\xA9");
  EXPECT_EQ(seen.query, "q=private+words");
  EXPECT_EQ(seen.body, "text=hi");
  EXPECT_EQ(seen.header("x-mixed-case"), "v");
  bool has_lower_name = false;
  for (const auto& [name, value] : seen.headers) has_lower_name |= name == "x-mixed-case";
  EXPECT_TRUE(has_lower_name);
  EXPECT_EQ(seen.remote_address, "127.0.0.1");
  EXPECT_EQ(seen.request_id.size(), 12u);
  EXPECT_EQ(seen.request_id.find_first_not_of("abcdefghijklmnopqrstuvwxyz234567"),
            std::string::npos);
}

TEST(Server, KeepAliveServesTwoRequestsOnOneConnection) {
  std::atomic<int> calls{0};
  TestServer server(
      [&](Request& r) { return Response::text(200, r.path + " #" + std::to_string(++calls)); });
  Client client(server.port());
  client.send(get("/one"));
  auto first = client.read();
  EXPECT_TRUE(first.keep_alive());
  client.send(get("/two"));
  auto second = client.read();
  EXPECT_EQ(first.body(), "/one #1");
  EXPECT_EQ(second.body(), "/two #2");
}

TEST(Server, PipelinedRequestsAreAnsweredInOrder) {
  TestServer server([](Request& r) { return Response::text(200, r.path); });
  Client client(server.port());
  client.send(get("/a") + get("/b"));
  EXPECT_EQ(client.read().body(), "/a");
  EXPECT_EQ(client.read().body(), "/b");
}

TEST(Server, ConnectionCloseIsHonoured) {
  TestServer server(hello);
  Client client(server.port());
  client.send(get("/hello", "Connection: close\r\n"));
  auto res = client.read();
  EXPECT_FALSE(res.keep_alive());
  EXPECT_TRUE(client.closed_by_server());
}

TEST(Server, HeadGetsTheHeadersWithoutTheBody) {
  TestServer server(hello);
  Client client(server.port());
  client.send("HEAD /hello HTTP/1.1\r\nHost: test\r\n\r\n");
  auto head = client.read(/*head_request=*/true);
  EXPECT_EQ(head.result_int(), 200u);
  EXPECT_EQ(head[http::field::content_length], "11");
  // Had a body been sent, it would be read here as the next response and fail to parse.
  client.send(get("/hello"));
  EXPECT_EQ(client.read().body(), "hello world");
}

TEST(Server, DeclaredBodyOverTheLimitGets413BeforeItIsSent) {
  std::atomic<int> calls{0};
  TestServer server([&](Request&) {
    ++calls;
    return Response::empty(204);
  });
  Client client(server.port());
  client.send(
      "POST /api/v1/journal HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
      "Content-Length: 1048577\r\n\r\n");
  auto res = client.read();
  EXPECT_EQ(res.result_int(), 413u);
  EXPECT_EQ(res.body(), R"({"error":"request body is larger than 1 MiB"})");
  EXPECT_EQ(res["X-Decorated"], "yes");
  EXPECT_FALSE(res.keep_alive());
  EXPECT_TRUE(client.closed_by_server());
  EXPECT_EQ(calls, 0);
}

TEST(Server, SentBodyOverTheLimitGets413AndTheClientCanReadIt) {
  TestServer server(hello);
  Client client(server.port());
  client.send(post("/journal", std::string(1024 * 1024 + 1, 'x')));
  auto res = client.read();
  EXPECT_EQ(res.result_int(), 413u);
  EXPECT_EQ(res[http::field::content_type], "text/plain; charset=utf-8");
  EXPECT_EQ(res.body(), "The request body is larger than 1 MiB.\n");
}

TEST(Server, ChunkedBodyOverTheLimitGets413) {
  ServerOptions options = test_options();
  options.body_limit = 1024;
  TestServer server(hello, options);
  Client client(server.port());
  const std::string chunk(600, 'y');
  client.send(
      "POST /api/v1/x HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
      "258\r\n" +
      chunk + "\r\n258\r\n" + chunk + "\r\n0\r\n\r\n");
  auto res = client.read();
  EXPECT_EQ(res.result_int(), 413u);
  EXPECT_EQ(res.body(), R"({"error":"request body is larger than 1 KiB"})");
}

TEST(Server, BodyExactlyAtTheLimitIsAccepted) {
  TestServer server([](Request& r) { return Response::text(200, std::to_string(r.body.size())); });
  Client client(server.port());
  client.send(post("/journal", std::string(1024 * 1024, 'x')));
  auto res = client.read();
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res.body(), "1048576");
}

TEST(Server, GarbageBytesGet400AndTheConnectionCloses) {
  TestServer server(hello);
  Client client(server.port());
  client.send("\x01\x02 not http at all\r\n\r\n");
  auto res = client.read();
  EXPECT_EQ(res.result_int(), 400u);
  EXPECT_EQ(res["X-Decorated"], "yes");
  EXPECT_TRUE(client.closed_by_server());
}

TEST(Server, BadHeaderLineGets400) {
  TestServer server(hello);
  Client client(server.port());
  client.send("GET / HTTP/1.1\r\nHost: test\r\nno colon here\r\n\r\n");
  EXPECT_EQ(client.read().result_int(), 400u);
}

TEST(Server, PathThatIsNotValidUtf8Gets400) {
  std::atomic<int> calls{0};
  TestServer server([&](Request&) {
    ++calls;
    return Response::empty(204);
  });
  for (const char* target : {"/caf%E9", "/%zz", "/api/v1/%FF"}) {
    Client client(server.port());
    client.send(get(target));
    auto res = client.read();
    EXPECT_EQ(res.result_int(), 400u) << target;
    EXPECT_EQ(res["X-Decorated"], "yes");
  }
  EXPECT_EQ(calls, 0);
}

TEST(Server, HandlerThatThrowsGets500WithoutDetails) {
  TestServer server(
      [](Request&) -> Response { throw std::runtime_error("my private diary text"); });
  Client client(server.port());
  client.send(get("/api/v1/journal"));
  auto res = client.read();
  EXPECT_EQ(res.result_int(), 500u);
  EXPECT_EQ(res.body(), "Internal Server Error");
  EXPECT_EQ(res["X-Decorated"], "yes");
  // The request was read completely, so the connection stays usable.
  client.send(get("/again"));
  EXPECT_EQ(client.read().result_int(), 500u);
}

TEST(Server, ExpectContinueGetsAnInterimAnswerBeforeTheBody) {
  TestServer server([](Request& r) { return Response::text(200, r.body); });
  Client client(server.port());
  client.send(
      "POST /x HTTP/1.1\r\nHost: test\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
  auto interim = client.read();
  EXPECT_EQ(interim.result_int(), 100u);
  client.send("hello");
  auto res = client.read();
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res.body(), "hello");
}

TEST(Server, HandlersRunOffTheIoThread) {
  // One IO thread: if it ran handlers, /wait would block it and /release could never arrive.
  ServerOptions options = test_options();
  options.io_threads = 1;
  options.worker_threads = 2;
  std::mutex mu;
  std::condition_variable cv;
  bool released = false;
  TestServer server(
      [&](Request& r) {
        std::unique_lock lock(mu);
        if (r.path == "/release") {
          released = true;
          cv.notify_all();
          return Response::text(200, "released");
        }
        const bool ok = cv.wait_for(lock, 5s, [&] { return released; });
        return Response::text(200, ok ? "was released" : "timed out");
      },
      options);
  Client waiting(server.port());
  waiting.send(get("/wait"));
  Client releasing(server.port());
  releasing.send(get("/release"));
  EXPECT_EQ(releasing.read().body(), "released");
  EXPECT_EQ(waiting.read().body(), "was released");
}

TEST(Server, StopLetsAnInFlightRequestFinish) {
  std::promise<void> started;
  TestServer server([&](Request&) {
    started.set_value();
    std::this_thread::sleep_for(200ms);
    return Response::text(200, std::string(100000, 'z'));
  });
  Client client(server.port());
  client.send(get("/slow"));
  ASSERT_EQ(started.get_future().wait_for(10s), std::future_status::ready);
  std::thread stopper([&] { server.stop(); });  // from another thread, as a signal handler would
  auto res = client.read();
  stopper.join();
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res.body(), std::string(100000, 'z'));
  EXPECT_FALSE(res.keep_alive());  // stopping: no further requests on this connection
  server.stop_and_join();          // run() returns
}

TEST(Server, StopClosesIdleKeepAliveConnectionsAndStopsAccepting) {
  TestServer server(hello);
  const uint16_t port = server.port();
  Client client(port);
  client.send(get("/hello"));
  EXPECT_TRUE(client.read().keep_alive());
  std::this_thread::sleep_for(100ms);  // so the connection is waiting for its next request
  server.stop_and_join();
  EXPECT_TRUE(client.closed_by_server());
  EXPECT_THROW(Client{port}, boost::system::system_error);
}

TEST(Server, StopBeforeRunMakesRunReturn) {
  Server server(test_options(), hello, nullptr);
  ASSERT_TRUE(server.listen().ok());
  server.stop();
  server.run();  // returns at once
  SUCCEED();
}

TEST(Server, IdleKeepAliveConnectionTimesOut) {
  ServerOptions options = test_options();
  options.idle_timeout_seconds = 1;
  TestServer server(hello, options);
  Client client(server.port());
  client.send(get("/hello"));
  EXPECT_EQ(client.read().result_int(), 200u);
  EXPECT_TRUE(client.closed_by_server());  // after about a second of silence, not 10 s
}

TEST(Server, PortZeroPicksAnEphemeralPort) {
  TestServer server(hello);
  EXPECT_NE(server.port(), 0);
}

TEST(Server, ListenOnAPortInUseSaysSo) {
  TestServer first(hello);
  ServerOptions options = test_options();
  options.port = first.port();
  Server second(options, hello, nullptr);
  const Status s = second.listen();
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(s.Is(Status::Code::kIOError));
  EXPECT_EQ(s.message(), "cannot listen on 127.0.0.1:" + std::to_string(first.port()) +
                             ": Address already in use");
}

TEST(Server, ListenOnAnUnknownAddressSaysSo) {
  ServerOptions options = test_options();
  options.bind = "not an address";
  Server server(options, hello, nullptr);
  const Status s = server.listen();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("cannot listen on not an address:0: ", 0), 0u) << s.message();
}

TEST(Server, LogsOneLinePerRequestWithoutQueryOrBody) {
  auto previous = spdlog::default_logger();
  std::ostringstream out;
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
  spdlog::set_default_logger(std::make_shared<spdlog::logger>("test", sink));
  {
    TestServer server([](Request&) { return Response::text(201, "ok"); });
    Client client(server.port());
    client.send(post("/journal?q=secret+query", "text=secret+body"));
    EXPECT_EQ(client.read().result_int(), 201u);
    server.stop_and_join();
  }
  spdlog::set_default_logger(previous);
  const std::string log = out.str();
  EXPECT_NE(log.find(" POST /journal 201 "), std::string::npos) << log;
  EXPECT_NE(log.find("ms"), std::string::npos) << log;
  EXPECT_EQ(log.find("secret"), std::string::npos) << log;
}

}  // namespace
}  // namespace refuge::web
