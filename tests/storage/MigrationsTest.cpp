#include <catch2/catch.hpp>

#include "domain/Errors.h"
#include "storage/Migrations.h"
#include "support/TestRegister.h"
#include "storage/Session.h"

using namespace s113;

TEST_CASE("a new register is migrated to the latest schema", "[storage]") {
  test::TestRegister t;
  CHECK(t->schemaVersion() == latestSchemaVersion());
  CHECK(latestSchemaVersion() >= 3);
  // Every migration is recorded once.
  int applied = 0;
  sessionOf(*t) << "SELECT COUNT(*) FROM schema_version", soci::into(applied);
  CHECK(applied == static_cast<int>(migrationsFor(t->backend()).size()));
}

TEST_CASE("reopening a register applies nothing twice", "[storage]") {
  test::TestRegister t;
  auto again = t.openAnother();
  CHECK(again->schemaVersion() == latestSchemaVersion());
  int applied = 0;
  sessionOf(*again) << "SELECT COUNT(*) FROM schema_version", soci::into(applied);
  CHECK(applied == static_cast<int>(migrationsFor(t->backend()).size()));
}

TEST_CASE("a register with a newer schema is refused with a clear message", "[storage]") {
  test::TestRegister t;
  sessionOf(*t) << "INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', '2030-01-01')";
  try {
    t.openAnother();
    FAIL("a newer schema was accepted");
  } catch (const StorageError& e) {
    CHECK_THAT(e.what(), Catch::Contains("schema version 9999") && Catch::Contains("newer"));
  }
}

TEST_CASE("migrations have a file per dialect only where needed", "[storage]") {
  auto lite = migrationsFor(Backend::SQLite);
  auto pg = migrationsFor(Backend::PostgreSQL);
  REQUIRE(lite.size() == pg.size());
  for (std::size_t i = 0; i < lite.size(); ++i) {
    CHECK(lite[i].version == pg[i].version);
    CHECK(lite[i].version == static_cast<int>(i) + 1);  // 1, 2, 3 ... with no gap
  }
  CHECK(lite[0].sql == pg[0].sql);  // 0001 is shared
}

TEST_CASE("scripts split into statements, keeping trigger and function bodies whole", "[storage]") {
  auto statements = splitStatements(
      "-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n  SELECT 1;\nEND;\n"
      "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$;\n-- trailing\n");
  REQUIRE(statements.size() == 3);
  CHECK(statements[0] == "-- comment\nCREATE TABLE a (x INTEGER)");
  CHECK_THAT(statements[1], Catch::EndsWith("END;"));
  CHECK_THAT(statements[2], Catch::Contains("RAISE EXCEPTION") && Catch::EndsWith("$$"));
}

TEST_CASE("the database enforces what it can: foreign keys and checks", "[storage]") {
  test::TestRegister t;
  CHECK_THROWS(sessionOf(*t) << "INSERT INTO partners_versions (code, version, valid_from, recorded_at, recorded_by, "
                           "name, kind, nation) VALUES ('NOPE', 1, '2013-04-01', 'x', 'x', 'n', 'council', 'england')");
  sessionOf(*t) << "INSERT INTO partners (code) VALUES ('A')";
  CHECK_THROWS(sessionOf(*t) << "INSERT INTO partners_versions (code, version, valid_from, recorded_at, recorded_by, "
                           "name, kind, nation) VALUES ('A', 1, '2013-04-01', 'x', 'x', 'n', 'charity', 'england')");
}
