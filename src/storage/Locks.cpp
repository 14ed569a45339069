#include "storage/Locks.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include "domain/Errors.h"
#include "domain/Validation.h"
#include "storage/Session.h"

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

namespace {
// The lock of every check: the two-key form of the record locks, with a
// second key (256) outside their buckets (0-255).
const std::string kEveryCheck = "s113 every check";
// What a transaction that locked every check notes among its locks taken.
const std::string kEveryCheckHeld = "\n" + kEveryCheck;
}  // namespace

void lockChecksOfTransaction(Register& reg, CheckLocks checks) {
  if (reg.backend() != Backend::PostgreSQL) return;
  const bool whole = checks == CheckLocks::Whole;
  try {
    sessionOf(reg) << (whole ? "SELECT pg_advisory_xact_lock(hashtext(:t), 256)"
                             : "SELECT pg_advisory_xact_lock_shared(hashtext(:t), 256)"),
        soci::use(kEveryCheck);
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw StorageError("Locking the register's checks failed: " + std::string(e.what()));
  }
  if (whole) reg.firstAskForLock(kEveryCheckHeld);
}

void lockForCheck(Register& reg, const EntityDef& def, const std::string& key) {
  if (key.empty() || reg.backend() != Backend::PostgreSQL || reg.holdsLock(kEveryCheckHeld)) return;
  try {
    // A transaction-scoped advisory lock on the record, not SELECT ... FOR
    // UPDATE: that needs the UPDATE privilege, which no user's role holds.
    // Each advisory lock held takes a slot of the server's shared lock table
    // until the transaction ends, and an import checks every record in one
    // transaction: with one lock per key, 25,000 contracts ran out of shared
    // memory. So a key locks one of 256 buckets of its table; two writers of
    // different records in one bucket wait for each other, never more.
    const std::string table = def.table;
    // Held until the transaction ends, so once is enough (an import checks
    // one agreement for each of its placements).
    if (!reg.firstAskForLock(table + '\n' + key)) return;
    sessionOf(reg) << "SELECT pg_advisory_xact_lock(hashtext(:t), hashtext(:k) & 255)", soci::use(table),
        soci::use(key);
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw StorageError("Locking " + recordLabel(def, key) + " failed: " + std::string(e.what()));
  }
}

}  // namespace s113
