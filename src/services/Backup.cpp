#include "services/Backup.h"

#include <filesystem>

#include <soci/sqlite3/soci-sqlite3.h>

#include "domain/Errors.h"
#include "services/RegisterCheck.h"
#include "storage/PrivateTempDir.h"
#include "storage/RoleStore.h"
#include "storage/SqliteCopy.h"
#include "storage/TableCopy.h"
#include "services/Roles.h"

namespace fs = std::filesystem;

namespace s113 {
namespace {

void removeSqliteFile(const std::string& file) {
  std::error_code ec;
  for (const char* extra : {"", "-wal", "-shm", "-journal"}) fs::remove(file + extra, ec);
}

// Copies every table of `from` into the new SQLite register file `partial`.
void copyIntoNewFile(Register& from, const std::string& partial, Progress* progress) {
  auto copy = Register::open(partial, true, false);
  std::size_t tables = 0;
  copyAllTables(from, *copy, [&](const std::string& table, std::size_t) {
    reportProgress(progress, ++tables, 0, "Copied " + table);
  });
  // A PostgreSQL register's roles name database logins; the SQLite copy is
  // opened by operating-system logins: the one who made it is its admin.
  if (from.backend() == Backend::PostgreSQL) {
    WriteTransaction tx(*copy);
    RoleStore(*copy).grant(copy->actingUser(), Role::Admin, from.actingUser());
    tx.commit();
  }
  std::string result;
  copy->sql() << "PRAGMA integrity_check", soci::into(result);
  if (result != "ok") throw StorageError("The backup copy failed its integrity check: " + result);
}

// A consistent copy of the SQLite file `backup` at `copy`, read without
// writing to it; refused unless it is an intact S113 register.
void copyCheckedBackup(const std::string& backup, const std::string& copy) {
  std::error_code ec;
  if (!fs::is_regular_file(backup, ec)) throw StorageError("There is no backup file '" + backup + "'");
  try {
    // Read-only: a backup file is never written by a restore.
    soci::session source(soci::sqlite3, "db=\"" + backup + "\" readonly=1");
    long long tables = 0;
    source << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
        soci::into(tables);
    if (tables == 0) throw StorageError("'" + backup + "' is not an S113 register: nothing was restored");
    std::string result;
    source << "PRAGMA integrity_check", soci::into(result);
    if (result != "ok")
      throw StorageError("The backup '" + backup + "' is damaged (" + result + "): nothing was restored");
    source << "VACUUM INTO :f", soci::use(copy);
  } catch (const soci::soci_error& e) {
    throw StorageError("'" + backup + "' is not an S113 register that can be read (" + e.what() +
                       "): nothing was restored");
  }
}

// The copy, opened as a register (brought to this program's schema), must pass `check`.
std::unique_ptr<Register> openChecked(const std::string& copy, const std::string& backup) {
  auto reg = Register::open(copy, false, false);
  CheckReport report = checkRegister(*reg);
  if (!report.errors.empty()) {
    std::vector<ValidationError> errors;
    for (const auto& e : report.errors) errors.emplace_back(backup, "check", e);
    throw ValidationErrors(std::move(errors));
  }
  return reg;
}

}  // namespace

void backupRegister(Register& reg, const std::string& file, Progress* progress) {
  require(reg, Action::ReadSalaries);
  if (reg.backend() == Backend::SQLite) {
    reportProgress(progress, 0, 0, "Copying the register file");
    copySqliteAtomically(reg.sql(), file);
    return;
  }
  if (fs::exists(file)) throw StorageError("'" + file + "' already exists: choose a new file name");
  const std::string partial = partialPathFor(file);
  try {
    copyIntoNewFile(reg, partial, progress);
    moveIntoPlace(partial, file);
  } catch (...) {
    removeSqliteFile(partial);
    throw;
  }
}

void restoreRegister(const std::string& backup, const std::string& target, Progress* progress) {
  if (isPostgresTarget(target)) {
    PrivateTempDir temp("restore");
    const std::string copy = (temp.path() / "backup.s113").string();
    copyCheckedBackup(backup, copy);
    auto checked = openChecked(copy, backup);
    auto reg = Register::open(target, true);
    if (userRowCount(*reg) > 0)
      throw StorageError("'" + reg->displayName() +
                         "' already holds records: restore only into a new register");
    std::size_t tables = 0;
    copyAllTables(*checked, *reg, [&](const std::string& table, std::size_t) {
      reportProgress(progress, ++tables, 0, "Restored " + table);
    });
    return;
  }
  if (fs::exists(target)) throw StorageError("'" + target + "' already exists: restore only into a new register");
  const std::string partial = partialPathFor(target);
  try {
    reportProgress(progress, 0, 0, "Checking the backup");
    copyCheckedBackup(backup, partial);
    openChecked(partial, backup).reset();
    moveIntoPlace(partial, target);
  } catch (...) {
    removeSqliteFile(partial);
    throw;
  }
}

}  // namespace s113
