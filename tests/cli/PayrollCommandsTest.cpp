// `payroll-import` and `reconcile` on the demo register, in-process. Tagged
// [postgresql] so cli.postgresql runs them there too.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/CliRun.h"
#include "domain/Catalog.h"
#include "storage/VersionStore.h"

using s113::test::cli;
using s113::test::DemoRegister;

namespace {

// Three of the CCG's people in an ESR-like extract for May 2015: Andrea
// Pearce paid 100.00 over 58,698 / 12, Ruth Gamble exact, one unknown number.
std::string writeExtract(const std::string& rows) {
  const std::string file = s113::test::tempPath(".csv");
  std::ofstream(file) << "Assignment Number,Employee Name,Period Start Date,Period End Date,Gross Pay,Assignment FTE\n"
                      << rows;
  return file;
}

const char* kMay =
    "20500009,Andrea Pearce,01-May-2015,31-May-2015,4991.50,1\n"
    "20500012,Ruth Gamble,01-May-2015,31-May-2015,3924.00,1\n"
    "20509999,Pat Nobody,01-May-2015,31-May-2015,2500.00,1\n";

std::size_t storedPay(const std::string& db) {
  auto reg = s113::Register::open(db, false);
  return s113::VersionStore(*reg, s113::payrollPayDef()).countLive();
}

}  // namespace

TEST_CASE("payroll-import previews, dry-runs and stores audited pay", "[cli][payroll][postgresql]") {
  DemoRegister demo;
  const std::string file = writeExtract(kMay);
  auto dry = cli({"payroll-import", demo.db, file, "--profile", "ESR-BCCG", "--dry-run"});
  REQUIRE(dry.status == 0);
  CHECK_THAT(dry.out, Catch::Contains("3 rows, 2 matched to contracts by staff number, 1 unmatched") &&
                          Catch::Contains("20509999  Pat Nobody  2500.00  -> no contract") &&
                          Catch::Contains("-> contract C-0009") && Catch::Contains("Dry run: nothing was stored"));
  CHECK(storedPay(demo.db) == 0);
  auto stored = cli({"payroll-import", demo.db, file, "--profile", "ESR-BCCG"});
  REQUIRE(stored.status == 0);
  CHECK_THAT(stored.out, Catch::Contains("3 pay rows stored"));
  CHECK(storedPay(demo.db) == 3);
  auto audit = cli({"audit", demo.db});
  CHECK_THAT(audit.out, Catch::Contains("BCCG/2015-05/20500009"));
  CHECK_THAT(cli({"payroll-import", demo.db, file, "--profile", "ESR-BCCG"}).out, Catch::Contains("0 pay rows stored"));
}

TEST_CASE("payroll-import refuses a bad extract and writes nothing", "[cli][payroll][postgresql]") {
  DemoRegister demo;
  const std::string file = writeExtract("20500009,Andrea Pearce,01-May-2015,30-May-2015,4991.50,1\n");
  auto run = cli({"payroll-import", demo.db, file, "--profile", "ESR-BCCG"});
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains(file + " row 2: column Period End Date: 2015-05-30 does not end the month"));
  CHECK(storedPay(demo.db) == 0);
  CHECK(cli({"payroll-import", demo.db, file, "--profile", "NOPE"}).status == 1);
}

TEST_CASE("reconcile lists the mismatches as text, csv and json", "[cli][payroll][postgresql]") {
  DemoRegister demo;
  const std::string file = writeExtract(kMay);
  auto text = cli({"reconcile", demo.db, "--payroll", file, "--profile", "ESR-BCCG"});
  REQUIRE(text.status == 0);
  CHECK_THAT(text.out, Catch::Contains("salary tolerance 0.00") &&
                           Catch::Contains("2015-05  salary_difference  20500009  C-0009  Andrea Pearce: paid 4991.50, "
                                           "the contract's annual salary / 12 is 4891.50") &&
                           Catch::Contains("2015-05  paid_without_contract  20509999  Pat Nobody"));
  auto json = nlohmann::json::parse(
      cli({"reconcile", demo.db, "--payroll", file, "--profile", "ESR-BCCG", "--format", "json"}).out);
  int salary = 0, noPay = 0;
  for (const auto& m : json["mismatches"]) {
    if (m["kind"] == "salary_difference") {
      ++salary;
      CHECK(m["difference"] == "100.00");
      CHECK(m["period_start"] == "2015-05-01");
    }
    if (m["kind"] == "contract_without_pay") ++noPay;
  }
  CHECK(salary == 1);
  CHECK(noPay == 10);  // the CCG's other ten contracts in force
  auto csv = cli({"reconcile", demo.db, "--payroll", file, "--profile", "ESR-BCCG", "--format", "csv"});
  CHECK_THAT(csv.out, Catch::StartsWith("kind,period_start,period_end,staff_number") &&
                          Catch::Contains("recharge_basis_difference,2015-05-01,2015-05-31,20500009,Andrea Pearce,C-0009,PL-001,RA-2013-MH,4991.50,4891.50,100.00"));
  CHECK(storedPay(demo.db) == 0);
}
