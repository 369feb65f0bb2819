// The HTTP/1.1 server: Boost.Beast + Asio with C++20 coroutines. IO threads accept, read and
// write; every handler call runs on a separate worker pool and is awaited, so IO threads never
// block. Keep-alive; body limit (413); malformed requests get 400; graceful stop.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/status.h"
#include "web/http/request.h"
#include "web/http/response.h"

namespace refuge::web {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  uint16_t port = 8080;           // 0: an ephemeral port (see Server::port())
  // IO threads only parse and write, so few of them keep up with the workers; fewer threads
  // competing for the cores also keeps the latency tail short (see BENCHMARKS.md).
  int io_threads = 0;             // 0: one per two cores, at least 1
  int worker_threads = 0;         // 0: one per core plus one, at least 3
  std::size_t body_limit = 1024 * 1024;
  int idle_timeout_seconds = 60;  // keep-alive connections idle this long are closed
};

// Called on a worker thread for every well-formed request. Must not throw (the server turns an
// escaped exception into a plain 500 without details).
using AppHandler = std::function<Response(Request&)>;
// Called on the IO thread for requests the server answers itself (400, 413, 500), so the app can
// add its security headers to them.
using ResponseDecorator = std::function<void(const Request&, Response&)>;

class Server {
 public:
  Server(ServerOptions options, AppHandler app, ResponseDecorator decorate);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens. IOError with a readable message (e.g. "port 8080 is in use").
  Status listen();
  uint16_t port() const;  // the bound port, valid after listen()
  // Serves until stop() is called; returns after in-flight requests finished and threads joined.
  void run();
  // Thread-safe and signal-safe to call from an asio signal handler: stops accepting, lets
  // in-flight requests finish (closing idle keep-alive connections), then run() returns.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace refuge::web
