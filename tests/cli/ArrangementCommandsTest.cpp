// `s113reg-cli placement`, `dispute`, `arrangements` and `exit`, driven
// in-process on the demo register. Tagged [postgresql] so cli.postgresql
// runs them there too.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/FieldsByName.h"
#include "cli/CliRun.h"
#include "domain/Arrangements.h"
#include "storage/AuditStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using s113::test::cli;
using s113::test::Run;

namespace {

struct DemoRegister : s113::test::DemoRegister {
  int version(const std::string& placement) {
    return s113::VersionStore(reg.reg(), s113::placementDef()).latest(placement)->version;
  }
};

}  // namespace

TEST_CASE("placement --status moves a placement along its lifecycle, audited",
          "[cli][arrangements][postgresql]") {
  DemoRegister demo;
  Run run = cli({"placement", demo.db, "PL-005", "--status", "review_due", "--on", "2016-03-01"});
  CHECK(run.status == 0);
  CHECK(run.out == "placement PL-005: extended -> review_due from 2016-03-01 (version 7).\n");
  run = cli({"placement", demo.db, "PL-005", "--status", "ended", "--on", "2017-03-31",
             "--expect-version", "7"});
  CHECK(run.status == 0);
  auto latest = s113::VersionStore(demo.reg.reg(), s113::placementDef()).latest("PL-005");
  CHECK(s113::choiceIn(s113::placementDef(), latest->fields, "status") == "ended");
  CHECK(s113::test::text(s113::placementDef(), latest->fields, "ended_on") == "2017-03-31");
  bool audited = false;
  for (const auto& e : s113::AuditStore(demo.reg.reg())
                           .list(boost::none, std::string("placement"), std::string("PL-005")))
    audited = audited || (e.version == 8 && e.field == "status" && e.oldValue == "review_due" &&
                          e.newValue == "ended");
  CHECK(audited);
  Run audit = cli({"audit", demo.db});
  CHECK(audit.out.find("placement\tPL-005\tv8\tstatus\treview_due\tended") != std::string::npos);
}

TEST_CASE("placement refusals exit 1 naming the record and field, writing nothing",
          "[cli][arrangements][postgresql]") {
  DemoRegister demo;
  const int before = demo.version("PL-001");
  Run run = cli({"placement", demo.db, "PL-001", "--status", "proposed"});
  CHECK(run.status == 1);
  CHECK(run.err.find("placement PL-001: status: cannot move from active to proposed") !=
        std::string::npos);
  CHECK(run.err.find("nothing was written") != std::string::npos);
  run = cli({"placement", demo.db, "PL-001", "--status", "terminated", "--on", "2016-01-01"});
  CHECK(run.status == 1);
  CHECK(run.err.find(
            "placement PL-001: termination_reason: a terminated placement needs the reason") !=
        std::string::npos);
  run = cli({"placement", demo.db, "PL-001", "--status", "review_due", "--expect-version", "9"});
  CHECK(run.status == 1);
  CHECK(run.err.find("is at version 1, not 9") != std::string::npos);
  CHECK(demo.version("PL-001") == before);
  // Usage errors exit 2.
  CHECK(cli({"placement", demo.db, "PL-001", "--status", "review_due", "--on", "01/01/2016"})
            .status == 2);
  CHECK(cli({"placement", demo.db, "PL-001"}).status == 2);
  CHECK(cli({"placement", demo.db, "NO-SUCH", "--status", "agreed"}).status == 1);
}

TEST_CASE("dispute --escalate moves one stage at a time", "[cli][arrangements][postgresql]") {
  DemoRegister demo;
  Run run = cli({"dispute", demo.db, "DP-002", "--escalate", "--on", "2016-03-01"});
  CHECK(run.status == 0);
  CHECK(run.out.find("stage joint_committee") != std::string::npos);
  CHECK(cli({"dispute", demo.db, "DP-002", "--escalate", "--on", "2016-04-01"}).status == 0);
  CHECK(cli({"dispute", demo.db, "DP-002", "--escalate", "--on", "2016-05-01"}).status == 0);
  run = cli({"dispute", demo.db, "DP-002", "--escalate"});
  CHECK(run.status == 1);
  CHECK(run.err.find("dispute DP-002: stage: is at arbitration: there is no further stage") !=
        std::string::npos);
  CHECK(cli({"dispute", demo.db, "DP-002", "--resolve", "Arbitrator set the fee at 30000.00",
             "--on", "2016-06-01"})
            .status == 0);
  CHECK(cli({"dispute", demo.db, "DP-002"}).status == 2);
}

TEST_CASE("arrangements --as-at lists what was in force on a date",
          "[cli][arrangements][postgresql]") {
  DemoRegister demo;
  Run before = cli({"arrangements", demo.db, "--as-at", "2009-01-01"});
  CHECK(before.status == 0);
  CHECK(before.out == "Arrangements in force on 2009-01-01\n");
  Run during = cli({"arrangements", demo.db, "--as-at", "2015-06-01"});
  CHECK(during.out.find("placement PL-007\tC-0029\tBNES -> BCCG\t100%\tsecondment\tactive") !=
        std::string::npos);
  CHECK(during.out.find("joint_post JP-001\tSK-001") != std::string::npos);
  Run after = cli({"arrangements", demo.db, "--as-at", "2016-06-01"});
  CHECK(after.out.find("PL-007") == std::string::npos);
}

TEST_CASE("exit --agreement --on gives the exit scenario as text and JSON",
          "[cli][arrangements][postgresql]") {
  DemoRegister demo;
  Run text = cli({"exit", demo.db, "--agreement", "BNES-S113-2013", "--on", "2016-09-30"});
  CHECK(text.status == 0);
  CHECK(text.out.find("People affected (10)") != std::string::npos);
  CHECK(text.out.find("P-0020 Andy Thomas, contract C-0020: stays with BNES") != std::string::npos);
  Run json = cli(
      {"exit", demo.db, "--agreement", "STOCKPORT-2009", "--on", "2011-03-31", "--format", "json"});
  REQUIRE(json.status == 0);
  auto doc = nlohmann::json::parse(json.out);
  REQUIRE(doc["people"].size() == 1);
  CHECK(doc["people"][0]["stays_with"] == "SMBC");
  CHECK(doc["people"][0]["notice_by"] == "2010-12-31");
  CHECK(doc["posts"][0]["reverts_to"] == "SMBC");
  CHECK(cli({"exit", demo.db, "--agreement", "NO-SUCH", "--on", "2016-09-30"}).status == 1);
  CHECK(cli({"exit", demo.db, "--agreement", "BNES-S113-2013", "--on", "2016-09-30", "--format",
             "xml"})
            .status == 2);
  CHECK(cli({"exit", demo.db, "--agreement", "BNES-S113-2013"}).status == 2);
}
