// Finance's own work (closing periods, true-ups, pay imports and their
// reconciliation) and the admin's (personal data, history import) through the
// services, as each role, on SQLite and on PostgreSQL (where the users are
// real database logins, so the database's privileges are exercised too).
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/Attention.h"
#include "services/ClosedPeriods.h"
#include "services/DecisionService.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "services/ExitScenario.h"
#include "services/ForumRecords.h"
#include "services/PayrollImport.h"
#include "services/PayrollReconcile.h"
#include "services/PersonalData.h"
#include "services/RecordService.h"
#include "services/Roles.h"
#include "services/TrueUp.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

const FinancialYear k2013(2013);

// "allowed", or the message of the NotPermitted the call threw.
std::string outcome(const std::function<void()>& call) {
  try {
    call();
  } catch (const NotPermitted& e) {
    return e.what();
  }
  return "allowed";
}

bool refusedAs(const std::string& message, const std::function<void()>& call) {
  const std::string got = outcome(call);
  CHECK_THAT(got, Catch::Contains(message) && Catch::Contains("Nothing was changed"));
  return got != "allowed";
}

// One month of the council's pay for Mike Bowden (C-0007).
PayrollExtract aprilPay(Register& reg) {
  PayrollExtract extract;
  extract.file = "itrent-2013-04.csv";
  extract.profile = loadPayrollProfile(reg, "ITRENT-BNES");
  extract.rows.push_back({2, "BN40007", "Mike Bowden", {Date(2013, 4, 1), Date(2013, 4, 30)}, Pence(604166), boost::none});
  return extract;
}

long long rowsOf(Register& reg, const std::string& table) {
  long long n = 0;
  sessionOf(reg) << "SELECT COUNT(*) FROM " + table, soci::into(n);
  return n;
}

// A sample register whose creator (admin) has granted each role to a login,
// and a second admin.
struct Staffed {
  test::TestRegister t;
  std::string hr = test::uniqueLogin("hr"), reviewer = test::uniqueLogin("reviewer"),
              finance = test::uniqueLogin("finance"), admin = test::uniqueLogin("admin"),
              allButAdmin = test::uniqueLogin("allbut");
  Staffed() {
    buildDemoRegister(t.reg());
    grantRole(t.reg(), hr, Role::HrEditor);
    grantRole(t.reg(), reviewer, Role::ForumReviewer);
    grantRole(t.reg(), finance, Role::Finance);
    grantRole(t.reg(), admin, Role::Admin);
    for (Role role : {Role::HrEditor, Role::ForumReviewer, Role::Finance}) grantRole(t.reg(), allButAdmin, role);
  }
};

}  // namespace

TEST_CASE("closing periods, true-ups, pay imports and reconciliation are finance's and admin's alone",
          "[services][roles][finance]") {
  Staffed s;
  for (const std::string& login : {s.hr, s.reviewer}) {
    auto other = s.t.openAs(login);
    INFO(login);
    CHECK(refusedAs("Only finance or admin may close periods", [&] { closePeriods(*other, k2013, Date(2013, 6, 30)); }));
    CHECK(refusedAs("Only finance or admin may record a true-up", [&] { recordTrueUp(*other, k2013); }));
    CHECK(refusedAs("Only finance or admin may import pay",
                    [&] { storePayroll(*other, aprilPay(*other), {"C-0007"}); }));
    CHECK(refusedAs("Only finance or admin may reconcile pay", [&] { reconcilePayroll(*other, aprilPay(*other)); }));
    CHECK_FALSE(closedThrough(*other, k2013).has_value());
  }
  CHECK(rowsOf(s.t.reg(), "payroll_pay_versions") == 0);

  auto finance = s.t.openAs(s.finance);
  CHECK(closePeriods(*finance, k2013, Date(2013, 6, 30)).close.closedBy == s.finance);
  REQUIRE(closedThrough(*finance, k2013).has_value());
  CHECK(*closedThrough(*finance, k2013) == Date(2013, 6, 30));
  CHECK(storePayroll(*finance, aprilPay(*finance), {"C-0007"}) == 1);
  CHECK(outcome([&] { reconcilePayroll(*finance, aprilPay(*finance)); }) == "allowed");
  closePeriods(*finance, k2013, k2013.lastDay());
  CHECK(outcome([&] { recordTrueUp(*finance, k2013); }) == "allowed");
  // ... and the admin, who may do everything.
  CHECK(outcome([&] { reconcilePayroll(s.t.reg(), aprilPay(s.t.reg())); }) == "allowed");
}

