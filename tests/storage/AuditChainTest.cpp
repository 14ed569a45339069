// Tamper evidence in storage: the audit log's hash chain (storage/AuditChain.h)
// and the append-only triggers of every versions table (storage/AppendOnly.h),
// on both backends.
#include <catch2/catch.hpp>

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>

#include "domain/Errors.h"
#include "domain/Roles.h"
#include "storage/AppendOnly.h"
#include "storage/AuditChain.h"
#include "storage/AuditMigration.h"
#include "storage/AuditStore.h"
#include "storage/Migrations.h"
#include "storage/PostgresRoles.h"
#include "support/TestRegister.h"
#include "storage/Session.h"

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
  sessionOf(reg) << "SELECT MIN(seq) FROM audit_changes WHERE record_key = :k", soci::use(key), soci::into(seq);
  return seq;
}

long long countOf(soci::session& sql, const std::string& query) {
  long long n = 0;
  sql << query, soci::into(n);
  return n;
}

}  // namespace

TEST_CASE("every audit row chains to the one before it, across transactions and statements", "[storage][tamper]") {
  test::TestRegister t;
  writeEntries(t.reg(), 1, 120);  // more rows than one INSERT statement holds
  writeEntries(t.reg(), 200, 3);
  CHECK_FALSE(verifyAuditChain(t.reg(), nullptr));
  // The stored hashes are the chain computed again from the rows.
  std::string previous;
  std::size_t rows = 0;
  verifyAuditChain(t.reg(), [&](const AuditChange& c) {
    std::string stored;
    sessionOf(*t) << "SELECT hash FROM audit_changes WHERE seq = :s", soci::use(c.seq), soci::into(stored);
    previous = auditChangeHash(previous, c);
    CHECK(stored == previous);
    ++rows;
  });
  CHECK(rows == 125);
  CHECK(previous.size() == 64);
}

TEST_CASE("one audit row per change of a record, read field by field in the order written", "[storage][tamper]") {
  test::TestRegister t;
  {
    WriteTransaction tx(t.reg());
    AuditStore(t.reg()).appendAll({{0, "2026-01-01T10:00:00Z", "tester", "post", "P1", 2, "title", "Old", "New \"quoted\""},
                                   {0, "2026-01-01T10:00:00Z", "tester", "post", "P1", 2, "grade", "", "line\nbreak\\"},
                                   {0, "2026-01-01T10:00:00Z", "tester", "post", "P1", 2, "fte", "1", "0.5"},
                                   {0, "2026-01-01T10:00:00Z", "tester", "post", "P2", 1, "title", "", "Other"}});
    tx.commit();
  }
  CHECK(countOf(sessionOf(*t), "SELECT COUNT(*) FROM audit_changes") == 2);
  CHECK(countOf(sessionOf(*t), "SELECT COUNT(*) FROM audit_log") == 4);
  const auto entries = AuditStore(t.reg()).list();
  REQUIRE(entries.size() == 4);
  CHECK(entries[0].seq == entries[2].seq);
  CHECK(entries[3].seq > entries[0].seq);
  CHECK(entries[0].field == "title");
  CHECK(entries[0].oldValue == "Old");
  CHECK(entries[0].newValue == "New \"quoted\"");
  CHECK(entries[1].field == "grade");
  CHECK(entries[1].newValue == "line\nbreak\\");
  CHECK(entries[2].field == "fte");
  CHECK(entries[3].key == "P2");
  // Plain SQL reads the log per field too.
  std::string value;
  sessionOf(*t) << "SELECT new_value FROM audit_log WHERE record_key = 'P1' AND field = 'fte'", soci::into(value);
  CHECK(value == "0.5");
  CHECK(AuditStore(t.reg()).countUntil("2026-12-31T00:00:00Z") == 2);
}

