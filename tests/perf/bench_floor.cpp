// The floors the benchmark compares the product with: the same work done as
// plain SQL, with nothing but the database client in between.
//   bench_floor import DB FOLDER...  (prepared inserts; on PostgreSQL also COPY)
//   bench_floor schedule DB YEAR     (one SELECT ... GROUP BY of the pair sums)
//   bench_floor list DB              (one SELECT of the posts list's columns)
//   bench_floor reset DB             (an empty register: a new file, or every
//                                     table of a PostgreSQL database dropped)
// `import` writes into a new, empty register (created and migrated by the
// product, so the tables and constraints are the same) the rows of every
// exchange file of each folder in turn, as the product does: an identity row
// and version 1 for each key of the first folder, the next version for a key
// seen before, and the audit rows the product writes: one row per version
// (audit_changes), holding valid_from and every field that differs from the
// version before, with its hash in the chain (laid out before the clock
// starts, as the rows themselves are). Prints "name seconds" lines.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "domain/Catalog.h"
#include "domain/Money.h"
#include "services/Csv.h"
#include "storage/AuditChain.h"
#include "storage/AuditStore.h"
#include "storage/PostgresUri.h"
#include "storage/Register.h"
#include "storage/Session.h"
#include "storage/SqliteThreading.h"

namespace fs = std::filesystem;
using namespace s113;
using namespace sqlite_api;  // where SOCI's header puts the SQLite C API
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// A database value as text, as the client sends it; `null` for NULL.
struct Cell {
  bool null = true;
  std::string text;
};

Cell databaseCell(const FieldDef& field, const std::string& value) {
  if (value.empty()) return {};
  switch (field.type) {
    case FieldType::Money: return {false, std::to_string(parseMoney(value).value())};
    case FieldType::Percent: return {false, std::to_string(parsePercent(value).value())};
    case FieldType::Fte: return {false, std::to_string(parseFte(value).value())};
    case FieldType::Bool: return {false, value == "true" ? "1" : "0"};
    default: return {false, value};
  }
}

// The rows one import writes, table by table, in the order they must go in.
struct Table {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

struct Rows {
  std::vector<Table> tables;  // identity, versions and audit_changes tables
  std::size_t records = 0;
  std::size_t fieldChanges = 0;  // the audit rows' fields, all told
};

const std::vector<std::string> kAuditColumns = {"at", "actor", "entity", "record_key", "version", "changes", "hash"};

// Reads the folders as the product's import would and lays out its rows.
Rows rowsOfFolders(const std::vector<std::string>& folders) {
  Rows out;
  Table audit{"audit_changes", kAuditColumns, {}};
  const Cell at{false, "2026-12-01T09:00:00Z"}, actor{false, "bench"};
  std::string chainHead;
  std::map<std::string, std::map<std::string, std::pair<int, std::vector<std::string>>>> seen;
  for (const auto& folder : folders)
    for (const EntityDef* def : allEntities()) {
      const fs::path path = fs::path(folder) / def->csvFile;
      if (!fs::exists(path)) continue;
      std::ifstream in(path, std::ios::binary);
      auto csv = readCsv(in);
      std::map<std::string, std::size_t> position;
      for (std::size_t i = 0; i < csv[0].size(); ++i) position[csv[0][i]] = i;
      Table identity{def->table, {def->keyField}, {}};
      Table versions{def->versionsTable(),
                     {def->keyField, "version", "valid_from", "recorded_at", "recorded_by", "deleted"},
                     {}};
      for (const auto& f : def->fields) versions.columns.push_back(f.name);
      for (std::size_t r = 1; r < csv.size(); ++r) {
        const auto& row = csv[r];
        auto cell = [&](const std::string& name) {
          auto p = position.find(name);
          return p == position.end() ? std::string() : row[p->second];
        };
        const std::string key = cell(def->keyField), validFrom = cell("valid_from");
        auto& before = seen[def->name][key];
        const int version = before.first + 1;
        if (version == 1) identity.rows.push_back({{false, key}});
        std::vector<Cell> v{{false, key}, {false, std::to_string(version)}, {false, validFrom}, at, actor, {false, "0"}};
        std::vector<std::string> values;
        for (const auto& f : def->fields) values.push_back(cell(f.name));
        for (std::size_t i = 0; i < def->fields.size(); ++i) v.push_back(databaseCell(def->fields[i], values[i]));
        versions.rows.push_back(std::move(v));
        std::vector<AuditEntry> changed;
        auto auditRow = [&](const std::string& field, const std::string& oldValue, const std::string& newValue) {
          changed.push_back({0, at.text, actor.text, def->name, key, version, field, oldValue, newValue});
        };
        if (version == 1 || before.second.back() != validFrom)
          auditRow("valid_from", version == 1 ? "" : before.second.back(), validFrom);
        for (std::size_t i = 0; i < def->fields.size(); ++i) {
          const std::string old = version == 1 ? "" : before.second[i];
          if (old != values[i]) auditRow(def->fields[i].name, old, values[i]);
        }
        const AuditChange change{0, at.text, actor.text, def->name, key, version, auditChangesJson(changed)};
        chainHead = auditChangeHash(chainHead, change);
        audit.rows.push_back({at, actor, {false, def->name}, {false, key}, {false, std::to_string(version)},
                              {false, change.changes}, {false, chainHead}});
        out.fieldChanges += changed.size();
        values.push_back(validFrom);  // kept last, for the next version's diff
        before = {version, std::move(values)};
        ++out.records;
      }
      out.tables.push_back(std::move(identity));
      out.tables.push_back(std::move(versions));
    }
  out.tables.push_back(std::move(audit));
  return out;
}

std::string insertSql(const Table& t, bool dollarMarks) {
  std::string cols, marks;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    cols += (i ? ", " : "") + t.columns[i];
    marks += (i ? ", " : "") + (dollarMarks ? "$" + std::to_string(i + 1) : std::string("?"));
  }
  return "INSERT INTO " + t.name + " (" + cols + ") VALUES (" + marks + ")";
}

