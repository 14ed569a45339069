// What each role may and may not do through the services, on SQLite and on
// PostgreSQL (where the users are real database roles, members of the
// register's group roles, so the database's own privileges are tested too).
#include <catch2/catch.hpp>

#include <functional>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/RechargeCatalog.h"
#include "protocol/ProtocolEdits.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "services/ProtocolService.h"
#include "services/RecordService.h"
#include "services/RegisterCheck.h"
#include "services/Roles.h"
#include "storage/AuditStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

using namespace s113;

namespace {

// "allowed", or the message of the NotPermitted the call threw.
std::string outcome(const std::function<void()>& call) {
  try {
    call();
  } catch (const NotPermitted& e) {
    return e.what();
  }
  return "allowed";
}

bool refused(const std::function<void()>& call) { return outcome(call) != "allowed"; }

StoredVersion firstOf(Register& reg, const EntityDef& def) {
  auto all = VersionStore(reg, def).allLatestLive();
  REQUIRE_FALSE(all.empty());
  return all.front();
}

// A new version of the first record of `def` with `field` set to `value`.
void change(Register& reg, const EntityDef& def, const std::string& field, const std::string& value) {
  StoredVersion latest = firstOf(reg, def);
  Record fields = test::text(def, latest.fields);
  fields[field] = value;
  RecordService(reg).save(
      test::textEdit(def, latest.key, fields, latest.version, latest.validFrom));
  CHECK(test::text(def, VersionStore(reg, def).latest(latest.key)->fields, field) == value);
}

// The same record saved unchanged: asks the services' permission, writes nothing.
void resave(Register& reg, const EntityDef& def) {
  StoredVersion latest = firstOf(reg, def);
  RecordService(reg).save({&def, latest.key, latest.fields, latest.version, latest.validFrom});
}

void renameProtocol(Register& reg) {
  editProtocol(reg, [](const Protocol& p) { return withName(p, p.name + " (renamed)"); }, "test", PostScope::Every);
}

// A sample register whose creator (admin) has granted each role to a login.
struct Staffed {
  test::TestRegister t;
  std::string hr = test::uniqueLogin("hr"), reviewer = test::uniqueLogin("reviewer"),
              finance = test::uniqueLogin("finance"), nobody = test::uniqueLogin("nobody");
  Staffed() {
    buildDemoRegister(t.reg());
    grantRole(t.reg(), hr, Role::HrEditor);
    grantRole(t.reg(), reviewer, Role::ForumReviewer);
    grantRole(t.reg(), finance, Role::Finance);
  }
};

}  // namespace

TEST_CASE("the user who creates a register is its admin", "[services][roles]") {
  test::TestRegister t;
  CHECK(t->roles() == RoleSet{Role::Admin});
  const auto grants = listRoles(t.reg());
  REQUIRE(grants.size() == 1);
  CHECK(grants[0].login == t->actingUser());
  CHECK(grants[0].role == Role::Admin);
}

TEST_CASE("a SQLite register with no role recorded treats whoever opens it as admin", "[services][roles]") {
  test::TestRegister t;
  if (t.isPostgres()) return;  // PostgreSQL users are database roles; see the next cases
  sessionOf(*t) << "DELETE FROM roles";  // a register made before roles existed
  auto other = t.openAs(test::uniqueLogin("someone"));
  CHECK(other->roles() == RoleSet{Role::Admin});
  // The first grant keeps the opener admin, so the register keeps one.
  const std::string alice = test::uniqueLogin("alice");
  grantRole(*other, alice, Role::HrEditor);
  CHECK(other->roles() == RoleSet{Role::Admin});
  CHECK(t.openAs(alice)->roles() == RoleSet{Role::HrEditor});
}

TEST_CASE("hr_editor changes records and arrangements, nothing of the forum, finance, protocol or roles",
          "[services][roles]") {
  Staffed s;
  auto hr = s.t.openAs(s.hr);
  CHECK(hr->roles() == RoleSet{Role::HrEditor});
  change(*hr, postDef(), "title", "Head of Joint Commissioning");
  change(*hr, personDef(), "notes", "moved to the Guildhall");
  CHECK(test::text(contractDef(), firstOf(*hr, contractDef()).fields, "annual_salary") != "");
  CHECK_FALSE(refused([&] { resave(*hr, *findEntity("placement")); }));
  const std::string message = outcome([&] { change(*hr, meetingDef(), "notes", "x"); });
  CHECK(message.find("Only forum_reviewer or admin may change forum meetings") != std::string::npos);
  CHECK(message.find(s.hr + " holds hr_editor") != std::string::npos);
  CHECK(refused([&] { resave(*hr, niRateDef()); }));
  CHECK(refused([&] { resave(*hr, payrollProfileDef()); }));
  CHECK(refused([&] { renameProtocol(*hr); }));
  CHECK(refused([&] { grantRole(*hr, s.nobody, Role::Admin); }));
  CHECK(refused([&] { listRoles(*hr); }));
}

