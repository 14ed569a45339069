// Schema 10 on a register that already holds posts: SQLite rebuilds
// posts_versions to let a proposed post leave employer and host blank, and
// every row it held must come through unchanged.
#include <catch2/catch.hpp>
#include <filesystem>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "storage/Migrations.h"
#include "storage/Register.h"
#include "support/TestRegister.h"

using namespace s113;

TEST_CASE("schema 10 keeps the posts a SQLite register already holds", "[storage][migration]") {
  const std::string file = test::tempPath("-0010.s113");
  {
    soci::session sql(soci::sqlite3, "db=" + file);
    sql << "PRAGMA foreign_keys = ON";
    sql << "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
           "applied_at TEXT NOT NULL)";
    for (const auto& m : migrationsFor(Backend::SQLite)) {
      if (m.version >= 10) break;
      for (const auto& statement : splitStatements(m.sql)) sql << statement;
      sql << "INSERT INTO schema_version (version, name, applied_at) VALUES (:v, :n, 'x')",
          soci::use(m.version), soci::use(m.name);
    }
    sql << "INSERT INTO partners (code) VALUES ('BNES')";
    sql << "INSERT INTO partners_versions (code, version, valid_from, recorded_at, recorded_by, "
           "name, kind, nation) VALUES ('BNES', 1, '2013-04-01', 'x', 'x', 'B&NES', 'council', "
           "'england')";
    sql << "INSERT INTO posts (ref) VALUES ('P-1')";
    sql << "INSERT INTO posts_versions (ref, version, valid_from, recorded_at, recorded_by, "
           "title, fte, employer, host, kind, statutory_role, registration, status) VALUES "
           "('P-1', 1, '2013-04-01', 'x', 'x', 'Officer', 10000, 'BNES', 'BNES', 'single', 'none', "
           "'none', 'filled')";
    CHECK_THROWS(sql << "INSERT INTO posts_versions (ref, version, valid_from, recorded_at, "
                        "recorded_by, title, fte, kind, statutory_role, registration, status) "
                        "VALUES ('P-1', 2, '2013-05-01', 'x', 'x', 'Officer', 10000, 'single', "
                        "'none', 'none', 'proposed')");

    migrate(sql, Backend::SQLite);

    std::string title, employer, host;
    sql << "SELECT title, employer, host FROM posts_versions WHERE ref = 'P-1' AND version = 1",
        soci::into(title), soci::into(employer), soci::into(host);
    CHECK(title == "Officer");
    CHECK(employer == "BNES");
    CHECK(host == "BNES");
    // Now a version may leave both blank, and the references are still enforced.
    sql << "INSERT INTO posts_versions (ref, version, valid_from, recorded_at, recorded_by, title, "
           "fte, kind, statutory_role, registration, status) VALUES ('P-1', 2, '2013-05-01', 'x', "
           "'x', 'Officer', 10000, 'single', 'none', 'none', 'proposed')";
    CHECK_THROWS(sql << "INSERT INTO posts_versions (ref, version, valid_from, recorded_at, "
                        "recorded_by, title, fte, employer, kind, statutory_role, registration, "
                        "status) VALUES ('P-1', 3, '2013-06-01', 'x', 'x', 'Officer', 10000, "
                        "'NOPE', 'single', 'none', 'none', 'proposed')");
    int indexes = 0;
    sql << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = "
           "'posts_versions_asat'",
        soci::into(indexes);
    CHECK(indexes == 1);
  }
  std::filesystem::remove(file);
}
