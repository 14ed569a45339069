// Finance exports of the recharge report: the XLSX holds real date cells
// (numbers in a date style) and money as numbers in a £ style, every line
// says what it covers and who held it, totals are per payer -> payee pair,
// and the program names the file after the year ("recharges-2013-14.xlsx").
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <regex>
#include <set>

#include "ReportFiles.h"
#include "recharge/Totals.h"
#include "reports/Catalogue.h"
#include "reports/Writers.h"
#include "services/Demo.h"
#include "services/RechargeService.h"
#include "support/TestRegister.h"

using namespace s113;
using namespace s113::reports;
namespace fs = std::filesystem;

namespace {

ReportDocument recharges2013(Register& reg) {
  ReportParams p;
  p.year = FinancialYear::parse("2013/14");
  return buildReport(reg, "recharges", p);
}

std::string unzipped(const std::string& xlsx, const std::string& member) {
  return test::commandOutput("unzip -p '" + xlsx + "' '" + member + "'");
}

// Indices of the cell styles whose number format is the given code.
std::set<std::string> stylesWithFormat(const std::string& stylesXml, const std::string& code) {
  std::smatch m;
  std::string id;
  const std::regex numFmt("<numFmt numFmtId=\"([0-9]+)\" formatCode=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(stylesXml.begin(), stylesXml.end(), numFmt);
       it != std::sregex_iterator(); ++it)
    if ((*it)[2] == code) id = (*it)[1];
  std::set<std::string> styles;
  if (id.empty()) return styles;
  const std::string xfs = stylesXml.substr(stylesXml.find("<cellXfs"));
  const std::regex xf("<xf numFmtId=\"([0-9]+)\"");
  int index = 0;
  for (auto it = std::sregex_iterator(xfs.begin(), xfs.end(), xf); it != std::sregex_iterator();
       ++it, ++index)
    if ((*it)[1] == id) styles.insert(std::to_string(index));
  return styles;
}

// The <c> element of one cell ("E2") of a sheet.
std::string cellXml(const std::string& sheetXml, const std::string& ref) {
  std::size_t at = sheetXml.find("<c r=\"" + ref + "\"");
  if (at == std::string::npos) return "";
  return sheetXml.substr(at, sheetXml.find("</c>", at) + 4 - at);
}

}  // namespace

TEST_CASE("the recharge XLSX has date cells, £ money cells and the covers of each line",
          "[reports][xlsx]") {
  REQUIRE(test::haveTool("unzip"));  // Debian unzip, installed by .ci/install-deps.sh
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const ReportDocument doc = recharges2013(t.reg());
  const Table* schedule = doc.table("schedule");
  REQUIRE(schedule);
  REQUIRE(schedule->columns.at(3).name == "Covers");
  REQUIRE(schedule->columns.at(4).name == "Period from");
  REQUIRE(schedule->columns.at(7).name == "Pay");
  const std::string xlsx = test::tempPath(".xlsx");
  writeXlsx(doc, xlsx);
  const std::string sheet = unzipped(xlsx, "xl/worksheets/sheet1.xml");  // the schedule
  const auto dateStyles = stylesWithFormat(unzipped(xlsx, "xl/styles.xml"), "dd/mm/yyyy");
  const auto moneyStyles = stylesWithFormat(unzipped(xlsx, "xl/styles.xml"), "\xC2\xA3#,##0.00");
  fs::remove(xlsx);
  REQUIRE(!dateStyles.empty());
  REQUIRE(!moneyStyles.empty());
  const std::regex numberCell("<c r=\"[A-Z]+[0-9]+\" s=\"([0-9]+)\"><v>([0-9.]+)</v></c>");
  for (std::size_t r = 0; r < schedule->rows.size(); ++r) {
    const std::string row = std::to_string(r + 2);
    INFO("row " << row);
    std::smatch m;
    for (const char* column : {"E", "F", "M"}) {  // period from, period to, invoice date
      const std::string cell = cellXml(sheet, column + row);
      REQUIRE(std::regex_match(cell, m, numberCell));  // a number, not a string cell
      CHECK(dateStyles.count(m[1]));
    }
    // The serial number is the day: 1 April 2013 is 41365 in the 1900 date system.
    const Date from = parseIsoDate(schedule->rows[r].at(4));
    const std::string fromCell = cellXml(sheet, "E" + row);
    REQUIRE(std::regex_match(fromCell, m, numberCell));
    CHECK(std::stol(m[2]) == (from - Date(1899, 12, 30)).days());
    const std::string pay = cellXml(sheet, "H" + row);
    REQUIRE(std::regex_match(pay, m, numberCell));
    CHECK(moneyStyles.count(m[1]));
    // A spreadsheet number is a double ("649.3200000000001"): the nearest penny is the figure.
    CHECK(std::llround(std::stod(m[2]) * 100) == parseMoney(schedule->rows[r].at(7)).value());
  }
  // Every line names what it covers and who held it: "post BN-007: Mike Bowden".
  bool sawBowden = false;
  for (const auto& row : schedule->rows) {
    CHECK(row.at(3).find(": ") != std::string::npos);
    sawBowden |= row.at(0) == "RA-2013-ADULTS" && row.at(3) == "post BN-007: Mike Bowden";
  }
  CHECK(sawBowden);
}

TEST_CASE("recharge totals are per payer and payee, never one total across pairs",
          "[reports][xlsx]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const ReportDocument doc = recharges2013(t.reg());
  const Schedule schedule = rechargeSchedule(t.reg(), FinancialYear::parse("2013/14"));
  for (const Table* table : doc.tables()) {
    INFO(table->id);
    CHECK(table->totals.empty());  // no grand total row anywhere
  }
  const Table* pairs = doc.table("pairs");
  REQUIRE(pairs);
  const auto byPair = totalsByPair(schedule.lines);
  REQUIRE(byPair.size() >= 2);
  REQUIRE(pairs->rows.size() == byPair.size());
  for (std::size_t i = 0; i < byPair.size(); ++i) {
    CHECK(pairs->rows[i].at(0) == byPair[i].payer);
    CHECK(pairs->rows[i].at(1) == byPair[i].payee);
    CHECK(parseMoney(pairs->rows[i].at(7)) == byPair[i].totals.total);
  }
}

TEST_CASE("the program names a recharge file after its financial year", "[reports][xlsx]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const ReportDocument doc = recharges2013(t.reg());
  CHECK(suggestedFileName(doc, "xlsx") == "recharges-2013-14.xlsx");
  CHECK(suggestedFileName(doc, "pdf") == "recharges-2013-14.pdf");
  // The recharge view's export: the year's name, the chosen format's extension.
  CHECK(rechargeFileName(FinancialYear::parse("2013/14"), "xlsx") == "recharges-2013-14.xlsx");
  CHECK(rechargeFileName(FinancialYear::parse("2013/14"), "csv") == "recharges-2013-14.csv");
  CHECK(withExtension("out/recharges-2013-14.xlsx", "csv") == "out/recharges-2013-14.csv");
  CHECK(withExtension("out/recharges-2013-14.csv", "csv") == "out/recharges-2013-14.csv");
  CHECK(withExtension("out/recharges", "xlsx") == "out/recharges.xlsx");
  ReportParams p;
  p.year = FinancialYear::parse("2013/14");
  const fs::path dir = test::tempPath("-all");
  const auto files = writeAllReports(t.reg(), dir.string(), p);
  CHECK(std::find(files.begin(), files.end(), (dir / "recharges-2013-14.xlsx").string()) !=
        files.end());
  fs::remove_all(dir);
}
