#include <catch2/catch.hpp>

#include <functional>
#include <set>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/RecordService.h"
#include "storage/AuditStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

using namespace s113;

namespace {

// An edit that brings a deleted record back.
Edit restoring(Edit edit) {
  edit.restoreDeleted = true;
  return edit;
}

void addPartners(RecordService& service) {
  service.save(test::textEdit(
      partnerDef(), "BNES", {{"name", "B&NES Council"}, {"kind", "council"}, {"nation", "england"}},
      0, Date(2013, 4, 1)));
  service.save(test::textEdit(partnerDef(), "BCCG",
                              {{"name", "B&NES CCG"}, {"kind", "nhs"}, {"nation", "england"}}, 0,
                              Date(2013, 4, 1)));
}

Record post(const std::string& split = "BNES:60;BCCG:40") {
  return {{"title", "Head of Commissioning"}, {"grade", "JNC 3"}, {"fte", "1"}, {"employer", "BNES"},
          {"host", "BNES"}, {"kind", "s113"}, {"statutory_role", "none"}, {"registration", "none"},
          {"functional_split", split}, {"status", "approved"}};
}

// The first error of a refused edit, as "field: reason".
std::string refusal(const std::function<void()>& edit) {
  try {
    edit();
  } catch (const ValidationErrors& e) {
    return e.errors().front().record() + " | " + e.errors().front().field() + " | " + e.errors().front().reason();
  }
  return "accepted";
}

std::size_t rowCount(Register& reg, const std::string& table) {
  long long n = 0;
  sessionOf(reg) << "SELECT COUNT(*) FROM " + table, soci::into(n);
  return static_cast<std::size_t>(n);
}

}  // namespace

TEST_CASE("a record is created, read back and audited with the acting user", "[services]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addPartners(service);
  CHECK(service.save(test::textEdit(postDef(), "JC-001", post(), 0, Date(2013, 4, 1))) == 1);
  auto stored = VersionStore(t.reg(), postDef()).latest("JC-001");
  REQUIRE(stored.has_value());
  CHECK(test::text(postDef(), stored->fields, "functional_split") == "BNES:60;BCCG:40");
  CHECK(stored->recordedBy == t->actingUser());
  auto audit = AuditStore(t.reg()).list(boost::none, std::string("post"), std::string("JC-001"));
  REQUIRE_FALSE(audit.empty());
  bool sawTitle = false;
  for (const auto& e : audit)
    if (e.field == "title") {
      sawTitle = true;
      CHECK(e.oldValue.empty());
      CHECK(e.newValue == "Head of Commissioning");
      CHECK(e.actor == t->actingUser());
    }
  CHECK(sawTitle);
}

TEST_CASE("validation refuses bad records naming the record and the field, writing nothing", "[services]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addPartners(service);
  const auto before = rowCount(t.reg(), "posts_versions");
  CHECK(refusal([&] {
          service.save(
              test::textEdit(postDef(), "JC-002", post("BNES:50;BCCG:40"), 0, Date(2013, 4, 1)));
        }) == "post JC-002 | functional_split | shares sum to 90%, not 100%");
  auto unknown = post();
  unknown["employer"] = "NOPE";
  CHECK(refusal([&] {
          service.save(test::textEdit(postDef(), "JC-003", unknown, 0, Date(2013, 4, 1)));
        }) == "post JC-003 | employer | there is no Partner 'NOPE'");
  // A split's partners are references too: checked when the post is saved,
  // not first when the protocol reads the split.
  CHECK(refusal([&] {
          service.save(
              test::textEdit(postDef(), "JC-005", post("BNES:60;NOPE:40"), 0, Date(2013, 4, 1)));
        }) == "post JC-005 | functional_split | there is no Partner 'NOPE'");
  auto wide = post();
  wide["fte"] = "1.5";
  CHECK(refusal([&] {
          service.save(test::textEdit(postDef(), "JC-004", wide, 0, Date(2013, 4, 1)));
        }) == "post JC-004 | fte | FTE must be over 0 and at most 1");
  CHECK(rowCount(t.reg(), "posts_versions") == before);
  CHECK(rowCount(t.reg(), "posts") == 0);

  service.save(test::textEdit(personDef(), "P1", {{"name", "Jo Bloggs"}}, 0, Date(2013, 4, 1)));
  Record contract{{"person", "P1"}, {"employer", "BNES"}, {"fte", "1"}, {"annual_salary", "-1.00"},
                  {"pay_framework", "NJC"}, {"pension_scheme", "LGPS"}, {"start_date", "2014-04-01"},
                  {"end_date", "2013-04-01"}};
  try {
    service.save(test::textEdit(contractDef(), "C1", contract, 0, Date(2013, 4, 1)));
    FAIL("accepted");
  } catch (const ValidationErrors& e) {
    std::set<std::string> fields;
    for (const auto& error : e.errors()) fields.insert(error.field());
    CHECK(fields == std::set<std::string>{"annual_salary", "end_date"});
    CHECK_THAT(e.what(), Catch::Contains("contract C1: end_date: ends 2013-04-01, before it starts 2014-04-01"));
    CHECK_THAT(e.what(), Catch::Contains("contract C1: annual_salary: cannot be negative"));
  }
  CHECK(rowCount(t.reg(), "contracts") == 0);
}

