#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

#include "support/FieldsByName.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "storage/AuditStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

using namespace s113;
using test::text;

namespace {
StoredVersion partnerVersion(const std::string& code, int version, const char* validFrom, const char* name) {
  StoredVersion v;
  v.key = code;
  v.version = version;
  v.validFrom = parseIsoDate(validFrom);
  v.recordedAt = "2026-01-0" + std::to_string(version) + "T10:00:00Z";
  v.recordedBy = "tester";
  v.fields =
      test::values(partnerDef(), {{"name", name}, {"kind", "council"}, {"nation", "england"}, {"successor", ""}});
  return v;
}
// A partner version's name.
std::string nameOf(const StoredVersion& v) { return text(partnerDef(), v.fields, "name"); }
}  // namespace

TEST_CASE("versions round-trip every field type", "[storage]") {
  test::TestRegister t;
  VersionStore partners(t.reg(), partnerDef());
  VersionStore contracts(t.reg(), contractDef());
  VersionStore people(t.reg(), personDef());
  FieldValues written;
  {
    WriteTransaction tx(t.reg());
    partners.insert(partnerVersion("BNES", 1, "2013-04-01", "B&NES Council"));
    StoredVersion person;
    person.key = "P1";
    person.version = 1;
    person.validFrom = Date(2013, 4, 1);
    person.recordedAt = "x";
    person.recordedBy = "tester";
    person.fields = test::values(personDef(), {{"name", "Jo \"Quote\", Comma"}, {"notes", ""}});
    people.insert(person);
    StoredVersion c;
    c.key = "C1";
    c.version = 1;
    c.validFrom = Date(2013, 4, 1);
    c.recordedAt = "x";
    c.recordedBy = "tester";
    c.fields = test::values(contractDef(), {{"person", "P1"}, {"employer", "BNES"}, {"post", ""},
                                            {"fte", "0.5333"}, {"annual_salary", "117311.00"},
                                            {"pay_framework", "JNC"}, {"pension_scheme", "LGPS"},
                                            {"start_date", "2013-04-01"}, {"end_date", ""},
                                            {"payroll_number", "PN-7"}});
    written = c.fields;
    contracts.insert(c);
    tx.commit();
  }
  auto c = contracts.latest("C1");
  REQUIRE(c.has_value());
  CHECK(c->fields == written);  // every value, of every type, as it was written
  CHECK(text(contractDef(), c->fields, "fte") == "0.5333");
  CHECK(text(contractDef(), c->fields, "annual_salary") == "117311.00");
  CHECK(valueIn(contractDef(), c->fields, "annual_salary") == FieldValue(Pence(11731100)));
  CHECK(valueIn(contractDef(), c->fields, "person") == FieldValue(RecordKey{"P1"}));
  CHECK(isBlank(valueIn(contractDef(), c->fields, "post")));
  CHECK(isBlank(valueIn(contractDef(), c->fields, "end_date")));
  CHECK(text(personDef(), people.latest("P1")->fields, "name") == "Jo \"Quote\", Comma");
  CHECK(isBlank(valueIn(personDef(), people.latest("P1")->fields, "notes")));
  // Money is stored as integer pence, not text or floating point.
  long long pence = 0;
  sessionOf(*t) << "SELECT annual_salary FROM contracts_versions WHERE ref = 'C1'", soci::into(pence);
  CHECK(pence == 11731100);
}

TEST_CASE("as-at shows the register as it stood on a date", "[storage]") {
  test::TestRegister t;
  VersionStore partners(t.reg(), partnerDef());
  {
    WriteTransaction tx(t.reg());
    partners.insert(partnerVersion("PCT", 1, "2009-04-01", "NHS Stockport PCT"));
    partners.insert(partnerVersion("PCT", 2, "2013-04-01", "Stockport CCG"));
    partners.insert(partnerVersion("PCT", 3, "2022-07-01", "NHS Greater Manchester ICB"));
    tx.commit();
  }
  CHECK_FALSE(partners.asAt({Date(2009, 3, 31), boost::none}, "PCT").has_value());
  CHECK(nameOf(*partners.asAt({Date(2009, 4, 1), boost::none}, "PCT")) == "NHS Stockport PCT");
  CHECK(nameOf(*partners.asAt({Date(2013, 3, 31), boost::none}, "PCT")) == "NHS Stockport PCT");
  CHECK(nameOf(*partners.asAt({Date(2013, 4, 1), boost::none}, "PCT")) == "Stockport CCG");
  CHECK(nameOf(partners.asAt({Date(2026, 1, 1), boost::none})[0]) == "NHS Greater Manchester ICB");
  // What the register said when only the first two versions were recorded.
  CHECK(nameOf(*partners.asAt({Date(2026, 1, 1), std::string("2026-01-02T23:59:59Z")}, "PCT")) ==
        "Stockport CCG");
  CHECK(partners.history("PCT").size() == 3);
  CHECK(partners.latest("PCT")->version == 3);
}

