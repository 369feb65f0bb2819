// refuge serve: the web server.
#include <pthread.h>
#include <signal.h>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/data_dir_lock.h"
#include "cli/paths.h"
#include "store/sqlite/sqlite_store.h"
#include "web/app.h"
#include "web/http/server.h"

namespace refuge::cli {
namespace {

struct ServeOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string data_dir = "./refuge-data";
  std::string log_level = "info";
  std::string content_dir, web_dir;
  std::string country = "US";
  bool secure_cookies = false;
  double idle_minutes = 30;
  double absolute_hours = 12;
  int threads = 0;
  int workers = 0;
};

// Removes expired sessions and old log-in failures now and then, until told to stop.
class Janitor {
 public:
  Janitor(store::Store& store, const web::AppConfig& config)
      : thread_([this, &store, &config] { loop(store, config); }) {}
  ~Janitor() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

 private:
  void loop(store::Store& store, const web::AppConfig& config) {
    std::unique_lock lock(mu_);
    while (!cv_.wait_for(lock, std::chrono::minutes(5), [this] { return stop_; })) {
      int64_t now = web::system_now();
      store.sessions().remove_expired(now - config.session_idle_seconds,
                                      now - config.session_absolute_seconds);
      store.login_attempts().prune(now - 2 * config.login_failure_window_seconds);
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

int serve(const ServeOptions& o) {
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %l %v");
  spdlog::set_level(spdlog::level::from_str(o.log_level));

  // SIGINT/SIGTERM are taken by one waiting thread; block them before any thread starts.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto lock = DataDirLock::acquire(o.data_dir);
  if (!lock.ok()) {
    spdlog::error("{}", lock.status().message());
    return 1;
  }
  store::SqliteOptions so;
  so.path = database_path(o.data_dir);
  auto store = store::open_sqlite_store(so);
  if (!store.ok()) {
    spdlog::error("cannot open the database: {}", store.status().message());
    return 1;
  }

  web::AppConfig config;
  config.data_dir = o.data_dir;
  config.content_dir = find_resource_dir(o.content_dir, "content");
  config.web_dir = find_resource_dir(o.web_dir, "web");
  config.country = o.country;
  config.secure_cookies = o.secure_cookies;
  config.session_idle_seconds = static_cast<int64_t>(o.idle_minutes * 60);
  config.session_absolute_seconds = static_cast<int64_t>(o.absolute_hours * 3600);
  auto app = web::App::create(config, **store);
  if (!app.ok()) {
    spdlog::error("{}", app.status().message());
    return 1;
  }

  web::ServerOptions server_options;
  server_options.bind = o.bind;
  server_options.port = static_cast<uint16_t>(o.port);
  server_options.io_threads = o.threads;
  server_options.worker_threads = o.workers;
  web::App& application = **app;
  web::Server server(
      server_options, [&application](web::Request& r) { return application.handle(r); },
      [&application](const web::Request& r, web::Response& res) { application.decorate(r, res); });
  Status listening = server.listen();
  if (!listening.ok()) {
    spdlog::error("{}", listening.message());
    return 1;
  }
  std::printf("listening on http://%s:%u\n", o.bind.c_str(), server.port());
  std::fflush(stdout);
  spdlog::info("refuge serving on http://{}:{} with data in {}", o.bind, server.port(),
               o.data_dir);

  Janitor janitor(**store, config);
  std::thread signal_waiter([&server, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    spdlog::info("received {}, shutting down gracefully", sig == SIGINT ? "SIGINT" : "SIGTERM");
    server.stop();
  });
  server.run();
  // run() also returns if the server stops for another reason: wake the waiter.
  pthread_kill(signal_waiter.native_handle(), SIGTERM);
  signal_waiter.join();
  spdlog::info("shutdown complete; database closed");
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the web app (HTTP).");
  cmd->add_option("--port", opts->port, "TCP port (0 picks a free one)")
      ->envname("REFUGE_PORT")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", opts->bind, "Address to listen on")
      ->envname("REFUGE_BIND")->capture_default_str();
  cmd->add_option("--data-dir", opts->data_dir, "Directory for the database")
      ->envname("REFUGE_DATA_DIR")->capture_default_str();
  cmd->add_option("--log-level", opts->log_level, "trace, debug, info, warn, error or off")
      ->envname("REFUGE_LOG_LEVEL")->capture_default_str()
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}));
  cmd->add_option("--content-dir", opts->content_dir, "Content directory (default: ./content)")
      ->envname("REFUGE_CONTENT_DIR");
  cmd->add_option("--web-dir", opts->web_dir, "Templates and static files (default: ./web)")
      ->envname("REFUGE_WEB_DIR");
  cmd->add_option("--country", opts->country, "Default country for crisis lines (US, UK, ...)")
      ->envname("REFUGE_COUNTRY")->capture_default_str();
  cmd->add_flag("--secure-cookies", opts->secure_cookies, "Mark cookies Secure (behind HTTPS)")
      ->envname("REFUGE_SECURE_COOKIES");
  cmd->add_option("--session-idle-minutes", opts->idle_minutes, "Idle session timeout")
      ->envname("REFUGE_SESSION_IDLE_MINUTES")->capture_default_str()
      ->check(CLI::Range(0.01, 1440.0));
  cmd->add_option("--session-absolute-hours", opts->absolute_hours, "Absolute session lifetime")
      ->envname("REFUGE_SESSION_ABSOLUTE_HOURS")->capture_default_str()
      ->check(CLI::Range(0.001, 720.0));
  cmd->add_option("--threads", opts->threads, "IO threads (0: one per two cores, at least 1)")
      ->envname("REFUGE_THREADS")->capture_default_str();
  cmd->add_option("--workers", opts->workers,
                  "Worker threads for database and crypto work (0: one per core plus one, at least 3)")
      ->envname("REFUGE_WORKERS")->capture_default_str();
  cmd->callback([opts, &exit_code] { exit_code = serve(*opts); });
}

}  // namespace refuge::cli
