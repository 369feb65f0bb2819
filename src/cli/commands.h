// The `refuge` subcommands. Each registers its options on the CLI11 app and returns the code to
// exit with from its run function.
#pragma once

#include <CLI/CLI.hpp>

namespace refuge::cli {

void add_serve_command(CLI::App& app, int& exit_code);
void add_admin_command(CLI::App& app, int& exit_code);
void add_backup_commands(CLI::App& app, int& exit_code);
void add_score_command(CLI::App& app, int& exit_code);
void add_analyze_command(CLI::App& app, int& exit_code);

}  // namespace refuge::cli