TEST_CASE("a back-dated correction takes effect from its own date only", "[storage]") {
  test::TestRegister t;
  VersionStore partners(t.reg(), partnerDef());
  {
    WriteTransaction tx(t.reg());
    partners.insert(partnerVersion("X", 1, "2013-04-01", "A"));
    partners.insert(partnerVersion("X", 2, "2015-04-01", "B"));
    partners.insert(partnerVersion("X", 3, "2014-04-01", "C"));  // recorded later, effective earlier
    tx.commit();
  }
  CHECK(nameOf(*partners.asAt({Date(2013, 6, 1), boost::none}, "X")) == "A");
  CHECK(nameOf(*partners.asAt({Date(2014, 6, 1), boost::none}, "X")) == "C");
  CHECK(nameOf(*partners.asAt({Date(2016, 6, 1), boost::none}, "X")) == "B");
}

TEST_CASE("a deleted record leaves the as-at view from its deletion date", "[storage]") {
  test::TestRegister t;
  VersionStore partners(t.reg(), partnerDef());
  {
    WriteTransaction tx(t.reg());
    partners.insert(partnerVersion("X", 1, "2013-04-01", "A"));
    auto gone = partnerVersion("X", 2, "2016-04-01", "A");
    gone.deleted = true;
    partners.insert(gone);
    tx.commit();
  }
  CHECK(partners.asAt({Date(2015, 1, 1), boost::none}).size() == 1);
  CHECK(partners.asAt({Date(2017, 1, 1), boost::none}).empty());
  CHECK_FALSE(partners.isLive("X"));
  CHECK(partners.countLive() == 0);
}

TEST_CASE("the as-at view read a page at a time gives the same records, in key order", "[storage]") {
  test::TestRegister t;
  VersionStore partners(t.reg(), partnerDef());
  {
    WriteTransaction tx(t.reg());
    for (const char* code : {"E", "A", "D", "B", "F", "C", "G"})
      partners.insert(partnerVersion(code, 1, "2013-04-01", "One"));
    partners.insert(partnerVersion("B", 2, "2016-04-01", "Two"));  // in force from 2016
    partners.insert(partnerVersion("H", 1, "2020-04-01", "Later"));  // not yet in force in 2017
    auto gone = partnerVersion("D", 2, "2015-04-01", "One");
    gone.deleted = true;
    partners.insert(gone);
    tx.commit();
  }
  const AsAt when{Date(2017, 1, 1), boost::none};
  std::vector<std::vector<std::string>> pages;
  std::string after;
  for (;;) {
    auto page = partners.asAtPage(when, after, 2);
    std::vector<std::string> keys;
    for (const auto& v : page) keys.push_back(v.key + "=" + nameOf(v));
    pages.push_back(keys);
    if (page.size() < 2) break;
    after = page.back().key;
  }
  CHECK(pages == std::vector<std::vector<std::string>>{{"A=One", "B=Two"}, {"C=One", "E=One"}, {"F=One", "G=One"}, {}});
  std::vector<std::string> whole;
  for (const auto& v : partners.asAt(when)) whole.push_back(v.key);
  CHECK(whole == std::vector<std::string>{"A", "B", "C", "E", "F", "G"});
  // As recorded on 1 January 2026 (before D's deletion and B's second
  // version), after B: C, D, E, F and G.
  CHECK(partners.asAtPage(AsAt{Date(2017, 1, 1), std::string("2026-01-01T23:59:59Z")}, "B", 10).size() == 5);
}

