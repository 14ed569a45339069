#include "storage/AppendOnly.h"

#include <map>
#include <set>

#include "storage/PostgresRoles.h"
#include "storage/Register.h"

namespace s113 {
namespace {

bool endsWith(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// audit_log is the per-field log's table up to schema 15 (a view from 16 on).
bool isAppendOnly(const std::string& table) {
  return endsWith(table, "_versions") || table == "audit_changes" || table == "audit_log" || table == "decisions" ||
         table == "protocol_rules";
}

// The one trigger function on PostgreSQL: refuses unless the transaction
// lifted the guard for itself (suspendAppendOnly).
const char* const kPgFunctionBody = R"(
BEGIN
  IF current_setting('s113.maintenance', true) = 'on' THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
)";

std::string sqliteTrigger(const std::string& table, const std::string& name) {
  const std::string event = endsWith(name, "_no_update") ? "UPDATE" : "DELETE";
  return "CREATE TRIGGER IF NOT EXISTS " + name + " BEFORE " + event + " ON " + table +
         "\nBEGIN\n  SELECT RAISE(ABORT, '" + table + " is append-only');\nEND";
}

std::string pgTrigger(const std::string& table, const std::string& name) {
  const bool truncate = endsWith(name, "_no_truncate");
  return "CREATE OR REPLACE TRIGGER " + name + (truncate ? " BEFORE TRUNCATE ON " : " BEFORE UPDATE OR DELETE ON ") +
         table + (truncate ? " FOR EACH STATEMENT" : " FOR EACH ROW") + " EXECUTE FUNCTION append_only_refuse_change()";
}

// The triggers in force, by table: name -> what makes it effective (SQLite:
// its SQL; PostgreSQL: "O" when enabled, "D" disabled).
std::map<std::string, std::map<std::string, std::string>> triggersByTable(soci::session& sql, Backend backend) {
  std::map<std::string, std::map<std::string, std::string>> out;
  std::string table, name, detail;
  soci::statement st =
      backend == Backend::SQLite
          ? (sql.prepare << "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'", soci::into(table),
             soci::into(name), soci::into(detail))
          : (sql.prepare << "SELECT c.relname, t.tgname, t.tgenabled::text FROM pg_trigger t "
                            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = current_schema() AND NOT t.tgisinternal",
             soci::into(table), soci::into(name), soci::into(detail));
  st.execute();
  while (st.fetch()) out[table][name] = detail;
  return out;
}

bool pgFunctionIntact(soci::session& sql) {
  std::string body;
  soci::indicator ind = soci::i_null;
  sql << "SELECT MIN(p.prosrc) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
         "WHERE n.nspname = current_schema() AND p.proname = 'append_only_refuse_change'",
      soci::into(body, ind);
  return ind == soci::i_ok && body == kPgFunctionBody;
}

}  // namespace

std::vector<std::string> appendOnlyTables(soci::session& sql, Backend backend) {
  std::vector<std::string> tables;
  std::string name;
  soci::statement st =
      backend == Backend::SQLite
          ? (sql.prepare << "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", soci::into(name))
          : (sql.prepare << "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                            "AND table_type = 'BASE TABLE' ORDER BY table_name",
             soci::into(name));
  st.execute();
  while (st.fetch())
    if (isAppendOnly(name)) tables.push_back(name);
  return tables;
}

std::vector<std::string> appendOnlyTriggerNames(Backend backend, const std::string& table) {
  if (backend == Backend::SQLite) return {table + "_no_update", table + "_no_delete"};
  return {table + "_no_update", table + "_no_truncate"};
}

void ensureAppendOnlyTriggers(soci::session& sql, Backend backend) {
  if (backend == Backend::PostgreSQL && !pgFunctionIntact(sql))
    sql << std::string("CREATE OR REPLACE FUNCTION append_only_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$") +
               kPgFunctionBody + "$$";
  auto present = triggersByTable(sql, backend);
  for (const auto& table : appendOnlyTables(sql, backend))
    for (const auto& name : appendOnlyTriggerNames(backend, table)) {
      const auto& onTable = present[table];
      auto found = onTable.find(name);
      if (found != onTable.end() && (backend == Backend::SQLite || found->second != "D")) continue;
      if (backend == Backend::PostgreSQL && found != onTable.end())
        sql << "ALTER TABLE " + table + " ENABLE TRIGGER " + name;
      else
        sql << (backend == Backend::SQLite ? sqliteTrigger(table, name) : pgTrigger(table, name));
    }
}

std::vector<std::string> missingAppendOnlyTriggers(soci::session& sql, Backend backend) {
  std::vector<std::string> problems;
  if (backend == Backend::PostgreSQL && !pgFunctionIntact(sql))
    problems.push_back("the trigger function append_only_refuse_change is missing or was changed");
  auto present = triggersByTable(sql, backend);
  for (const auto& table : appendOnlyTables(sql, backend))
    for (const auto& name : appendOnlyTriggerNames(backend, table)) {
      const auto& onTable = present[table];
      auto found = onTable.find(name);
      if (found == onTable.end())
        problems.push_back(table + ": trigger " + name + " is missing");
      else if (backend == Backend::PostgreSQL && found->second == "D")
        problems.push_back(table + ": trigger " + name + " is disabled");
      else if (backend == Backend::SQLite &&
               (found->second.find("RAISE(ABORT") == std::string::npos || found->second.find(" WHEN ") != std::string::npos))
        problems.push_back(table + ": trigger " + name + " was changed: it no longer refuses every change");
    }
  return problems;
}

void suspendAppendOnly(soci::session& sql, Backend backend) {
  if (backend == Backend::PostgreSQL) {
    // Only the owner role may UPDATE or DELETE these rows (storage/PostgresRoles.h):
    // an admin, a member of it, takes it for this transaction; anyone else
    // is not a member, and the database refuses the change.
    long long member = 0;
    const std::string owner = postgres::kOwnerRole;
    sql << "SELECT COUNT(*) FROM pg_roles WHERE rolname = :o AND rolname <> current_user "
           "AND pg_has_role(session_user, oid, 'MEMBER')",
        soci::use(owner), soci::into(member);
    if (member > 0) sql << "SET LOCAL ROLE " + owner;
    sql << "SELECT set_config('s113.maintenance', 'on', true)";
    return;
  }
  for (const auto& table : appendOnlyTables(sql, backend))
    for (const auto& name : appendOnlyTriggerNames(backend, table)) sql << "DROP TRIGGER IF EXISTS " + name;
}

void restoreAppendOnly(soci::session& sql, Backend backend) {
  if (backend == Backend::PostgreSQL) sql << "SELECT set_config('s113.maintenance', 'off', true)";
  ensureAppendOnlyTriggers(sql, backend);
}

}  // namespace s113