TEST_CASE("recording a forum meeting and freezing its pack is the reviewer's and admin's alone",
          "[services][roles][forum]") {
  Staffed s;
  const ForumMeeting meeting{"2030-01-10", "Joint Staff Forum", "2030-01-10T23:59:59Z", utcTimestamp(), s.hr};
  const std::size_t before = forumMeetings(s.t.reg()).size();
  for (const std::string& login : {s.hr, s.finance}) {
    auto other = s.t.openAs(login);
    INFO(login);
    CHECK(refusedAs("may issue forum packs", [&] { recordForumMeeting(*other, meeting); }));
    CHECK(refusedAs("may issue forum packs", [&] { recordFrozenPack(*other, meeting.date, utcTimestamp(), login, "{}"); }));
  }
  CHECK(forumMeetings(s.t.reg()).size() == before);
  CHECK_FALSE(frozenPack(s.t.reg(), meeting.date).has_value());

  auto reviewer = s.t.openAs(s.reviewer);
  WriteTransaction tx(*reviewer);
  recordForumMeeting(*reviewer, meeting);
  recordFrozenPack(*reviewer, meeting.date, utcTimestamp(), s.reviewer, "{}");
  tx.commit();
  CHECK(forumMeeting(s.t.reg(), meeting.date).has_value());
  CHECK(frozenPack(s.t.reg(), meeting.date).value_or("") == "{}");
}

TEST_CASE("subject access, the retention period and anonymisation are the admin's alone",
          "[services][roles][personal]") {
  Staffed s;
  // P-0002's contract ends in 2016, so the retention period below has passed.
  RecordService service(s.t.reg());
  auto contract = VersionStore(s.t.reg(), contractDef()).latest("C-0002");
  REQUIRE(static_cast<bool>(contract));
  Record fields = test::text(contractDef(), contract->fields);
  fields["end_date"] = "2016-03-31";
  service.save(test::textEdit(contractDef(), "C-0002", fields, contract->version,
                              parseIsoDate("2016-03-31")));
  for (const std::string& login : {s.hr, s.reviewer, s.finance, s.allButAdmin}) {
    auto other = s.t.openAs(login);
    INFO(login);
    const std::string only = "Only admin may export or anonymise a person's personal data";
    CHECK(refusedAs(only, [&] { subjectAccess(*other, "P-0002"); }));
    CHECK(refusedAs(only, [&] { setRetentionMonths(*other, 12); }));
    CHECK(refusedAs(only, [&] { anonymisePerson(*other, "P-0002", today()); }));
  }
  // A second admin (on PostgreSQL a login that is a member of s113_admin, not
  // the superuser that made the register) does all three.
  auto admin = s.t.openAs(s.admin);
  CHECK(subjectAccess(*admin, "P-0002")["person"].get<std::string>() == "P-0002");
  setRetentionMonths(*admin, 12);
  CHECK(retentionMonths(*admin) == 12);
  CHECK(anonymisePerson(*admin, "P-0002", today()).valuesReplaced > 0);
  CHECK(test::text(personDef(), VersionStore(*admin, personDef()).latest("P-0002")->fields,
                   "name") == "anonymised P-0002");
}

