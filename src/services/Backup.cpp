#include "services/Backup.h"

#include <filesystem>

#include "domain/Errors.h"
#include "services/RegisterCheck.h"
#include "storage/PrivateTempDir.h"
#include "storage/RoleStore.h"
#include "storage/SqliteChecks.h"
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
  const std::string result = sqliteIntegrity(*copy);
  if (result != "ok") throw StorageError("The backup copy failed its integrity check: " + result);
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
    copySqliteAtomically(reg, file);
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
    copyCheckedSqliteBackup(backup, copy);
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
    copyCheckedSqliteBackup(backup, partial);
    openChecked(partial, backup).reset();
    moveIntoPlace(partial, target);
  } catch (...) {
    removeSqliteFile(partial);
    throw;
  }
}

}  // namespace s113