TEST_CASE("the redacted log blanks salaries and personal notes inside a change and nothing else",
          "[storage][tamper][roles]") {
  test::TestRegister t;
  std::vector<AuditEntry> entries;
  for (const auto& [entity, field] : salaryAndPersonalNoteFields()) {
    entries.push_back({0, "2026-01-01T10:00:00Z", "tester", entity, "K", 1, "valid_from", "", "2026-01-01"});
    entries.push_back({0, "2026-01-01T10:00:00Z", "tester", entity, "K", 1, field, "100", "200"});
    entries.push_back({0, "2026-01-01T10:00:00Z", "tester", entity, "K", 1, "other", "a", "b"});
  }
  {
    WriteTransaction tx(t.reg());
    AuditStore(t.reg()).appendAll(entries);
    tx.commit();
  }
  soci::rowset<soci::row> rows = sessionOf(*t).prepare << "SELECT entity, field, old_value, new_value FROM audit_log_redacted "
                                                     "ORDER BY seq, field_no";
  std::size_t read = 0;
  for (const auto& row : rows) {
    const auto entity = row.get<std::string>(0), field = row.get<std::string>(1);
    const auto oldValue = row.get<std::string>(2), newValue = row.get<std::string>(3);
    INFO(entity << " " << field);
    if (isSalaryOrPersonalNote(entity, field)) {
      CHECK(oldValue.empty());
      CHECK(newValue.empty());
    } else {
      CHECK_FALSE(newValue.empty());
    }
    ++read;
  }
  CHECK(read == entries.size());
}

TEST_CASE("a changed or deleted audit row breaks the chain there, and the break names the row",
          "[storage][tamper]") {
  test::TestRegister t;
  writeEntries(t.reg(), 1, 5);
  const long long third = seqOfKey(t.reg(), "P3");
  SECTION("changed") {
    {
      soci::transaction tx(sessionOf(*t));
      suspendAppendOnly(sessionOf(*t), t->backend());
      sessionOf(*t) << "UPDATE audit_changes SET changes = '[[\"title\",\"\",\"forged\"]]' WHERE seq = :s", soci::use(third);
      restoreAppendOnly(sessionOf(*t), t->backend());
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
      soci::transaction tx(sessionOf(*t));
      suspendAppendOnly(sessionOf(*t), t->backend());
      sessionOf(*t) << "DELETE FROM audit_changes WHERE seq = :s", soci::use(third);
      restoreAppendOnly(sessionOf(*t), t->backend());
      tx.commit();
    }
    auto broken = verifyAuditChain(t.reg(), nullptr);
    REQUIRE(broken);
    CHECK(broken->seq == third + 1);
    if (!t.isPostgres()) CHECK_THAT(broken->message, Catch::Contains("row " + std::to_string(third) + " was deleted"));
  }
  SECTION("a row added without its hash") {
    sessionOf(*t) << "INSERT INTO audit_changes (at, actor, entity, record_key, version, changes) "
                "VALUES ('2026-01-02T00:00:00Z', 'mallory', 'post', 'P9', 1, '[[\"title\",\"\",\"X\"]]')";
    auto broken = verifyAuditChain(t.reg(), nullptr);
    REQUIRE(broken);
    CHECK_THAT(broken->message, Catch::Contains("has no hash"));
  }
  SECTION("a row inserted in the middle with a hash of its own") {
    std::string hash;
    sessionOf(*t) << "SELECT hash FROM audit_changes WHERE seq = :s", soci::use(third), soci::into(hash);
    const AuditChange forged{0, "2026-01-01T10:00:00Z", "mallory", "post", "P99", 1, "[[\"title\",\"\",\"X\"]]"};
    const std::string forgedHash = auditChangeHash(hash, forged);
    // Appended at the end, chained after the third row: the chain breaks at it.
    sessionOf(*t) << "INSERT INTO audit_changes (at, actor, entity, record_key, version, changes, hash) VALUES "
                "(:a, :b, :e, :k, :v, :c, :h)",
        soci::use(forged.at), soci::use(forged.actor), soci::use(forged.entity), soci::use(forged.key),
        soci::use(forged.version), soci::use(forged.changes), soci::use(forgedHash);
    auto broken = verifyAuditChain(t.reg(), nullptr);
    REQUIRE(broken);
    CHECK_THAT(broken->message, Catch::Contains("post P99"));
  }
}

