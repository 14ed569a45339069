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
    std::string found;
    soci::indicator ind = soci::i_null;
    reg.sql() << "SELECT " + def.keyField + " FROM " + def.table + " WHERE " + def.keyField +
                     " = :k FOR UPDATE",
        soci::use(key), soci::into(found, ind);
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw StorageError("Locking " + recordLabel(def, key) + " failed: " + std::string(e.what()));
  }
}

}  // namespace s113