TEST_CASE("importing decision, protocol and forum pack history is the admin's alone", "[services][roles][exchange]") {
  Staffed s;
  const fs::path folder = test::tempPath("-history");
  exportFolder(s.t.reg(), folder.string());
  // Every role but admin: the records would go in, the history may not.
  test::TestRegister copy;
  grantRole(copy.reg(), s.allButAdmin, Role::HrEditor);
  grantRole(copy.reg(), s.allButAdmin, Role::ForumReviewer);
  grantRole(copy.reg(), s.allButAdmin, Role::Finance);
  {
    auto other = copy.openAs(s.allButAdmin);
    CHECK(refusedAs("Only admin may import decision, protocol and forum pack history",
                    [&] { importFolder(*other, folder.string()); }));
    CHECK(rowsOf(copy.reg(), "decisions") == 0);
    CHECK(rowsOf(copy.reg(), "posts_versions") == 0);  // an import is all or nothing
  }
  // The register's admin imports it, history and all.
  CHECK(importFolder(copy.reg(), folder.string()).created > 0);
  CHECK(rowsOf(copy.reg(), "decisions") > 0);
  fs::remove_all(folder);
}

TEST_CASE("a reviewer, who may not read salaries, decides every post with its holders as HR does",
          "[services][roles][decisions]") {
  Staffed s;
  DecisionRequest replacement;
  replacement.kind = ProposalKind::Replacement;
  replacement.on = Date(2014, 6, 1);
  auto reviewer = s.t.openAs(s.reviewer);
  const auto byHr = decideEveryPost(*s.t.openAs(s.hr), replacement, PostScope::Every);
  const auto byReviewer = decideEveryPost(*reviewer, replacement, PostScope::Every);
  REQUIRE(byReviewer.size() == byHr.size());
  std::size_t withHolder = 0;
  for (std::size_t i = 0; i < byHr.size(); ++i) {
    INFO(byHr[i].postRef);
    CHECK(byReviewer[i].problem == byHr[i].problem);
    CHECK(byReviewer[i].proposal.outgoingHolderEmployer == byHr[i].proposal.outgoingHolderEmployer);
    if (byHr[i].proposal.outgoingHolderEmployer) ++withHolder;
  }
  CHECK(withHolder > 0);  // the contracts were read, not skipped
}

TEST_CASE("a reviewer, who may not read salaries, sees the same exit scenarios and warnings as HR",
          "[services][roles][exit][attention]") {
  Staffed s;
  auto hr = s.t.openAs(s.hr);
  auto reviewer = s.t.openAs(s.reviewer);
  for (const auto& [agreement, endsOn] : {std::make_pair("BNES-S113-2013", Date(2016, 9, 30)),
                                          std::make_pair("STOCKPORT-2009", Date(2011, 3, 31))}) {
    INFO(agreement);
    const ExitScenario byHr = buildExitScenario(*hr, agreement, endsOn);
    CHECK_FALSE(byHr.people.empty());  // the contracts were read, not skipped
    CHECK(exitScenarioText(buildExitScenario(*reviewer, agreement, endsOn)) == exitScenarioText(byHr));
  }
  std::vector<std::string> byHr, byReviewer;
  for (const auto& a : needsAttention(*hr, Date(2016, 9, 30))) byHr.push_back(a.text());
  for (const auto& a : needsAttention(*reviewer, Date(2016, 9, 30))) byReviewer.push_back(a.text());
  CHECK_FALSE(byHr.empty());
  CHECK(byReviewer == byHr);
  // An edit is warned about alike: its contract's FTE is read without the salary.
  auto placement = VersionStore(*hr, placementDef()).latest("PL-005");
  REQUIRE(placement.has_value());
  const Edit edit{&placementDef(), "PL-005", placement->fields, placement->version, Date(2016, 9, 30)};
  std::vector<std::string> editByHr, editByReviewer;
  for (const auto& a : warningsForEdit(*hr, edit, Date(2016, 9, 30))) editByHr.push_back(a.text());
  for (const auto& a : warningsForEdit(*reviewer, edit, Date(2016, 9, 30))) editByReviewer.push_back(a.text());
  CHECK_FALSE(editByHr.empty());
  CHECK(editByReviewer == editByHr);
}
