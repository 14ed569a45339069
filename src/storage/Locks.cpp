#include "storage/Locks.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include "domain/Errors.h"
#include "domain/Validation.h"

namespace s113 {

bool isBusyError(const soci::soci_error& error) {
  if (auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&error)) {
    const std::string state = pg->sqlstate();
    return state == "55P03" || state == "40P01" || state == "40001";
  }
  if (auto* lite = dynamic_cast<const soci::sqlite3_soci_error*>(&error)) {
    const int primary = lite->result() & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
  }
  return false;
}

void lockForCheck(Register& reg, const EntityDef& def, const std::string& key) {
  if (key.empty() || reg.backend() != Backend::PostgreSQL) return;
  try {
    // A transaction-scoped advisory lock on the record, not SELECT ... FOR
    // UPDATE: that needs the UPDATE privilege, which no user's role holds.
    const std::string table = def.table;
    reg.sql() << "SELECT pg_advisory_xact_lock(hashtext(:t), hashtext(:k))", soci::use(table), soci::use(key);
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw StorageError("Locking " + recordLabel(def, key) + " failed: " + std::string(e.what()));
  }
}

}  // namespace s113
