// refuge — the Refuge server and its tools.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "core/version.h"
#include "store/crypto/random.h"

int main(int argc, char** argv) {
  CLI::App app{"Refuge: a private companion for Attachment-Based Compassion Therapy."};
  app.set_version_flag("--version", std::string("refuge ") + refuge::kVersion);
  app.require_subcommand(1);
  if (!refuge::crypto::init_sodium()) {
    std::fprintf(stderr, "refuge: libsodium could not be initialised\n");
    return 1;
  }
  int exit_code = 0;
  refuge::cli::add_serve_command(app, exit_code);
  refuge::cli::add_admin_command(app, exit_code);
  refuge::cli::add_backup_commands(app, exit_code);
  refuge::cli::add_score_command(app, exit_code);
  refuge::cli::add_analyze_command(app, exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
