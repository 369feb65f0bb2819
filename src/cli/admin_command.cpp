// refuge admin create-user: accounts for therapists and administrators.
#include <termios.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/paths.h"
#include "core/accounts/credentials.h"
#include "store/sqlite/sqlite_store.h"
#include "web/auth/accounts.h"

namespace refuge::cli {
namespace {

struct CreateUserOptions {
  std::string data_dir = "./refuge-data";
  std::string content_dir;
  std::string username;
  std::string role = "person";
  bool password_stdin = false;
};

std::string read_password(bool from_stdin) {
  std::string password;
  if (from_stdin || !isatty(STDIN_FILENO)) {
    std::getline(std::cin, password);
    return password;
  }
  std::cerr << "Password: " << std::flush;
  termios old{};
  tcgetattr(STDIN_FILENO, &old);
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::getline(std::cin, password);
  tcsetattr(STDIN_FILENO, TCSANOW, &old);
  std::cerr << "\n";
  return password;
}

int create_user(const CreateUserOptions& o) {
  store::Role role;
  if (!store::role_from_string(o.role, &role)) {
    std::cerr << "refuge: --role must be person, therapist or admin\n";
    return 2;
  }
  std::string content = find_resource_dir(o.content_dir, "content");
  std::ifstream in(content + "/security/common-passwords.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  accounts::CommonPasswords common = accounts::CommonPasswords::parse(ss.str());

  store::SqliteOptions so;
  so.path = database_path(o.data_dir);
  auto store = store::open_sqlite_store(so);
  if (!store.ok()) {
    std::cerr << "refuge: cannot open the database: " << store.status().message() << "\n";
    return 1;
  }
  web::AppConfig config;
  web::Accounts accounts(**store, common, config, web::system_now);
  std::string password = read_password(o.password_stdin);
  auto created = accounts.sign_up(o.username, password, role);
  if (!created.ok()) {
    // Core messages are locale keys; say them plainly here.
    std::cerr << "refuge: cannot create the account: " << created.status().message() << "\n";
    return 1;
  }
  std::cout << "Created " << o.role << " '" << created->account.username << "'.\n"
            << "Recovery code (give it to the person; it is shown only once): "
            << created->recovery_code << "\n";
  return 0;
}

}  // namespace

void add_admin_command(CLI::App& app, int& exit_code) {
  CLI::App* admin = app.add_subcommand("admin", "Administration tasks.");
  admin->require_subcommand(1);
  auto opts = std::make_shared<CreateUserOptions>();
  CLI::App* create = admin->add_subcommand("create-user", "Create an account (e.g. a therapist).");
  create->add_option("--data-dir", opts->data_dir, "Directory of the database")
      ->envname("REFUGE_DATA_DIR")->capture_default_str();
  create->add_option("--content-dir", opts->content_dir, "Content directory")
      ->envname("REFUGE_CONTENT_DIR");
  create->add_option("--username", opts->username, "Username")->required();
  create->add_option("--role", opts->role, "person, therapist or admin")
      ->capture_default_str()->check(CLI::IsMember({"person", "therapist", "admin"}));
  create->add_flag("--password-stdin", opts->password_stdin,
                   "Read the password from standard input (one line)");
  create->callback([opts, &exit_code] { exit_code = create_user(*opts); });
}

}  // namespace refuge::cli
