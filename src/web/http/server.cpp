// Listening, accepting and stopping; one connection's life is in session.cpp.
#include "web/http/server.h"

// Boost 1.74's awaitable.hpp uses std::exchange without including <utility>; with g++ 12 it must
// come before any Asio header.
// clang-format off
#include <utility>
// clang-format on

#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <vector>

#include "web/http/server_impl.h"

namespace refuge::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

asio::awaitable<void> Server::Impl::accept_loop() {
  for (;;) {
    beast::error_code ec;
    tcp::socket socket = co_await acceptor.async_accept(
        asio::make_strand(ioc), asio::redirect_error(asio::use_awaitable, ec));
    if (stopping || !acceptor.is_open()) co_return;
    if (ec) {
      // e.g. out of file descriptors: say so, pause a little, go on.
      spdlog::warn("http: accept failed: {}", ec.message());
      asio::steady_timer pause(acceptor_strand, std::chrono::milliseconds(50));
      co_await pause.async_wait(asio::redirect_error(asio::use_awaitable, ec));
      continue;
    }
    auto connection = std::make_shared<detail::Connection>(std::move(socket));
    asio::co_spawn(connection->stream.get_executor(), session(connection), asio::detached);
  }
}

// On the acceptor's strand. stop() set `stopping` before posting this, so a connection either
// sees `stopping` when it goes idle (wait_for_request), or is idle when the post below runs on
// its strand and is cancelled. Busy connections finish their request and then close.
void Server::Impl::shutdown() {
  beast::error_code ec;
  acceptor.close(ec);
  std::vector<std::shared_ptr<detail::Connection>> open;
  {
    std::lock_guard lock(mu);
    open.assign(connections.begin(), connections.end());
  }
  for (auto& c : open) {
    asio::post(c->stream.get_executor(), [c] {
      if (c->idle) c->stream.cancel();
    });
  }
}

void Server::Impl::run_io() {
  for (;;) {
    try {
      ioc.run();
      return;
    } catch (const std::exception& e) {
      spdlog::error("http: unexpected exception on an IO thread: {}", e.what());
    }
  }
}

Server::Server(ServerOptions options, AppHandler app, ResponseDecorator decorate)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(app), std::move(decorate))) {}

Server::~Server() = default;

Status Server::listen() {
  Impl& i = *impl_;
  const bool ipv6 = i.options.bind.find(':') != std::string::npos;
  const std::string where =
      (ipv6 ? "[" + i.options.bind + "]" : i.options.bind) + ":" + std::to_string(i.options.port);
  beast::error_code ec;
  tcp::resolver resolver(i.ioc);
  const auto results =
      resolver.resolve(i.options.bind, std::to_string(i.options.port),
                       tcp::resolver::passive | tcp::resolver::numeric_service, ec);
  if (ec || results.empty()) {
    return Status::IOError("cannot listen on " + where + ": " +
                           (ec ? ec.message() : std::string("no such address")));
  }
  const tcp::endpoint endpoint = results.begin()->endpoint();
  i.acceptor.open(endpoint.protocol(), ec);
  if (!ec) i.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) i.acceptor.bind(endpoint, ec);
  if (!ec) i.acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (!ec) i.bound_port = i.acceptor.local_endpoint(ec).port();
  if (ec) {
    beast::error_code ignored;
    i.acceptor.close(ignored);
    return Status::IOError("cannot listen on " + where + ": " + ec.message());
  }
  return Status::Ok();
}

uint16_t Server::port() const { return impl_->bound_port; }

void Server::run() {
  Impl& i = *impl_;
  asio::co_spawn(i.acceptor_strand, i.accept_loop(), asio::detached);
  std::vector<std::thread> threads;
  for (int t = 1; t < i.io_threads; ++t) {
    threads.emplace_back([&i] { i.run_io(); });
  }
  i.run_io();  // returns once the acceptor is closed and every connection has ended
  for (auto& t : threads) t.join();
  i.workers.join();  // already idle: every handler call was awaited by its session
}

void Server::stop() {
  if (impl_->stopping.exchange(true)) return;
  asio::post(impl_->acceptor_strand, [impl = impl_.get()] { impl->shutdown(); });
}

}  // namespace refuge::web