TEST_CASE("forum_reviewer records the forum's business and never sees salaries or personal notes",
          "[services][roles]") {
  Staffed s;
  auto reviewer = s.t.openAs(s.reviewer);
  CHECK(reviewer->roles() == RoleSet{Role::ForumReviewer});
  change(*reviewer, meetingDef(), "notes", "quorate");
  change(*reviewer, meetingItemDef(), "subject", "Joint posts review");
  // Salaries and personal notes come back blank, and so do their audit values.
  for (const auto& contract : VersionStore(*reviewer, contractDef()).allLatestLive())
    CHECK(test::text(contractDef(), contract.fields, "annual_salary") == "");
  for (const auto& person : VersionStore(*reviewer, personDef()).allLatestLive())
    CHECK(test::text(personDef(), person.fields, "notes") == "");
  CHECK(test::text(postDef(), firstOf(*reviewer, postDef()).fields, "title") != "");
  std::size_t salaryRows = 0;
  for (const auto& e : AuditStore(*reviewer).list())
    if (isSalaryOrPersonalNote(e.entity, e.field)) {
      ++salaryRows;
      CHECK(e.oldValue == "");
      CHECK(e.newValue == "");
    }
  CHECK(salaryRows > 0);
  // ... which the admin sees.
  CHECK(test::text(contractDef(), firstOf(s.t.reg(), contractDef()).fields, "annual_salary") != "");
  const std::string message = outcome([&] { change(*reviewer, postDef(), "title", "x"); });
  CHECK(message.find("Only hr_editor or admin may change partners, agreements, posts") != std::string::npos);
  CHECK(refused([&] { resave(*reviewer, contractDef()); }));
  CHECK(refused([&] { resave(*reviewer, niRateDef()); }));
  CHECK(refused([&] { exportFolder(*reviewer, test::tempPath("-export")); }));
  CHECK(refused([&] { checkRegister(*reviewer); }));
  CHECK(refused([&] { renameProtocol(*reviewer); }));
  CHECK(refused([&] { grantRole(*reviewer, s.nobody, Role::ForumReviewer); }));
}

TEST_CASE("finance changes recharges, NI rates and payroll and reads salaries, nothing else", "[services][roles]") {
  Staffed s;
  auto finance = s.t.openAs(s.finance);
  CHECK(finance->roles() == RoleSet{Role::Finance});
  change(*finance, payrollProfileDef(), "description", "monthly extract");
  CHECK_FALSE(refused([&] { resave(*finance, niRateDef()); }));
  CHECK_FALSE(refused([&] { resave(*finance, *findEntity("recharge_agreement")); }));
  CHECK(test::text(contractDef(), firstOf(*finance, contractDef()).fields, "annual_salary") != "");
  CHECK(refused([&] { change(*finance, postDef(), "title", "x"); }));
  CHECK(refused([&] { change(*finance, meetingDef(), "notes", "x"); }));
  CHECK(refused([&] { renameProtocol(*finance); }));
  CHECK(refused([&] { revokeRole(*finance, s.hr, Role::HrEditor); }));
}

TEST_CASE("admin does everything, and roles are granted and revoked, audited", "[services][roles]") {
  Staffed s;
  Register& admin = s.t.reg();
  change(admin, postDef(), "title", "Director");
  change(admin, meetingDef(), "notes", "quorate");
  change(admin, payrollProfileDef(), "description", "weekly");
  CHECK_FALSE(refused([&] { renameProtocol(admin); }));
  CHECK(listRoles(admin).size() == 4);
  CHECK(revokeRole(admin, s.hr, Role::HrEditor));
  CHECK_FALSE(revokeRole(admin, s.hr, Role::HrEditor));
  CHECK(refused([&] { s.t.openAs(s.hr); }));  // holds no role now
  CHECK(grantRole(admin, s.finance, Role::HrEditor));
  CHECK(s.t.openAs(s.finance)->roles() == (RoleSet{Role::HrEditor, Role::Finance}));
  bool granted = false, revoked = false;
  for (const auto& e : AuditStore(admin).list(boost::none, std::string("role"))) {
    granted |= e.key == s.finance && e.field == "hr_editor" && e.newValue == "granted" && e.actor == admin.actingUser();
    revoked |= e.key == s.hr && e.field == "hr_editor" && e.oldValue == "granted" && e.newValue == "";
  }
  CHECK(granted);
  CHECK(revoked);
  // The register keeps an admin.
  CHECK(outcome([&] { revokeRole(admin, admin.actingUser(), Role::Admin); }).find("without an admin") !=
        std::string::npos);
}

TEST_CASE("a user who holds no role is refused on opening", "[services][roles]") {
  Staffed s;
  std::string message;
  try {
    if (s.t.isPostgres()) grantRole(s.t.reg(), s.nobody, Role::HrEditor), revokeRole(s.t.reg(), s.nobody, Role::HrEditor);
    s.t.openAs(s.nobody);
  } catch (const NotPermitted& e) {
    message = e.what();
  }
  CHECK(message.find(s.nobody + " holds no role in the register") != std::string::npos);
  CHECK(message.find("roles REGISTER grant " + s.nobody) != std::string::npos);
}
