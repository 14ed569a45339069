// `close`, `recharges --adjustments`, `invoices` and `true-up` on the demo
// register, in-process. Tagged [postgresql] so cli.postgresql runs them there too.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "cli/CliRun.h"
#include "domain/Catalog.h"
#include "services/Csv.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"

using s113::test::cli;
using s113::test::DemoRegister;
namespace fs = std::filesystem;

namespace {

// C-0007's pay award of 75,000.00 back-dated to 1 May 2013.
void backDatedAward(const std::string& db) {
  auto reg = s113::Register::open(db, false);
  auto latest = s113::VersionStore(*reg, s113::contractDef()).latest("C-0007");
  REQUIRE(latest.has_value());
  s113::FieldValues fields = latest->fields;
  fields[s113::fieldIndex(s113::contractDef(), "annual_salary")] = s113::Pence(7500000);
  s113::RecordService(*reg).save({&s113::contractDef(), "C-0007", fields, latest->version, s113::Date(2013, 5, 1)});
}

}  // namespace

TEST_CASE("close keeps a quarter; a back-dated change is listed by recharges --adjustments",
          "[cli][closed][postgresql]") {
  DemoRegister demo;
  auto closed = cli({"close", demo.db, "--year", "2013/14", "--through", "2013-06-30"});
  REQUIRE(closed.status == 0);
  CHECK_THAT(closed.out, Catch::Contains("2013/14 closed through 2013-06-30"));
  CHECK(cli({"close", demo.db, "--year", "2013/14", "--through", "2013-06-30"}).status == 1);
  CHECK(cli({"close", demo.db, "--year", "2013/14", "--through", "30/06/2013"}).status == 2);
  auto none = cli({"recharges", demo.db, "--year", "2013/14", "--adjustments"});
  REQUIRE(none.status == 0);
  CHECK(s113::readCsvText(none.out).size() == 1);  // the header only

  backDatedAward(demo.db);
  auto adjusted = cli({"recharges", demo.db, "--year", "2013/14", "--adjustments"});
  REQUIRE(adjusted.status == 0);
  const auto rows = s113::readCsvText(adjusted.out);
  REQUIRE(rows.size() == 2);
  const auto& header = rows[0];
  auto at = [&](const std::string& column) {
    return rows[1].at(std::find(header.begin(), header.end(), column) - header.begin());
  };
  CHECK(at("agreement") == "RA-2013-ADULTS");
  CHECK(at("line_kind") == "adjustment");
  CHECK(at("period_start") == "2013-07-01");
  CHECK(at("adjusts_start") == "2013-04-01");
  CHECK(at("adjusts_end") == "2013-06-30");
  CHECK(at("pay") == "167.12");
  CHECK_THAT(at("cause"), Catch::Contains("contract C-0007 version 2 by"));
}

TEST_CASE("invoices writes a PDF and a journal; true-up reports missing pay", "[cli][closed][postgresql]") {
  DemoRegister demo;
  REQUIRE(cli({"close", demo.db, "--year", "2013/14", "--through", "2013-06-30"}).status == 0);
  const std::string pdf = s113::test::tempPath(".pdf"), journal = s113::test::tempPath(".csv");
  auto run = cli({"invoices", demo.db, "--year", "2013/14", "--out", pdf, "--journal", journal});
  REQUIRE(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("RI-2013/14-01-001"));
  CHECK(fs::file_size(pdf) > 1000);
  const auto rows = s113::readCsvText([&] {
    std::ifstream in(journal);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }());
  REQUIRE(rows.size() > 1);
  CHECK(rows[0].at(3) == "payer_cost_centre");
  CHECK(cli({"invoices", demo.db, "--year", "2013/14", "--out", "x.html"}).status == 2);
  fs::remove(pdf);
  fs::remove(journal);

  auto trueUp = cli({"true-up", demo.db, "--year", "2013/14", "--dry-run"});
  REQUIRE(trueUp.status == 0);
  CHECK_THAT(trueUp.out, Catch::Contains("RA-2013-ADULTS on C-0007: no true-up, no pay imported for 2013-04"));
  CHECK_THAT(trueUp.out, Catch::Contains("Dry run"));
}