TEST_CASE("an edit based on a stale version is refused, not last-save-wins", "[services]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addPartners(service);
  service.save(test::textEdit(postDef(), "JC-001", post(), 0, Date(2013, 4, 1)));

  // Two users open version 1; the first saves, the second is refused.
  auto other = t.openAnother();
  RecordService otherService(*other);
  auto mine = post();
  mine["title"] = "Head of Joint Commissioning";
  CHECK(service.save(test::textEdit(postDef(), "JC-001", mine, 1, Date(2014, 4, 1))) == 2);
  auto theirs = post();
  theirs["title"] = "Head of Integrated Commissioning";
  CHECK_THROWS_AS(
      otherService.save(test::textEdit(postDef(), "JC-001", theirs, 1, Date(2014, 4, 1))),
      Conflict);
  CHECK(test::text(postDef(), VersionStore(t.reg(), postDef()).latest("JC-001")->fields, "title") ==
        "Head of Joint Commissioning");
  // Creating a record that exists is refused too.
  CHECK_THROWS_AS(
      otherService.save(test::textEdit(postDef(), "JC-001", theirs, 0, Date(2014, 4, 1))),
      Conflict);
  // Starting again from the newest version succeeds.
  CHECK(otherService.save(test::textEdit(postDef(), "JC-001", theirs, 2, Date(2014, 4, 1))) == 3);
}

TEST_CASE("history: the register as at dates before, during and after a change", "[services]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addPartners(service);
  service.save(test::textEdit(postDef(), "JC-001", post(), 0, Date(2013, 4, 1)));
  auto moved = post();
  moved["employer"] = "BCCG";
  service.save(test::textEdit(postDef(), "JC-001", moved, 1, Date(2015, 4, 1)));
  VersionStore posts(t.reg(), postDef());
  CHECK(posts.asAt({Date(2013, 1, 1), boost::none}).empty());
  CHECK(test::text(postDef(), posts.asAt({Date(2014, 1, 1), boost::none}, "JC-001")->fields,
                   "employer") == "BNES");
  CHECK(test::text(postDef(), posts.asAt({Date(2016, 1, 1), boost::none}, "JC-001")->fields,
                   "employer") == "BCCG");
}

TEST_CASE("a record still referred to cannot be deleted; a free one can", "[services]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addPartners(service);
  service.save(test::textEdit(postDef(), "JC-001", post(), 0, Date(2013, 4, 1)));
  CHECK_THROWS_WITH(service.remove(partnerDef(), "BNES", 1, Date(2016, 1, 1)), Catch::Contains("post JC-001"));
  CHECK_THROWS_AS(service.remove(postDef(), "JC-001", 7, Date(2016, 1, 1)), Conflict);
  CHECK(service.remove(postDef(), "JC-001", 1, Date(2016, 1, 1)) == 2);
  VersionStore posts(t.reg(), postDef());
  CHECK_FALSE(posts.isLive("JC-001"));
  CHECK(posts.asAt({Date(2015, 1, 1), boost::none}).size() == 1);
  CHECK(posts.asAt({Date(2016, 1, 1), boost::none}).empty());
  CHECK(service.remove(partnerDef(), "BNES", 1, Date(2016, 1, 1)) == 2);
}

TEST_CASE("a deleted record is restored only on purpose, from its tombstone, and audited", "[services]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addPartners(service);
  service.save(test::textEdit(postDef(), "JC-002", post(), 0, Date(2013, 4, 1)));
  // Restoring a live record is refused: nothing was deleted.
  CHECK_THROWS_AS(
      service.save(restoring(test::textEdit(postDef(), "JC-002", post(), 1, Date(2013, 4, 1)))),
      Conflict);
  service.remove(postDef(), "JC-002", 1, Date(2016, 1, 1));
  // An ordinary edit of a deleted record is refused.
  CHECK_THROWS_AS(service.save(test::textEdit(postDef(), "JC-002", post(), 2, Date(2016, 1, 1))),
                  NotFound);
  // A restore based on a stale version is refused like any edit.
  CHECK_THROWS_AS(
      service.save(restoring(test::textEdit(postDef(), "JC-002", post(), 1, Date(2016, 1, 1)))),
      Conflict);
  // A restored record is validated like any edit.
  CHECK(refusal([&] {
          service.save(restoring(
              test::textEdit(postDef(), "JC-002", post("BNES:60;BCCG:30"), 2, Date(2016, 1, 1))));
        }).find("functional_split") != std::string::npos);
  CHECK(service.save(restoring(test::textEdit(postDef(), "JC-002", post(), 2, Date(2016, 1, 1)))) ==
        3);
  VersionStore posts(t.reg(), postDef());
  CHECK(posts.isLive("JC-002"));
  CHECK(test::text(postDef(), posts.latest("JC-002")->fields, "title") == "Head of Commissioning");
  bool sawUndelete = false;
  for (const auto& e : AuditStore(t.reg()).list(boost::none, std::string("post"), std::string("JC-002")))
    if (e.version == 3 && e.field == "deleted") sawUndelete = e.oldValue == "true" && e.newValue == "false";
  CHECK(sawUndelete);
  // A key that was never deleted (or never existed) has nothing to restore.
  CHECK_THROWS_AS(
      service.save(restoring(test::textEdit(postDef(), "JC-404", post(), 0, Date(2016, 1, 1)))),
      NotFound);
}
