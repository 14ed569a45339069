// Numbered schema migrations (schema/NNNN_name.sql, or
// NNNN_name.sqlite.sql / NNNN_name.postgresql.sql where the dialects differ),
// compiled into the program and applied in order, each in its own
// transaction, tracked in schema_version.
#pragma once
#include <string>
#include <vector>

#include <soci/soci.h>

namespace s113 {

enum class Backend;

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

// The migrations for a backend, in version order.
std::vector<Migration> migrationsFor(Backend backend);
// The highest schema version this program knows.
int latestSchemaVersion();
// Splits a script into statements at ';' line ends, keeping trigger bodies
// (BEGIN ... END;) and $$-quoted function bodies whole.
std::vector<std::string> splitStatements(const std::string& script);
// Applies every migration newer than the register's version, up to `upTo`
// (0: the latest). Throws StorageError when the register is newer than this
// program. A SQLite register (`sqliteFile` names it) that already holds a
// schema is first copied beside itself as FILE.before-schema-N (N the version
// it is brought to), unless that copy exists already.
void migrate(soci::session& sql, Backend backend, const std::string& sqliteFile = "", int upTo = 0);
// "register.s113" -> "register.s113.before-schema-11".
std::string beforeMigrationPath(const std::string& sqliteFile, int version);
int currentSchemaVersion(soci::session& sql);

}  // namespace s113
