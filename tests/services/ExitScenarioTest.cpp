// The exit scenario and the arrangement sample on the demo register, and the
// CSV round trip with the arrangement files.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/ArrangementChecks.h"
#include "services/ArrangementQueries.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "services/ExitScenario.h"
#include "services/RegisterCheck.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

const AffectedPerson* personIn(const ExitScenario& s, const std::string& person) {
  for (const auto& p : s.people)
    if (p.person == person) return &p;
  return nullptr;
}

bool hasArrangement(const ExitScenario& s, const std::string& entity, const std::string& key) {
  for (const auto& a : s.arrangements)
    if (a.entity == entity && a.key == key) return true;
  return false;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("exit scenario: the B&NES agreement ends on 30 September 2016", "[arrangements][exit]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  ExitScenario s = buildExitScenario(t.reg(), "BNES-S113-2013", Date(2016, 9, 30));
  CHECK(s.agreementNoticeMonths == 6);
  CHECK(s.agreementNoticeBy == Date(2016, 3, 30));

  // Everyone under a running arrangement, each staying with their employer.
  std::vector<std::string> people;
  for (const auto& p : s.people) people.push_back(p.person);
  CHECK(people == std::vector<std::string>{"P-0003", "P-0009", "P-0012", "P-0014", "P-0015",
                                           "P-0020", "P-0025", "P-0028", "P-0034", "P-0035"});
  for (const auto& p : s.people) {
    auto contract = VersionStore(t.reg(), contractDef()).latest(p.contract);
    CHECK(p.staysWith == test::text(contractDef(), contract->fields, "employer"));
  }
  // The 40% secondment: stays with the council, 3 months' notice, returns to post.
  const AffectedPerson* andy = personIn(s, "P-0020");
  REQUIRE(andy);
  CHECK(andy->staysWith == "BNES");
  CHECK(andy->noticeMonths == 3);
  CHECK(andy->noticeBy == Date(2016, 6, 30));
  REQUIRE(andy->arrangements.size() == 1);
  CHECK(andy->arrangements[0].key == "PL-005");
  CHECK(andy->arrangements[0].returnToPost);
  // A placement with no notice of its own takes the agreement's.
  const AffectedPerson* steve = personIn(s, "P-0034");
  REQUIRE(steve);
  CHECK(steve->arrangements[0].noticeFrom == "agreement");
  CHECK(steve->noticeMonths == 6);
  // The route 2 single manager: both the secondment and the contract stop.
  const AffectedPerson* catherine = personIn(s, "P-0014");
  REQUIRE(catherine);
  CHECK(catherine->staysWith == "BCCG");
  CHECK(catherine->arrangements.size() == 2);
  // The joint director: the placement (6 months) and the joint role.
  const AffectedPerson* jo = personIn(s, "P-0003");
  REQUIRE(jo);
  CHECK(jo->noticeMonths == 6);

  // Ended and terminated placements are not affected; the Stockport post is not.
  CHECK_FALSE(hasArrangement(s, "placement", "PL-007"));
  CHECK_FALSE(hasArrangement(s, "placement", "PL-008"));
  CHECK_FALSE(hasArrangement(s, "joint_post", "JP-001"));
  CHECK(hasArrangement(s, "single_manager_contract", "SM-001"));
  CHECK(hasArrangement(s, "single_manager_contract", "SM-002"));
  CHECK(hasArrangement(s, "joint_post", "JP-002"));
  CHECK(s.arrangements.size() == 12);

  // Posts hosted or shared under the agreement revert to their employer.
  bool sawMentalHealth = false, sawSingle = false;
  for (const auto& p : s.posts) {
    CHECK(p.post.rfind("BN-", 0) == 0);
    if (p.post == "BN-009") {
      sawMentalHealth = true;
      CHECK(p.host == "BNES");
      CHECK(p.revertsTo == "BCCG");
    }
    if (p.post == "BN-017" || p.post == "BN-032")
      FAIL("a single-employer post does not revert: " << p.post);
    sawSingle = sawSingle || p.post == "BN-038";
  }
  CHECK(sawMentalHealth);
  CHECK(sawSingle);

  // Recharges covering what stops stop too.
  for (const auto& r : s.recharges) CHECK(r.entity == "recharge_agreement");

  // JSON carries the same.
  auto doc = nlohmann::json::parse(exitScenarioJson(s));
  CHECK(doc["agreement"] == "BNES-S113-2013");
  CHECK(doc["people"].size() == s.people.size());
  CHECK(doc["posts"].size() == s.posts.size());
  CHECK(exitScenarioText(s).find("P-0020 Andy Thomas, contract C-0020: stays with BNES") !=
        std::string::npos);
}

TEST_CASE("exit scenario: Stockport's joint DASS / PCT chief executive stays with the council",
          "[arrangements][exit]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  ExitScenario s = buildExitScenario(t.reg(), "STOCKPORT-2009", Date(2011, 3, 31));
  REQUIRE(s.people.size() == 1);
  CHECK(s.people[0].person == "P-0037");
  CHECK(s.people[0].staysWith == "SMBC");
  CHECK(s.people[0].noticeMonths == 3);
  CHECK(s.people[0].noticeBy == Date(2010, 12, 31));
  REQUIRE(s.posts.size() == 1);
  CHECK(s.posts[0].post == "SK-001");
  CHECK(s.posts[0].revertsTo == "SMBC");
  CHECK(hasArrangement(s, "joint_post", "JP-001"));

  CHECK_THROWS_AS(buildExitScenario(t.reg(), "NO-SUCH", Date(2011, 3, 31)), NotFound);
  CHECK_THROWS_AS(buildExitScenario(t.reg(), "STOCKPORT-2009", Date(2009, 1, 1)), ValidationError);
}

TEST_CASE("the sample register holds arrangements of every kind", "[arrangements][demo]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  for (const EntityDef* def : arrangementEntities())
    CHECK(VersionStore(t.reg(), *def).countLive() >= 2);
  VersionStore placements(t.reg(), placementDef());
  auto partial = placements.latest("PL-005");
  REQUIRE(partial.has_value());
  CHECK(test::text(placementDef(), partial->fields, "share_of_time") == "40");
  CHECK(test::text(placementDef(), partial->fields, "kind") == "secondment");
  CHECK(partial->version == 6);  // proposed -> ... -> extended
  auto managers = VersionStore(t.reg(), singleManagerContractDef());
  CHECK(test::text(singleManagerContractDef(), managers.latest("SM-001")->fields, "route") ==
        "employ_and_subcontract");
  CHECK(test::text(singleManagerContractDef(), managers.latest("SM-002")->fields, "route") ==
        "secondment");
  auto dass = VersionStore(t.reg(), jointPostDef()).latest("JP-001");
  CHECK(test::text(jointPostDef(), dass->fields, "post") == "SK-001");
  CHECK(test::text(jointPostDef(), dass->fields, "holder_contract") == "C-0037");
  CHECK(test::text(jointPostDef(), dass->fields, "council_statutory_role") == "DASS");
  CHECK(test::text(jointPostDef(), dass->fields, "cost_share") == "SMBC:50;SPCT:50");
  // As at mid-2015 every kind is in force.
  auto inForce = arrangementsInForce(t.reg(), Date(2015, 6, 1));
  CHECK(inForce.placements.size() == 11);
  CHECK(inForce.singleManagerContracts.size() == 2);
  CHECK(inForce.jointPosts.size() == 2);
  // `check` finds no errors and lists the long secondment.
  CheckReport report = checkRegister(t.reg());
  CHECK(report.errors.empty());
  bool sawLong = false;
  for (const auto& w : report.warnings)
    sawLong = sawLong || w.find("placement PL-005: planned_end") == 0;
  CHECK(sawLong);
}

TEST_CASE("export -> import into an empty register -> export keeps every arrangement",
          "[arrangements][exchange]") {
  test::TestRegister source;
  buildDemoRegister(source.reg());
  fs::path first = test::tempPath("-arr1"), second = test::tempPath("-arr2");
  exportFolder(source.reg(), first.string());
  test::TestRegister copy;
  importFolder(copy.reg(), first.string());
  exportFolder(copy.reg(), second.string());
  for (const EntityDef* def : arrangementEntities()) {
    INFO(def->csvFile);
    std::string a = slurp(first / def->csvFile), b = slurp(second / def->csvFile);
    CHECK(std::count(a.begin(), a.end(), '\n') >= 3);
    CHECK(a == b);
  }
  CHECK(slurp(first / "placements.csv")
            .find("PL-005,secondment,C-0020,BNES,BCCG,BNES-S113-2013,40,,") != std::string::npos);
  fs::remove_all(first);
  fs::remove_all(second);
}
