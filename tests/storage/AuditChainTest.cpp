// Tamper evidence in storage: the audit log's hash chain (storage/AuditChain.h)
// and the append-only triggers of every versions table (storage/AppendOnly.h),
// on both backends.
#include <catch2/catch.hpp>

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>

#include "storage/AppendOnly.h"
#include "storage/AuditChain.h"
#include "storage/AuditStore.h"
#include "storage/Migrations.h"
#include "support/TestRegister.h"

using namespace s113;

namespace {

void writeEntries(Register& reg, int first, int count) {
  AuditStore log(reg);
  WriteTransaction tx(reg);
  std::vector<AuditEntry> entries;
  for (int i = first; i < first + count; ++i)
    entries.push_back({0, "2026-01-01T10:00:00Z", "tester", "post", "P" + std::to_string(i), 1, "title", "", "T"});
  log.appendAll(entries);
  log.append({0, "2026-01-01T10:00:01Z", "tester", "post", "P" + std::to_string(first), 1, "grade", "", "G"});
  tx.commit();
}

long long seqOfKey(Register& reg, const std::string& key) {
  long long seq = 0;
  reg.sql() << "SELECT MIN(seq) FROM audit_log WHERE record_key = :k", soci::use(key), soci::into(seq);
  return seq;
}

}  // namespace

TEST_CASE("every audit row chains to the one before it, across transactions and statements", "[storage][tamper]") {
  test::TestRegister t;
  writeEntries(t.reg(), 1, 120);  // more rows than one INSERT statement holds
  writeEntries(t.reg(), 200, 3);
  CHECK_FALSE(verifyAuditChain(t.reg(), nullptr));
  // The stored hashes are the chain computed again from the rows.
  std::string previous;
  for (const auto& e : AuditStore(t.reg()).list()) {
    std::string stored;
    t->sql() << "SELECT hash FROM audit_log WHERE seq = :s", soci::use(e.seq), soci::into(stored);
    previous = auditRowHash(previous, e);
    CHECK(stored == previous);
  }
  CHECK(previous.size() == 64);
}

TEST_CASE("a changed or deleted audit row breaks the chain there, and the break names the row",
          "[storage][tamper]") {
  test::TestRegister t;
  writeEntries(t.reg(), 1, 5);
  const long long third = seqOfKey(t.reg(), "P3");
  SECTION("changed") {
    {
      soci::transaction tx(t->sql());
      suspendAppendOnly(t->sql(), t->backend());
      t->sql() << "UPDATE audit_log SET new_value = 'forged' WHERE seq = :s", soci::use(third);
      restoreAppendOnly(t->sql(), t->backend());
      tx.commit();
    }
    auto broken = verifyAuditChain(t.reg(), nullptr);
    REQUIRE(broken);
    CHECK(broken->seq == third);
    CHECK_THAT(broken->message, Catch::Contains("audit log row " + std::to_string(third)) &&
                                    Catch::Contains("post P3") && Catch::Contains("changed outside the program"));
  }
  SECTION("deleted") {
    {
      soci::transaction tx(t->sql());
      suspendAppendOnly(t->sql(), t->backend());
      t->sql() << "DELETE FROM audit_log WHERE seq = :s", soci::use(third);
      restoreAppendOnly(t->sql(), t->backend());
      tx.commit();
    }
    auto broken = verifyAuditChain(t.reg(), nullptr);
    REQUIRE(broken);
    CHECK(broken->seq == third + 1);
    if (!t.isPostgres()) CHECK_THAT(broken->message, Catch::Contains("row " + std::to_string(third) + " was deleted"));
  }
  SECTION("a row added without its hash") {
    t->sql() << "INSERT INTO audit_log (at, actor, entity, record_key, version, field, old_value, new_value) "
                "VALUES ('2026-01-02T00:00:00Z', 'mallory', 'post', 'P9', 1, 'title', '', 'X')";
    auto broken = verifyAuditChain(t.reg(), nullptr);
    REQUIRE(broken);
    CHECK_THAT(broken->message, Catch::Contains("has no hash"));
  }
}

