// refuge backup / refuge restore: consistent copies of the database.
#include <iostream>

#include "cli/commands.h"
#include "cli/data_dir_lock.h"
#include "cli/paths.h"
#include "store/sqlite/sqlite_store.h"

namespace refuge::cli {
namespace {

struct BackupOptions {
  std::string data_dir = "./refuge-data";
  std::string file;
};

int backup(const BackupOptions& o) {
  Status st = store::backup_sqlite(database_path(o.data_dir), o.file);
  if (!st.ok()) {
    std::cerr << "refuge: backup failed: " << st.message() << "\n";
    return 1;
  }
  std::cout << "Backup written to " << o.file
            << " (encrypted writing stays encrypted; keep the file private).\n";
  return 0;
}

int restore(const BackupOptions& o) {
  auto lock = DataDirLock::acquire(o.data_dir);
  if (!lock.ok()) {
    std::cerr << "refuge: restore refused: " << lock.status().message() << "\n";
    return 1;
  }
  Status st = store::restore_sqlite(o.file, database_path(o.data_dir));
  if (!st.ok()) {
    std::cerr << "refuge: restore failed: " << st.message() << "\n";
    return 1;
  }
  std::cout << "Restored " << o.file << " into " << o.data_dir << ".\n";
  return 0;
}

}  // namespace

void add_backup_commands(CLI::App& app, int& exit_code) {
  auto b = std::make_shared<BackupOptions>();
  CLI::App* bc = app.add_subcommand("backup", "Write a consistent copy of the database (online).");
  bc->add_option("--data-dir", b->data_dir, "Directory of the database")
      ->envname("REFUGE_DATA_DIR")->capture_default_str();
  bc->add_option("--to", b->file, "Backup file to create (must not exist)")->required();
  bc->callback([b, &exit_code] { exit_code = backup(*b); });

  auto r = std::make_shared<BackupOptions>();
  CLI::App* rc = app.add_subcommand(
      "restore", "Check a backup and restore it (the server must be stopped).");
  rc->add_option("--data-dir", r->data_dir, "Directory of the database to replace")
      ->envname("REFUGE_DATA_DIR")->capture_default_str();
  rc->add_option("--from,file", r->file, "Backup file to restore")->required()
      ->check(CLI::ExistingFile);
  rc->callback([r, &exit_code] { exit_code = restore(*r); });
}

}  // namespace refuge::cli