namespace {

// A register of schema `version` on the backend under test, holding the
// old per-field audit rows `rows` (entity, key, version, field, new value;
// one `at` per record version), chained as that schema's program chained them.
struct OldRegister {
  test::EmptyDatabase db;
  std::unique_ptr<soci::session> sql = db.connect();

  OldRegister(int version, bool chained) {
    if (db.backend() == Backend::PostgreSQL) {  // as the program of that schema made it
      postgres::prepareForMigration(*sql);
      postgres::asOwner(*sql, [&] { migrate(*sql, db.backend(), "", version); });
    } else {
      migrate(*sql, db.backend(), "", version);
    }
    const char* rows[][5] = {{"post", "P1", "1", "title", "Officer"}, {"post", "P1", "1", "grade", "7"},
                             {"post", "P1", "1", "fte", "1"},         {"post", "P1", "2", "title", "Head"},
                             {"post", "P1", "2", "grade", "8"},       {"role", "ann", "0", "admin", "granted"},
                             {"post", "P2", "1", "title", "Clerk"}};
    for (const auto& r : rows) {
      const std::string at = std::string("2020-01-0") + r[2] + "T00:00:00Z";
      const int v = std::stoi(r[2]);
      const std::string entity = r[0], key = r[1], field = r[3], value = r[4];
      *sql << "INSERT INTO audit_log (at, actor, entity, record_key, version, field, old_value, new_value) "
              "VALUES (:a, 'old', :e, :k, :v, :f, '', :n)",
          soci::use(at), soci::use(entity), soci::use(key), soci::use(v), soci::use(field), soci::use(value);
    }
    if (!chained) return;
    soci::transaction tx(*sql);
    suspendAppendOnly(*sql, db.backend());
    chainUnhashedAuditRows(*sql);
    restoreAppendOnly(*sql, db.backend());
    tx.commit();
  }
};

}  // namespace

TEST_CASE("schema 16 turns the per-field audit rows into one row per record version, chained",
          "[storage][tamper][migration]") {
  OldRegister old(15, true);
  // A period closed after the first record version (old row 3).
  *old.sql << "INSERT INTO recharge_closes (year, through, closed_at, closed_by, audit_seq) "
              "VALUES ('2019/20', '2020-01-31', '2020-01-01T12:00:00Z', 'old', 3)";
  std::vector<std::string> before;
  {
    soci::rowset<soci::row> rows = old.sql->prepare << "SELECT at, actor, entity, record_key, version, field, old_value, "
                                                       "new_value FROM audit_log ORDER BY seq";
    for (const auto& row : rows) {
      std::string line;
      for (std::size_t i = 0; i < row.size(); ++i)
        line += (i == 4 ? std::to_string(row.get<int>(i)) : row.get<std::string>(i)) + "|";
      before.push_back(line);
    }
  }
  Register::openToMigrate(old.db.target()).reset();
  CHECK(countOf(*old.sql, "SELECT COUNT(*) FROM audit_changes") == 4);  // P1 v1, P1 v2, the grant, P2 v1
  CHECK(countOf(*old.sql, "SELECT MAX(seq) FROM audit_changes") == 4);
  CHECK(countOf(*old.sql, "SELECT audit_seq FROM recharge_closes") == 1);  // still just after P1 version 1
  CHECK(missingAppendOnlyTriggers(*old.sql, old.db.backend()).empty());
  old.sql.reset();
  auto reg = Register::open(old.db.target(), false);
  CHECK_FALSE(verifyAuditChain(*reg, nullptr));
  std::vector<std::string> after;
  for (const auto& e : AuditStore(*reg).list())
    after.push_back(e.at + "|" + e.actor + "|" + e.entity + "|" + e.key + "|" + std::to_string(e.version) + "|" +
                    e.field + "|" + e.oldValue + "|" + e.newValue + "|");
  CHECK(after == before);
  writeEntries(*reg, 10, 1);  // the program chains on from there
  CHECK_FALSE(verifyAuditChain(*reg, nullptr));
}

