// The application driven in-process (no sockets): real SQLite store in a temp dir, real content,
// a fake clock so session expiry and throttling are tested without waiting. Shared by the web
// test files.
#pragma once

#include <stdlib.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "store/crypto/random.h"
#include "store/sqlite/sqlite_store.h"
#include "web/app.h"
#include "web/http/form.h"

namespace refuge::web {

inline constexpr const char* kForm = "application/x-www-form-urlencoded";

// Percent-encodes a form value (application/x-www-form-urlencoded), as the app's own encoder.
inline std::string UrlEncode(const std::string& s) { return percent_encode(s); }

class AppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    crypto::init_sodium();
    char tmpl[] = "/tmp/refuge-app-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
    store::SqliteOptions so;
    so.path = dir_ + "/refuge.db";
    auto s = store::open_sqlite_store(so);
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(s.value());
    UseStore(*store_);
  }
  // A form POST with the page's CSRF token; `fields` are already encoded ("a=1&b=2").
  Response Post(const std::string& path, const std::string& fields) {
    return Call("POST", path, "csrf_token=" + csrf_ + (fields.empty() ? "" : "&" + fields),
                {{"content-type", kForm}});
  }
  // Signs up `user` and continues as them.
  void SwitchTo(const std::string& user) {
    cookie_.clear();
    csrf_.clear();
    SignUpAndLogIn(user);
  }
  // Closes the app and the database (so every byte is in the files) and returns the bytes of
  // every file of the data directory, with how many files there were.
  std::string DatabaseFiles(int* files = nullptr) {
    app_.reset();
    store_.reset();
    std::string all;
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir_)) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      all += ss.str();
      ++n;
    }
    if (files) *files = n;
    return all;
  }
  // The id of a signed-up person.
  std::string AccountId(const std::string& user) {
    auto a = store_->accounts().find_by_username(user);
    EXPECT_TRUE(a.ok());
    return a.ok() ? a->id : "";
  }
  // A new app (same content, clock and signed-in cookie) over `store`, which must outlive it.
  void UseStore(store::Store& store) {
    AppConfig config;
    config.content_dir = std::string(REFUGE_SOURCE_DIR) + "/content";
    config.web_dir = std::string(REFUGE_SOURCE_DIR) + "/web";
    auto app = App::create(config, store, [this] { return now_; });
    ASSERT_TRUE(app.ok()) << app.status().message();
    app_ = std::move(app.value());
  }
  void TearDown() override {
    app_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Response Call(std::string method, std::string path, std::string body = "",
                std::vector<std::pair<std::string, std::string>> headers = {}) {
    Request r;
    r.method = method;
    r.target = path;
    auto q = path.find('?');
    r.path = path.substr(0, q);
    r.query = q == std::string::npos ? "" : path.substr(q + 1);
    r.body = body;
    r.remote_address = address_;
    r.request_id = "test";
    for (auto& [k, v] : headers) r.headers.emplace_back(k, v);
    if (!cookie_.empty()) r.headers.emplace_back("cookie", "refuge_session=" + cookie_);
    if (!csrf_.empty()) r.headers.emplace_back("x-csrf-token", csrf_);
    return app_->handle(r);
  }
  Response Json(std::string method, std::string path, const nlohmann::json& body) {
    return Call(method, path, body.dump(), {{"content-type", "application/json"}});
  }
  void SignUpAndLogIn(const std::string& user) {
    ASSERT_EQ(Json("POST", "/api/v1/signup", {{"username", user}, {"password", kPassword}}).status,
              201);
    Response r = Json("POST", "/api/v1/login", {{"username", user}, {"password", kPassword}});
    ASSERT_EQ(r.status, 200) << r.body;
    std::string set = std::string(r.header("set-cookie"));
    cookie_ = set.substr(set.find('=') + 1, 43);
    csrf_ = nlohmann::json::parse(r.body)["csrf_token"];
  }

  static constexpr const char* kPassword = "a calm green harbour";
  std::string dir_;
  int64_t now_ = 1'800'000'000;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<App> app_;
  std::string cookie_, csrf_;
  std::string address_ = "127.0.0.1";
};

}  // namespace refuge::web