void check(int rc, sqlite3* db) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) throw std::runtime_error(sqlite3_errmsg(db));
}

void sqliteInserts(sqlite3* db, const Rows& rows) {
  check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
  for (const auto& t : rows.tables) {
    sqlite3_stmt* st = nullptr;
    check(sqlite3_prepare_v2(db, insertSql(t, false).c_str(), -1, &st, nullptr), db);
    for (const auto& row : t.rows) {
      for (std::size_t i = 0; i < row.size(); ++i)
        if (row[i].null)
          sqlite3_bind_null(st, static_cast<int>(i + 1));
        else
          sqlite3_bind_text(st, static_cast<int>(i + 1), row[i].text.c_str(), static_cast<int>(row[i].text.size()),
                            SQLITE_STATIC);
      check(sqlite3_step(st), db);
      sqlite3_reset(st);
    }
    sqlite3_finalize(st);
  }
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
}

void pgCheck(PGresult* res, PGconn* conn) {
  const auto status = PQresultStatus(res);
  PQclear(res);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN)
    throw std::runtime_error(PQerrorMessage(conn));
}

void pgInserts(PGconn* conn, const Rows& rows) {
  pgCheck(PQexec(conn, "BEGIN"), conn);
  int n = 0;
  for (const auto& t : rows.tables) {
    const std::string name = "floor" + std::to_string(n++);
    pgCheck(PQprepare(conn, name.c_str(), insertSql(t, true).c_str(), 0, nullptr), conn);
    std::vector<const char*> values(t.columns.size());
    for (const auto& row : t.rows) {
      for (std::size_t i = 0; i < row.size(); ++i) values[i] = row[i].null ? nullptr : row[i].text.c_str();
      pgCheck(PQexecPrepared(conn, name.c_str(), static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0),
              conn);
    }
  }
  pgCheck(PQexec(conn, "COMMIT"), conn);
}