TEST_CASE("a register from before the chain migrates: its rows are chained, then stored per change",
          "[storage][tamper][migration]") {
  OldRegister old(12, false);
  Register::openToMigrate(old.db.target()).reset();
  CHECK(countOf(*old.sql, "SELECT COUNT(*) FROM audit_changes WHERE hash IS NULL") == 0);
  CHECK(countOf(*old.sql, "SELECT COUNT(*) FROM audit_changes") == 4);
  CHECK(missingAppendOnlyTriggers(*old.sql, old.db.backend()).empty());
  old.sql.reset();
  auto reg = Register::open(old.db.target(), false);
  CHECK_FALSE(verifyAuditChain(*reg, nullptr));
}

TEST_CASE("schema 16 refuses a register whose audit chain is broken, and leaves it as it was",
          "[storage][tamper][migration]") {
  OldRegister old(15, true);
  {
    soci::transaction tx(*old.sql);
    suspendAppendOnly(*old.sql, old.db.backend());
    *old.sql << "UPDATE audit_log SET new_value = 'forged' WHERE field = 'grade' AND version = 2";
    restoreAppendOnly(*old.sql, old.db.backend());
    tx.commit();
  }
  try {
    Register::openToMigrate(old.db.target());
    FAIL("a broken chain was migrated");
  } catch (const StorageError& e) {
    CHECK_THAT(e.what(), Catch::Contains("hash chain is broken at audit log row 5") &&
                             Catch::Contains("post P1 version 2, grade") && Catch::Contains("the register is unchanged"));
  }
  CHECK(currentSchemaVersion(*old.sql) == 15);
  CHECK(countOf(*old.sql, "SELECT COUNT(*) FROM audit_log WHERE hash IS NOT NULL") == 7);
}

TEST_CASE("versions tables, decisions and the protocol are append-only in the database", "[storage][tamper]") {
  test::TestRegister t;
  const auto tables = appendOnlyTables(sessionOf(*t), t->backend());
  for (const char* expected : {"audit_changes", "decisions", "protocol_rules", "protocol_versions", "posts_versions",
                               "people_versions", "contracts_versions"})
    CHECK(std::find(tables.begin(), tables.end(), expected) != tables.end());
  CHECK(missingAppendOnlyTriggers(sessionOf(*t), t->backend()).empty());
  sessionOf(*t) << "INSERT INTO people (ref) VALUES ('PE-1')";
  sessionOf(*t) << "INSERT INTO people_versions (ref, version, valid_from, recorded_at, recorded_by, name) "
              "VALUES ('PE-1', 1, '2020-01-01', 'x', 'x', 'Sam')";
  CHECK_THROWS(sessionOf(*t) << "UPDATE people_versions SET name = 'Someone else'");
  CHECK_THROWS(sessionOf(*t) << "DELETE FROM people_versions");
  CHECK_THROWS(sessionOf(*t) << "UPDATE protocol_rules SET enabled = 0");
  if (t.isPostgres()) CHECK_THROWS(sessionOf(*t) << "TRUNCATE people_versions CASCADE");
  std::string name;
  sessionOf(*t) << "SELECT name FROM people_versions WHERE ref = 'PE-1'", soci::into(name);
  CHECK(name == "Sam");
}

TEST_CASE("a dropped or disabled append-only trigger is reported by name", "[storage][tamper]") {
  test::TestRegister t;
  if (t.isPostgres())
    sessionOf(*t) << "ALTER TABLE posts_versions DISABLE TRIGGER posts_versions_no_update";
  else
    sessionOf(*t) << "DROP TRIGGER posts_versions_no_update";
  const auto missing = missingAppendOnlyTriggers(sessionOf(*t), t->backend());
  REQUIRE(missing.size() == 1);
  CHECK_THAT(missing[0], Catch::StartsWith("posts_versions: trigger posts_versions_no_update is ") &&
                             Catch::EndsWith(t.isPostgres() ? "disabled" : "missing"));
  ensureAppendOnlyTriggers(sessionOf(*t), t->backend());
  CHECK(missingAppendOnlyTriggers(sessionOf(*t), t->backend()).empty());
}
