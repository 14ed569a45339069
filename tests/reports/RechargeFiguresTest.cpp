// One set of figures: the recharge report for the year chosen agrees to the
// penny with `recharges --by pair` for that year (services/RechargeTables.h,
// the table that command prints), whatever as-at date the report is asked with.
#include <catch2/catch.hpp>

#include "recharge/Netting.h"
#include "reports/Catalogue.h"
#include "domain/RechargeCatalog.h"
#include "services/Demo.h"
#include "services/RecordService.h"
#include "services/RechargeService.h"
#include "services/RechargeTables.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;

TEST_CASE("the recharge report for the year picked equals recharges --by pair for that year",
          "[reports][recharges]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const FinancialYear year = FinancialYear::parse("2013/14");
  const Date asAt(2013, 6, 30);  // the window's as-at date, early in the year
  // Read as at that date the register holds fewer agreements: following it gave other totals.
  REQUIRE(totalOf(rechargeSchedule(t.reg(), year, asAt).lines).total !=
          totalOf(rechargeSchedule(t.reg(), year).lines).total);

  reports::ReportParams p;
  p.year = year;
  p.asAt = asAt;
  const reports::ReportDocument doc = reports::buildReport(t.reg(), "recharges", p);
  CHECK(doc.fact("year") == "2013/14");
  const reports::Table* pairs = doc.table("pairs");
  REQUIRE(pairs);
  const s113::Table command = schedulePairsTable(rechargeSchedule(t.reg(), year));
  REQUIRE(!command.rows.empty());
  REQUIRE(pairs->rows.size() == command.rows.size());
  for (std::size_t r = 0; r < command.rows.size(); ++r) {
    REQUIRE(pairs->rows[r].size() == command.rows[r].size());
    for (std::size_t c = 0; c < command.rows[r].size(); ++c) {
      INFO(command.columns.at(c) << " of row " << r);
      CHECK(pairs->rows[r][c] == command.rows[r][c].text);
    }
  }
  // The year, not the as-at date, chooses the schedule: another as-at, the same figures.
  p.asAt = Date(2016, 3, 31);
  CHECK(reports::buildReport(t.reg(), "recharges", p).table("pairs")->rows == pairs->rows);
}

TEST_CASE("the recharge report's schedule rows add up to its pair totals with a shared cost",
          "[reports][recharges]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  // A shared cost the council incurs and bears 60% of: its own part is shown, never invoiced.
  const Record shared = {{"payee", "BNES"},          {"split_by", "percentage"},
                         {"parts", "BNES:60;BCCG:40"}, {"covers_kind", "other"},
                         {"description", "Shared training team"}, {"basis", "fixed_annual"},
                         {"fixed_annual", "10000.00"}, {"on_costs", "none"},
                         {"part_period", "calendar_day"}, {"frequency", "quarterly"},
                         {"vat", "outside_scope"},    {"vat_confirmed", "true"},
                         {"netting_allowed", "true"}, {"start_date", "2013-04-01"}};
  RecordService(t.reg()).save(test::textEdit(costSharingAgreementDef(), "CS-TRAINING", shared, 0, Date(2013, 4, 1)));
  reports::ReportParams p;
  p.year = FinancialYear(2013);
  const reports::ReportDocument doc = reports::buildReport(t.reg(), "recharges", p);
  const reports::Table* lines = doc.table("schedule");
  const reports::Table* own = doc.table("own-parts");
  const reports::Table* pairs = doc.table("pairs");
  REQUIRE(lines);
  REQUIRE(own);
  REQUIRE(pairs);
  CHECK(own->rows.size() == 4);  // the council's part, four quarters
  for (const auto& row : own->rows) CHECK(row.at(1) == "BNES");
  for (const auto& pair : pairs->rows) {
    Pence listed{0};
    for (const auto& row : lines->rows)
      if (row.at(1) == pair.at(0) && row.at(2) == pair.at(1)) listed += parseMoney(row.at(11));
    INFO(pair.at(0) << " -> " << pair.at(1));
    CHECK(listed == parseMoney(pair.at(7)));
  }
}