void appendCopyText(std::string& line, const Cell& c) {
  if (c.null) {
    line += "\\N";
    return;
  }
  for (char ch : c.text) {
    if (ch == '\\') line += "\\\\";
    else if (ch == '\t') line += "\\t";
    else if (ch == '\n') line += "\\n";
    else if (ch == '\r') line += "\\r";
    else line += ch;
  }
}

void pgCopy(PGconn* conn, const Rows& rows) {
  pgCheck(PQexec(conn, "BEGIN"), conn);
  for (const auto& t : rows.tables) {
    std::string cols;
    for (std::size_t i = 0; i < t.columns.size(); ++i) cols += (i ? ", " : "") + t.columns[i];
    pgCheck(PQexec(conn, ("COPY " + t.name + " (" + cols + ") FROM STDIN").c_str()), conn);
    std::string buffer;
    for (const auto& row : t.rows) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) buffer += '\t';
        appendCopyText(buffer, row[i]);
      }
      buffer += '\n';
      if (buffer.size() > (1 << 20)) {
        PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size()));
        buffer.clear();
      }
    }
    PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size()));
    PQputCopyEnd(conn, nullptr);
    pgCheck(PQgetResult(conn), conn);
  }
  pgCheck(PQexec(conn, "COMMIT"), conn);
}

// A new register at `target`: a fresh SQLite file, or an emptied
// PostgreSQL database (every table of an earlier run dropped).
std::unique_ptr<Register> freshRegister(const std::string& target) {
  if (!isPostgresTarget(target)) {
    for (const char* extra : {"", "-wal", "-shm"}) fs::remove(target + extra);
    return Register::open(target, true);
  }
  {
    soci::session sql(soci::postgresql, postgresUriToKeywords(target));
    sql << "SET client_min_messages TO warning";
    sql << "DROP SCHEMA public CASCADE";
    sql << "CREATE SCHEMA public";
  }
  return Register::open(target, true);
}

sqlite3* sqliteHandle(Register& reg) {
  return static_cast<soci::sqlite3_session_backend*>(sessionOf(reg).get_backend())->conn_;
}
PGconn* pgHandle(Register& reg) {
  return static_cast<soci::postgresql_session_backend*>(sessionOf(reg).get_backend())->conn_;
}

int importFloor(const std::string& target, const std::vector<std::string>& folders) {
  const Rows rows = rowsOfFolders(folders);
  std::size_t audit = rows.tables.back().rows.size();
  std::cerr << rows.records << " records, " << audit << " audit rows (" << rows.fieldChanges << " fields)\n";
  if (!isPostgresTarget(target)) {
    auto reg = freshRegister(target);
    auto start = Clock::now();
    sqliteInserts(sqliteHandle(*reg), rows);
    std::cout << "import-prepared " << seconds(start) << "\n";
    return 0;
  }
  {
    auto reg = freshRegister(target);
    auto start = Clock::now();
    pgInserts(pgHandle(*reg), rows);
    std::cout << "import-prepared " << seconds(start) << "\n";
  }
  auto reg = freshRegister(target);
  auto start = Clock::now();
  pgCopy(pgHandle(*reg), rows);
  std::cout << "import-copy " << seconds(start) << "\n";
  return 0;
}

