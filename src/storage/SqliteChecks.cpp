#include "storage/SqliteChecks.h"

#include <filesystem>

#include <soci/sqlite3/soci-sqlite3.h>

#include "domain/Errors.h"
#include "storage/Session.h"

namespace s113 {

std::string sqliteIntegrity(Register& reg) {
  std::string result;
  sessionOf(reg) << "PRAGMA integrity_check", soci::into(result);
  return result;
}

std::vector<std::string> tablesWithDanglingForeignKeys(Register& reg) {
  std::vector<std::string> tables;
  soci::rowset<soci::row> violations = sessionOf(reg).prepare << "PRAGMA foreign_key_check";
  for (auto it = violations.begin(); it != violations.end(); ++it) tables.push_back(it->get<std::string>(0));
  return tables;
}

void copyCheckedSqliteBackup(const std::string& backup, const std::string& copy) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(backup, ec)) throw StorageError("There is no backup file '" + backup + "'");
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

}  // namespace s113