TEST_CASE("rows written before the chain existed are chained in seq order, after the last chained row",
          "[storage][tamper][migration]") {
  test::TestRegister t;
  writeEntries(t.reg(), 1, 2);
  {
    soci::transaction tx(t->sql());
    suspendAppendOnly(t->sql(), t->backend());
    for (int i = 0; i < 3; ++i)
      t->sql() << "INSERT INTO audit_log (at, actor, entity, record_key, version, field, old_value, new_value) "
                  "VALUES ('2026-01-02T00:00:00Z', 'old', 'post', 'Q" + std::to_string(i) + "', 1, 'title', '', 'X')";
    chainUnhashedAuditRows(t->sql());
    restoreAppendOnly(t->sql(), t->backend());
    tx.commit();
  }
  CHECK_FALSE(verifyAuditChain(t.reg(), nullptr));
  writeEntries(t.reg(), 10, 1);  // the program chains on from there
  CHECK_FALSE(verifyAuditChain(t.reg(), nullptr));
}

TEST_CASE("migrating an older SQLite register chains the audit rows it holds", "[storage][tamper][migration]") {
  const std::string file = test::tempPath("-chain.s113");
  {
    soci::session sql(soci::sqlite3, "db=" + file);
    migrate(sql, Backend::SQLite, "", 12);
    for (int i = 0; i < 4; ++i)
      sql << "INSERT INTO audit_log (at, actor, entity, record_key, version, field, old_value, new_value) "
             "VALUES ('2020-01-01T00:00:00Z', 'old', 'post', 'P" + std::to_string(i) + "', 1, 'title', '', 'X')";
    migrate(sql, Backend::SQLite);
    int unchained = -1;
    sql << "SELECT COUNT(*) FROM audit_log WHERE hash IS NULL", soci::into(unchained);
    CHECK(unchained == 0);
    CHECK(missingAppendOnlyTriggers(sql, Backend::SQLite).empty());
  }
  auto reg = Register::open(file, false);
  CHECK_FALSE(verifyAuditChain(*reg, nullptr));
  reg.reset();
  std::filesystem::remove(file);
}

TEST_CASE("versions tables, decisions and the protocol are append-only in the database", "[storage][tamper]") {
  test::TestRegister t;
  const auto tables = appendOnlyTables(t->sql(), t->backend());
  for (const char* expected : {"audit_log", "decisions", "protocol_rules", "protocol_versions", "posts_versions",
                               "people_versions", "contracts_versions"})
    CHECK(std::find(tables.begin(), tables.end(), expected) != tables.end());
  CHECK(missingAppendOnlyTriggers(t->sql(), t->backend()).empty());
  t->sql() << "INSERT INTO people (ref) VALUES ('PE-1')";
  t->sql() << "INSERT INTO people_versions (ref, version, valid_from, recorded_at, recorded_by, name) "
              "VALUES ('PE-1', 1, '2020-01-01', 'x', 'x', 'Sam')";
  CHECK_THROWS(t->sql() << "UPDATE people_versions SET name = 'Someone else'");
  CHECK_THROWS(t->sql() << "DELETE FROM people_versions");
  CHECK_THROWS(t->sql() << "UPDATE protocol_rules SET enabled = 0");
  if (t.isPostgres()) CHECK_THROWS(t->sql() << "TRUNCATE people_versions CASCADE");
  std::string name;
  t->sql() << "SELECT name FROM people_versions WHERE ref = 'PE-1'", soci::into(name);
  CHECK(name == "Sam");
}

TEST_CASE("a dropped or disabled append-only trigger is reported by name", "[storage][tamper]") {
  test::TestRegister t;
  if (t.isPostgres())
    t->sql() << "ALTER TABLE posts_versions DISABLE TRIGGER posts_versions_no_update";
  else
    t->sql() << "DROP TRIGGER posts_versions_no_update";
  const auto missing = missingAppendOnlyTriggers(t->sql(), t->backend());
  REQUIRE(missing.size() == 1);
  CHECK_THAT(missing[0], Catch::StartsWith("posts_versions: trigger posts_versions_no_update is ") &&
                             Catch::EndsWith(t.isPostgres() ? "disabled" : "missing"));
  ensureAppendOnlyTriggers(t->sql(), t->backend());
  CHECK(missingAppendOnlyTriggers(t->sql(), t->backend()).empty());
}