// The pair sums of the year in one statement: each live agreement's annual
// figure (its annual cost, its cost contract's newest salary, its fixed fee,
// or a third of its fixed total) times its share, cut to the days it runs in
// the year, summed by payer and payee. Dates are ISO text; the day count is
// the backend's own date arithmetic.
int scheduleFloor(const std::string& target, const std::string& year) {
  auto reg = Register::open(target, false);
  const int first = std::stoi(year.substr(0, 4));
  const std::string from = std::to_string(first) + "-04-01", to = std::to_string(first + 1) + "-03-31";
  const bool pg = reg->backend() == Backend::PostgreSQL;
  const std::string days = pg ? "(LEAST(COALESCE(a.end_date, :to2), :to3)::date - GREATEST(a.start_date, :from2)::date + 1)"
                              : "(julianday(MIN(COALESCE(a.end_date, :to2), :to3)) - julianday(MAX(a.start_date, :from2)) + 1)";
  const std::string current =
      " AND x.version = (SELECT MAX(y.version) FROM {t} y WHERE y.ref = x.ref)";
  auto latest = [&](const std::string& t, const std::string& alias) {
    std::string c = current;
    c.replace(c.find("{t}"), 3, t);
    for (std::size_t p; (p = c.find("x.")) != std::string::npos;) c.replace(p, 2, alias + ".");
    return c;
  };
  std::string q =
      "SELECT a.payer, a.payee, COUNT(*), SUM(CAST(COALESCE(a.annual_cost, c.annual_salary, a.fixed_annual, "
      "a.fixed_total / 3, 0) * a.share / 10000 * " + days + " / 365 AS BIGINT)) "
      "FROM recharge_agreements_versions a LEFT JOIN contracts_versions c ON c.ref = a.cost_contract" +
      latest("contracts_versions", "c") +
      " WHERE a.deleted = 0" + latest("recharge_agreements_versions", "a") +
      " AND a.start_date <= :to1 AND (a.end_date IS NULL OR a.end_date >= :from1) GROUP BY a.payer, a.payee";
  auto start = Clock::now();
  std::string payer, payee;
  long long lines = 0, pence = 0;
  std::string to2 = to, to3 = to, from2 = from, to1 = to, from1 = from;
  soci::statement st = (sessionOf(*reg).prepare << q, soci::into(payer), soci::into(payee), soci::into(lines),
                        soci::into(pence), soci::use(to2, "to2"), soci::use(to3, "to3"), soci::use(from2, "from2"),
                        soci::use(to1, "to1"), soci::use(from1, "from1"));
  st.execute();
  long long total = 0;
  while (st.fetch()) total += pence;
  std::cout << "schedule " << seconds(start) << "\n";
  std::cerr << "pair sums: " << formatMoney(Pence(total)) << "\n";
  return 0;
}

// The posts list: every column of each post as at today, fetched as text.
int listFloor(const std::string& target) {
  auto reg = Register::open(target, false);
  const EntityDef& def = postDef();
  std::string cols = "v.ref";
  for (const auto& f : def.fields) cols += ", v." + f.name;
  const std::string q = "SELECT " + cols +
                        " FROM posts_versions v WHERE v.deleted = 0 AND v.valid_from <= :d AND NOT EXISTS "
                        "(SELECT 1 FROM posts_versions w WHERE w.ref = v.ref AND w.valid_from <= :d2 AND "
                        "(w.valid_from > v.valid_from OR (w.valid_from = v.valid_from AND w.version > v.version)))";
  auto start = Clock::now();
  std::string d = "2026-12-01", d2 = d;
  soci::row row;
  soci::statement st = (sessionOf(*reg).prepare << q, soci::into(row), soci::use(d, "d"), soci::use(d2, "d2"));
  st.execute();
  std::vector<std::vector<std::string>> rows;
  while (st.fetch()) {
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < row.size(); ++i)
      cells.push_back(row.get_indicator(i) == soci::i_null                        ? std::string()
                      : row.get_properties(i).get_data_type() == soci::dt_string ? row.get<std::string>(i)
                                                                                  : std::string("#"));
    rows.push_back(std::move(cells));
  }
  std::cout << "list " << seconds(start) << "\n";
  std::cerr << rows.size() << " posts\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string usage = "usage: bench_floor import DB FOLDER... | schedule DB YEAR | list DB\n";
  if (argc < 3) {
    std::cerr << usage;
    return 2;
  }
  const std::string what = argv[1], target = argv[2];
  // The floor runs SQLite as s113reg-cli does (storage/SqliteThreading.h),
  // so the ratio compares the same work.
  s113::useOneThreadPerSqliteConnection();
  try {
    if (what == "import" && argc > 3) return importFloor(target, std::vector<std::string>(argv + 3, argv + argc));
    if (what == "schedule" && argc == 4) return scheduleFloor(target, argv[3]);
    if (what == "list") return listFloor(target);
    if (what == "reset") return freshRegister(target) ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "bench_floor: " << e.what() << "\n";
    return 1;
  }
  std::cerr << usage;
  return 2;
}
