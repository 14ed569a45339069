// Tamper evidence from the command line: a register edited with the sqlite3
// program (the triggers dropped, then an audit row deleted or altered, or a
// version changed) is reported by `check`, naming the first break.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "cli/CliRun.h"
#include "support/TestRegister.h"

namespace fs = std::filesystem;
using s113::test::cli;

namespace {

struct SqliteDemo {
  std::string db = s113::test::tempPath("-tamper.s113");
  SqliteDemo() { REQUIRE(cli({"demo", db}).status == 0); }
  ~SqliteDemo() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
  }
};

// Runs SQL on the register with the sqlite3 program, as anyone holding the file could.
void sqlite3(const std::string& db, const std::string& sql) {
  const std::string script = s113::test::tempPath("-tamper.sql");
  std::ofstream(script) << sql << "\n";
  const std::string command = "sqlite3 '" + db + "' < '" + script + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  fs::remove(script);
}

}  // namespace

TEST_CASE("check reports an audit row deleted with sqlite3 after dropping the trigger, naming it",
          "[cli][tamper]") {
  SqliteDemo demo;
  REQUIRE(cli({"check", demo.db}).status == 0);
  sqlite3(demo.db, "DROP TRIGGER audit_changes_no_delete; DELETE FROM audit_changes WHERE seq = 5;");
  auto run = cli({"check", demo.db});
  INFO(run.out);
  CHECK(run.status == 1);
  CHECK_THAT(run.out, Catch::Contains("error: tamper evidence: audit_changes: trigger audit_changes_no_delete is missing"));
  CHECK_THAT(run.out, Catch::Contains("error: tamper evidence: audit log row 6 (") &&
                          Catch::Contains("row 5 was deleted outside the program"));
}

TEST_CASE("check reports an audit row altered with sqlite3, and the trigger put back does not hide it",
          "[cli][tamper]") {
  SqliteDemo demo;
  sqlite3(demo.db,
          "DROP TRIGGER audit_changes_no_update; "
          "UPDATE audit_changes SET changes = json_replace(changes, '$[0][2]', 'forged') WHERE seq = 7; "
          "CREATE TRIGGER audit_changes_no_update BEFORE UPDATE ON audit_changes BEGIN SELECT RAISE(ABORT, 'x'); END;");
  auto run = cli({"check", demo.db});
  INFO(run.out);
  CHECK(run.status == 1);
  CHECK_THAT(run.out, Catch::Contains("error: tamper evidence: audit log row 7 (") &&
                          Catch::Contains("was changed outside the program"));
  CHECK_THAT(run.out, !Catch::Contains("trigger audit_changes_no_update"));
}

TEST_CASE("check reports a version deleted or changed with sqlite3 after dropping its triggers", "[cli][tamper]") {
  SqliteDemo demo;
  sqlite3(demo.db,
          "DROP TRIGGER people_versions_no_update; UPDATE people_versions SET name = 'Someone Else' WHERE ref = 'P-0001'; "
          "INSERT INTO people_versions (ref, version, valid_from, recorded_at, recorded_by, name) "
          "VALUES ('P-0001', 9, '2020-01-01', '2020-01-01T00:00:00Z', 'mallory', 'Mallory');");
  auto run = cli({"check", demo.db});
  INFO(run.out);
  CHECK(run.status == 1);
  CHECK_THAT(run.out, Catch::Contains("people_versions: trigger people_versions_no_update is missing"));
  CHECK_THAT(run.out, Catch::Contains("person P-0001 version 9 has no audit rows"));
}
