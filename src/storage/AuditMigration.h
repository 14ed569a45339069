// The audit log's own steps in two schema migrations, done by the program
// because they hash rows (storage/Migrations.cpp calls them inside the
// migration's transaction, with the append-only guard lifted).
#pragma once
#include <soci/soci.h>

namespace s113 {

enum class Backend;

// Schema 13: gives every row of the per-field audit_log table (schemas 3 to
// 15) that has no hash yet its hash, in seq order, chained after the last row
// that has one.
void chainUnhashedAuditRows(soci::session& sql);

// Schema 16: verifies the hash chain of the per-field rows (renamed
// audit_log_before_16 by the migration) and throws StorageError, naming the
// first row at fault, if it is broken; otherwise writes the consecutive rows
// of each record version as one row of audit_changes, in seq order, chained
// from "", renumbers each closed period's audit_seq to match, and drops the
// old table.
void convertAuditLogToChanges(soci::session& sql, Backend backend);

}  // namespace s113
