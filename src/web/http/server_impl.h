// Server internals shared by server.cpp (listen, accept, stop) and session.cpp (one connection).
// Private to src/web/http/.
#pragma once

// Boost 1.74's awaitable.hpp uses std::exchange without including <utility>; with g++ 12 it must
// come before any Asio header.
// clang-format off
#include <utility>
// clang-format on

#include <algorithm>
#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <chrono>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "web/http/server.h"

namespace refuge::web {

namespace detail {

// One accepted connection. Its stream's executor is a strand: the session coroutine and the
// posts from shutdown() run there, one at a time.
struct Connection {
  explicit Connection(boost::asio::ip::tcp::socket socket) : stream(std::move(socket)) {}
  boost::beast::tcp_stream stream;
  std::string remote_address;
  bool idle = false;  // waiting for a request's first byte; touched only on the stream's strand
};

// What the worker pool hands back: the app's response, or a note that the app threw.
struct Outcome {
  Response response;
  bool threw = false;
};

inline int threads_or(int wanted, int fallback) { return wanted > 0 ? wanted : fallback; }
inline int default_io_threads(int cores) { return std::max(1, cores / 2); }
inline int default_worker_threads(int cores) { return std::max(3, cores + 1); }

}  // namespace detail

struct Server::Impl {
  Impl(ServerOptions o, AppHandler a, ResponseDecorator d)
      : options(std::move(o)),
        app(std::move(a)),
        decorate(std::move(d)),
        cores(std::max(1, static_cast<int>(std::thread::hardware_concurrency()))),
        io_threads(detail::threads_or(options.io_threads, detail::default_io_threads(cores))),
        ioc(io_threads),
        workers(static_cast<std::size_t>(
            detail::threads_or(options.worker_threads, detail::default_worker_threads(cores)))),
        acceptor_strand(boost::asio::make_strand(ioc)),
        acceptor(acceptor_strand) {}

  ServerOptions options;
  AppHandler app;
  ResponseDecorator decorate;
  int cores;
  int io_threads;
  boost::asio::io_context ioc;
  boost::asio::thread_pool workers;  // runs the app handler
  boost::asio::strand<boost::asio::io_context::executor_type> acceptor_strand;
  boost::asio::ip::tcp::acceptor acceptor;  // on acceptor_strand once run() started
  uint16_t bound_port = 0;
  std::atomic<bool> stopping{false};
  std::mutex mu;
  std::set<std::shared_ptr<detail::Connection>> connections;  // guarded by mu

  std::chrono::seconds timeout() const {
    return std::chrono::seconds(std::max(1, options.idle_timeout_seconds));
  }

  // server.cpp
  boost::asio::awaitable<void> accept_loop();
  void shutdown();
  void run_io();

  // session.cpp
  boost::asio::awaitable<void> session(std::shared_ptr<detail::Connection> c);
  boost::asio::awaitable<bool> wait_for_request(detail::Connection& c,
                                                boost::beast::flat_buffer& buffer);
  boost::asio::awaitable<bool> serve_one(detail::Connection& c, boost::beast::flat_buffer& buffer);
  boost::asio::awaitable<void> linger(detail::Connection& c);
  detail::Outcome call_app(Request& request) noexcept;
  Response server_response(int status, const Request& request) const;
};

}  // namespace refuge::web
