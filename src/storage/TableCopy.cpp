#include "storage/TableCopy.h"

#include <set>
#include <vector>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "storage/AppendOnly.h"
#include "storage/Migrations.h"
#include "storage/SqlValues.h"
#include "storage/Session.h"

namespace s113 {
namespace {

// The tables in the order they were created, which is an order of dependence
// (a table refers only to tables created before it).
std::vector<std::string> tablesOf(Register& reg) {
  std::vector<std::string> tables;
  std::string name;
  soci::statement st = reg.backend() == Backend::SQLite
                           ? (sessionOf(reg).prepare << "SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                                   "NOT LIKE 'sqlite_%' ORDER BY rowid",
                              soci::into(name))
                           : (sessionOf(reg).prepare << "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                                   "c.relnamespace WHERE n.nspname = current_schema() AND "
                                                   "c.relkind = 'r' ORDER BY c.oid",
                              soci::into(name));
  st.execute();
  while (st.fetch()) tables.push_back(name);
  return tables;
}

std::vector<std::string> columnsOf(Register& reg, const std::string& table) {
  std::vector<std::string> columns;
  std::string name;
  if (reg.backend() == Backend::SQLite) {
    soci::rowset<soci::row> rows = sessionOf(reg).prepare << "PRAGMA table_info(" + table + ")";
    for (const auto& row : rows) columns.push_back(row.get<std::string>(1));
  } else {
    soci::statement st = (sessionOf(reg).prepare << "SELECT column_name FROM information_schema.columns WHERE "
                                               "table_schema = current_schema() AND table_name = :t "
                                               "ORDER BY ordinal_position",
                          soci::use(table), soci::into(name));
    st.execute();
    while (st.fetch()) columns.push_back(name);
  }
  return columns;
}

std::string join(const std::vector<std::string>& items, const std::string& each) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + each + item;
  return out;
}

// Every value read as text (PostgreSQL casts it; SQLite gives text of an
// integer), written back as text: both backends turn it into the column's type.
std::string selectAsText(Backend backend, const std::string& table, const std::vector<std::string>& columns) {
  std::string list;
  for (const auto& c : columns) list += (list.empty() ? "" : ", ") + c + (backend == Backend::PostgreSQL ? "::text" : "");
  return "SELECT " + list + " FROM " + table;
}

std::size_t copyTable(Register& from, Register& to, const std::string& table, const std::vector<std::string>& columns) {
  std::string marks;
  for (std::size_t i = 0; i < columns.size(); ++i) marks += (i ? ", :c" : ":c") + std::to_string(i);
  const bool identity = to.backend() == Backend::PostgreSQL && table == "audit_changes";
  const std::string insert = "INSERT INTO " + table + " (" + join(columns, "") + ")" +
                             (identity ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" + marks + ")";
  soci::rowset<soci::row> rows = sessionOf(from).prepare << selectAsText(from.backend(), table, columns);
  std::size_t copied = 0;
  for (const auto& row : rows) {
    BoundStatement st(sessionOf(to), insert);
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (cellIsNull(row, i))
        st.bindNull();
      else
        st.bindText(cellText(row, i));
    }
    st.execute();
    ++copied;
  }
  return copied;
}

}  // namespace

long long userRowCount(Register& reg) {
  long long total = 0;
  for (const EntityDef* def : allEntities()) {
    long long n = 0;
    // Seed rows (the NI rates) are recorded by "schema", not by a user.
    sessionOf(reg) << "SELECT COUNT(*) FROM " + def->versionsTable() + " WHERE recorded_by <> 'schema'", soci::into(n);
    total += n;
  }
  long long audit = 0;
  sessionOf(reg) << "SELECT COUNT(*) FROM audit_changes", soci::into(audit);
  return total + audit;
}

void copyAllTables(Register& from, Register& to,
                   const std::function<void(const std::string&, std::size_t)>& step) {
  if (from.schemaVersion() != to.schemaVersion())
    throw StorageError("Cannot copy a register of schema " + std::to_string(from.schemaVersion()) +
                       " into one of schema " + std::to_string(to.schemaVersion()));
  // SQLite's creation order is exact; PostgreSQL's (by oid) only usually.
  const auto tables = tablesOf(to.backend() == Backend::SQLite ? to : from);
  const auto sourceTables = tablesOf(to.backend() == Backend::SQLite ? from : to);
  if (std::set<std::string>(tables.begin(), tables.end()) != std::set<std::string>(sourceTables.begin(), sourceTables.end()))
    throw StorageError("The two registers do not have the same tables: nothing was copied");
  if (from.backend() == Backend::PostgreSQL)
    sessionOf(from) << "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
  else
    sessionOf(from) << "BEGIN";
  try {
    if (to.backend() == Backend::SQLite) sessionOf(to) << "PRAGMA foreign_keys = OFF";
    WriteTransaction tx(to);
    // The copy replaces the fresh register's seed rows (protocol version 1,
    // the NI rates) with the source's: the append-only guard is lifted for
    // this transaction only and put back before it commits.
    suspendAppendOnly(sessionOf(to), to.backend());
    // Seed rows out first, in reverse order of dependence (PostgreSQL checks
    // foreign keys per statement).
    for (auto it = tables.rbegin(); it != tables.rend(); ++it) {
      long long n = 0;
      sessionOf(to) << "SELECT COUNT(*) FROM " + *it, soci::into(n);
      if (n > 0) sessionOf(to) << "DELETE FROM " + *it;
    }
    for (const auto& table : tables) {
      const auto columns = columnsOf(to, table);
      const auto sourceColumns = columnsOf(from, table);
      if (std::set<std::string>(columns.begin(), columns.end()) !=
          std::set<std::string>(sourceColumns.begin(), sourceColumns.end()))
        throw StorageError("The table " + table + " differs between the two registers: nothing was copied");
      const std::size_t copied = copyTable(from, to, table, columns);
      if (step) step(table, copied);
    }
    if (to.backend() == Backend::PostgreSQL)
      sessionOf(to) << "SELECT setval(pg_get_serial_sequence('audit_changes', 'seq'), COALESCE(MAX(seq), 0) + 1, false) "
                  "FROM audit_changes";
    restoreAppendOnly(sessionOf(to), to.backend());
    tx.commit();
    if (to.backend() == Backend::SQLite) sessionOf(to) << "PRAGMA foreign_keys = ON";
    sessionOf(from) << "COMMIT";
  } catch (...) {
    try {
      sessionOf(from) << "ROLLBACK";
      if (to.backend() == Backend::SQLite) sessionOf(to) << "PRAGMA foreign_keys = ON";
    } catch (...) {
    }
    throw;
  }
}

}  // namespace s113