TEST_CASE("two writers of the same version collide instead of overwriting", "[storage]") {
  test::TestRegister t;
  VersionStore partners(t.reg(), partnerDef());
  {
    WriteTransaction tx(t.reg());
    partners.insert(partnerVersion("X", 1, "2013-04-01", "A"));
    tx.commit();
  }
  {
    WriteTransaction tx(t.reg());
    partners.insert(partnerVersion("X", 2, "2014-04-01", "first"));
    tx.commit();
  }
  WriteTransaction tx(t.reg());
  CHECK_THROWS_AS(partners.insert(partnerVersion("X", 2, "2014-04-01", "second")), Conflict);
}

TEST_CASE("the audit log is append-only in the database itself", "[storage]") {
  test::TestRegister t;
  AuditStore log(t.reg());
  {
    WriteTransaction tx(t.reg());
    log.append({0, "2026-01-01T10:00:00Z", "tester", "post", "P1", 1, "title", "", "Director"});
    log.append({0, "2026-02-01T10:00:00Z", "tester", "post", "P1", 2, "title", "Director", "Head"});
    tx.commit();
  }
  CHECK(log.list().size() == 2);
  CHECK(log.list(std::string("2026-01-15")).size() == 1);
  CHECK_THROWS(sessionOf(*t) << "UPDATE audit_changes SET changes = '[]'");
  CHECK_THROWS(sessionOf(*t) << "DELETE FROM audit_changes");
  auto entries = log.list();
  REQUIRE(entries.size() == 2);
  CHECK(entries[1].newValue == "Head");
  CHECK(entries[1].oldValue == "Director");
}

TEST_CASE("a bulk read of some records' versions reads only the fields asked for", "[storage]") {
  test::TestRegister t;
  VersionStore partners(t.reg(), partnerDef());
  {
    WriteTransaction tx(t.reg());
    partners.insert(partnerVersion("A", 1, "2013-04-01", "First"));
    partners.insert(partnerVersion("A", 2, "2015-04-01", "Renamed"));
    partners.insert(partnerVersion("B", 1, "2013-04-01", "Other"));
    partners.insert(partnerVersion("C", 1, "2013-04-01", "Third"));
    tx.commit();
  }
  std::vector<std::string> seen;
  VersionStore(t.reg(), partnerDef(), {"name"})
      .forEachVersionOf("SELECT code FROM partners WHERE code <> 'B'", [&](const StoredVersion& v) {
        CHECK(v.fields.size() == partnerDef().fields.size());  // every field, those not read blank
        CHECK(isBlank(valueIn(partnerDef(), v.fields, "kind")));
        CHECK(isBlank(valueIn(partnerDef(), v.fields, "nation")));
        seen.push_back(v.key + std::to_string(v.version) + ":" + nameOf(v));
      });
  CHECK(seen == std::vector<std::string>{"A1:First", "A2:Renamed", "C1:Third"});
}

TEST_CASE("every live record is read once, in key order, across many pages", "[storage]") {
  // More keys than three pages of the bulk read hold (5,000 a page), with
  // deleted records and a key without any version at the pages' edges.
  test::TestRegister t;
  VersionStore partners(t.reg(), partnerDef());
  const int kKeys = 15003;
  auto code = [](int i) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "P%05d", i);
    return std::string(buffer);
  };
  const std::set<int> deleted{0, 4999, 5000, 10000, 15002}, unwritten{5001, 9999};
  std::vector<std::string> keys;
  std::vector<StoredVersion> versions;
  for (int i = 0; i < kKeys; ++i) {
    keys.push_back(code(i));
    if (unwritten.count(i)) continue;
    versions.push_back(partnerVersion(code(i), 1, "2013-04-01", "Partner"));
    if (!deleted.count(i)) continue;
    StoredVersion gone = partnerVersion(code(i), 2, "2014-04-01", "Partner");
    gone.deleted = true;
    versions.push_back(gone);
  }
  {
    WriteTransaction tx(t.reg());
    partners.createIdentities(keys);
    std::vector<const StoredVersion*> rows;
    for (const auto& v : versions) rows.push_back(&v);
    partners.insertMany(rows);
    tx.commit();
  }
  std::vector<std::string> read;
  partners.forEachLatestLive([&](const StoredVersion& v) { read.push_back(v.key); });
  std::vector<std::string> expected;
  for (int i = 0; i < kKeys; ++i)
    if (!deleted.count(i) && !unwritten.count(i)) expected.push_back(code(i));
  CHECK(read.size() == expected.size());
  CHECK(read == expected);
}
