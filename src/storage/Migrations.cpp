#include "storage/Migrations.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "domain/Errors.h"
#include "storage/AppendOnly.h"
#include "storage/AuditMigration.h"
#include "storage/Register.h"
#include "storage/SqliteCopy.h"

namespace s113::embedded {
const std::vector<std::pair<std::string, std::string>>& schemaFiles();
}

namespace s113 {
namespace {

// "0003_audit.sqlite.sql" -> {3, "audit", "sqlite"}; dialect "" when common.
struct FileName {
  int version = 0;
  std::string name, dialect;
};

bool parseFileName(const std::string& file, FileName& out) {
  if (file.size() < 9 || file.compare(file.size() - 4, 4, ".sql") != 0) return false;
  std::size_t underscore = file.find('_');
  if (underscore != 4) return false;
  for (std::size_t i = 0; i < 4; ++i)
    if (file[i] < '0' || file[i] > '9') return false;
  out.version = std::stoi(file.substr(0, 4));
  std::string stem = file.substr(5, file.size() - 9);
  std::size_t dot = stem.rfind('.');
  out.name = dot == std::string::npos ? stem : stem.substr(0, dot);
  out.dialect = dot == std::string::npos ? "" : stem.substr(dot + 1);
  return true;
}

std::string trim(const std::string& s) {
  std::size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  std::size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}

bool startsWithCode(const std::string& statement) {
  // A chunk holding only comments is not a statement.
  std::size_t pos = 0;
  while (pos < statement.size()) {
    std::size_t eol = statement.find('\n', pos);
    std::string line = trim(statement.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos));
    if (!line.empty() && line.rfind("--", 0) != 0) return true;
    if (eol == std::string::npos) break;
    pos = eol + 1;
  }
  return false;
}

}  // namespace

std::vector<std::string> splitStatements(const std::string& script) {
  std::vector<std::string> statements;
  std::string current;
  bool inDollarQuote = false, inTriggerBody = false;
  std::size_t pos = 0;
  while (pos < script.size()) {
    std::size_t eol = script.find('\n', pos);
    std::string line = script.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
    pos = eol == std::string::npos ? script.size() : eol + 1;
    current += line + "\n";
    std::string t = trim(line);
    for (std::size_t at = line.find("$$"); at != std::string::npos; at = line.find("$$", at + 2))
      inDollarQuote = !inDollarQuote;
    if (!inDollarQuote && t == "BEGIN") inTriggerBody = true;
    if (inTriggerBody && t == "END;") inTriggerBody = false;
    if (!inDollarQuote && !inTriggerBody && !t.empty() && t.back() == ';' && t.rfind("--", 0) != 0) {
      if (startsWithCode(current)) statements.push_back(trim(current));
      current.clear();
    }
  }
  if (startsWithCode(current)) statements.push_back(trim(current));
  // Drop the trailing ';' except where it closes a trigger body.
  for (auto& s : statements)
    if (s.back() == ';' && !(s.size() >= 4 && s.compare(s.size() - 4, 4, "END;") == 0)) s.pop_back();
  return statements;
}

std::vector<Migration> migrationsFor(Backend backend) {
  const std::string dialect = backend == Backend::SQLite ? "sqlite" : "postgresql";
  std::map<int, Migration> byVersion;
  for (const auto& [file, sql] : embedded::schemaFiles()) {
    FileName parsed;
    if (!parseFileName(file, parsed)) continue;
    if (!parsed.dialect.empty() && parsed.dialect != dialect) continue;
    auto& m = byVersion[parsed.version];
    m.version = parsed.version;
    m.name = parsed.name;
    m.sql += sql + "\n";
  }
  std::vector<Migration> list;
  for (auto& [v, m] : byVersion) list.push_back(m);
  return list;
}

int latestSchemaVersion() {
  auto list = migrationsFor(Backend::SQLite);
  return list.empty() ? 0 : list.back().version;
}

int currentSchemaVersion(soci::session& sql) {
  int version = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT MAX(version) FROM schema_version", soci::into(version, ind);
  return ind == soci::i_ok ? version : 0;
}

std::string beforeMigrationPath(const std::string& sqliteFile, int version) {
  return sqliteFile + ".before-schema-" + std::to_string(version);
}

void migrate(soci::session& sql, Backend backend, const std::string& sqliteFile, int upTo) {
  sql << "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT "
         "NULL, applied_at TEXT NOT NULL)";
  int current = currentSchemaVersion(sql);
  int known = latestSchemaVersion();
  if (current > known)
    throw StorageError("This register uses schema version " + std::to_string(current) +
                       ", newer than this program understands (" + std::to_string(known) +
                       "). Open it with a newer version of S113 Register; it has not been changed.");
  const int target = upTo > 0 ? std::min(upTo, known) : known;
  if (backend == Backend::SQLite && !sqliteFile.empty() && current > 0 && current < target) {
    // A migration that goes wrong must not cost the register: keep it as it was.
    const std::string copy = beforeMigrationPath(sqliteFile, target);
    if (!std::filesystem::exists(copy)) copySqliteAtomically(sql, copy);
  }
  // From the migration that chains the audit log on, the program keeps the
  // append-only triggers (storage/AppendOnly.h); before it, the migrations'
  // own triggers guard the audit log and decisions.
  int guardFrom = known + 1;
  for (const auto& migration : migrationsFor(backend))
    if (migration.name == "audit_chain") guardFrom = migration.version;
  for (const auto& migration : migrationsFor(backend)) {
    if (migration.version <= current || migration.version > target) continue;
    try {
      soci::transaction tx(sql);
      // A migration may rebuild or rewrite append-only tables: the guard is
      // lifted for its transaction and put back (new tables included) before
      // it commits.
      const bool guarded = migration.version >= guardFrom;
      if (guarded) suspendAppendOnly(sql, backend);
      for (const auto& statement : splitStatements(migration.sql)) sql << statement;
      // The rows written before the chain existed are chained as they stand.
      if (migration.version == guardFrom) chainUnhashedAuditRows(sql);
      // The per-field rows become one row per change, their chain verified first.
      if (migration.name == "audit_changes") convertAuditLogToChanges(sql, backend);
      if (guarded) restoreAppendOnly(sql, backend);
      std::string at = utcTimestamp();
      sql << "INSERT INTO schema_version (version, name, applied_at) VALUES (:v, :n, :a)",
          soci::use(migration.version), soci::use(migration.name), soci::use(at);
      tx.commit();
    } catch (const soci::soci_error& e) {
      throw StorageError("Could not apply schema migration " + std::to_string(migration.version) +
                         " (" + migration.name + "): " + e.what());
    }
  }
}

}  // namespace s113
