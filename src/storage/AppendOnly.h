// The tables the database itself keeps append-only: the audit log, recorded
// decisions, the HR protocol's versions and rules, and every record's
// versions table (`*_versions`). Each has triggers refusing UPDATE and
// DELETE (and, on PostgreSQL, TRUNCATE), defined here rather than in one
// migration so that a versions table a later migration adds or rebuilds gets
// them too (migrate() re-creates them after every migration it applies).
//
// Only three kinds of work may change these rows, each inside one
// transaction that puts the guard back before it commits: a migration, a
// restore into a fresh register (whose seed rows it replaces) and the
// anonymisation of a person (services/PersonalData.h). On SQLite the
// transaction drops the triggers and creates them again; on PostgreSQL it
// sets s113.maintenance for itself (SET LOCAL), which the trigger function
// honours; who may UPDATE these tables at all is then a matter of grants.
// Either way `check` verifies the audit log's hash chain, so an edit made by
// lifting the guard outside the program is still found.
#pragma once
#include <string>
#include <vector>

#include <soci/soci.h>

namespace s113 {

enum class Backend;

// The append-only tables present in the register, in name order.
std::vector<std::string> appendOnlyTables(soci::session& sql, Backend backend);
// The trigger names each such table must have: "<table>_no_update" and
// "<table>_no_delete" on SQLite; "<table>_no_update" (UPDATE or DELETE) and
// "<table>_no_truncate" on PostgreSQL.
std::vector<std::string> appendOnlyTriggerNames(Backend backend, const std::string& table);
// Creates whatever trigger (and, on PostgreSQL, trigger function) is missing.
void ensureAppendOnlyTriggers(soci::session& sql, Backend backend);
// "<table>: trigger <name> is missing" (or "is disabled", on PostgreSQL) for
// every trigger that is not in force; empty when all are.
std::vector<std::string> missingAppendOnlyTriggers(soci::session& sql, Backend backend);

// Lifts the guard for the rest of the caller's open transaction (see above);
// restoreAppendOnly puts it back and must run before the commit.
void suspendAppendOnly(soci::session& sql, Backend backend);
void restoreAppendOnly(soci::session& sql, Backend backend);

}  // namespace s113
