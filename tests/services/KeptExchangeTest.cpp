// Closes, true-ups and their kept lines in the exchange folder
// (docs/exchange-format.md, "Closed periods and true-ups"): exported and
// imported into an empty register they invoice the same to the penny; an
// import never alters what a register has closed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "domain/Errors.h"
#include "services/ClosedPeriods.h"
#include "services/Csv.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "services/Invoices.h"
#include "services/KeptExchange.h"
#include "services/KeptLines.h"
#include "services/PayrollImport.h"
#include "services/TrueUp.h"
#include "storage/KeptRechargeStore.h"
#include "support/TestRegister.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

// Kept lines as their every cell, and the close that kept each: what must
// survive an export and an import unchanged.
std::vector<std::vector<std::string>> cellsOf(const std::vector<KeptLine>& lines) {
  std::vector<std::vector<std::string>> out;
  for (const auto& kept : lines) {
    auto cells = keptCells(kept.line);
    cells.push_back(kept.through);
    out.push_back(std::move(cells));
  }
  return out;
}

const FinancialYear k2013(2013);

struct Folder {
  fs::path path;
  Folder() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("s113-kept-" + std::to_string(rd()));
  }
  ~Folder() { fs::remove_all(path); }
};

// 2013/14 closed through September, Mike Bowden's pay imported for the whole
// year and the year trued up.
void closeAndTrueUp(Register& reg) {
  closePeriods(reg, k2013, Date(2013, 6, 30));
  closePeriods(reg, k2013, Date(2013, 9, 30));
  PayrollExtract extract;
  extract.file = "itrent-2013-14.csv";
  extract.profile = loadPayrollProfile(reg, "ITRENT-BNES");
  for (int i = 0; i < 12; ++i) {
    const Date first = k2013.firstDay() + boost::gregorian::months(i);
    const Date last = first + boost::gregorian::months(1) - boost::gregorian::days(1);
    extract.rows.push_back({i + 2, "BN40007", "Mike Bowden", {first, last}, Pence(610000), boost::none});
  }
  storePayroll(reg, extract, std::vector<std::string>(12, "C-0007"));
  recordTrueUp(reg, k2013);
}

std::string contents(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> invoiceSummary(Register& reg) {
  std::vector<std::string> out;
  for (const auto& inv : invoicesOf(reg, k2013))
    out.push_back(inv.number + " " + inv.payer + "->" + inv.payee + " " + formatMoney(inv.totals.total) + " " +
                  inv.closedBy);
  return out;
}

}  // namespace

TEST_CASE("closes and true-ups survive export and import into an empty register", "[exchange][closed]") {
  test::TestRegister source;
  buildDemoRegister(source.reg());
  closeAndTrueUp(source.reg());
  Folder first, second;
  exportFolder(source.reg(), first.path.string());
  for (const auto& file : keptFiles()) REQUIRE(fs::exists(first.path / file));
  CHECK(readCsvText(contents(first.path / "recharge_closes.csv")).size() == 3);  // header + two closes
  CHECK(readCsvText(contents(first.path / "recharge_true_ups.csv")).size() == 2);

  test::TestRegister copy;
  importFolder(copy.reg(), first.path.string());
  KeptRechargeStore was(source.reg()), is(copy.reg());
  CHECK(is.closes(k2013).size() == 2);
  CHECK(is.closes(k2013).back().closedBy == was.closes(k2013).back().closedBy);
  REQUIRE(is.trueUp(k2013).has_value());
  CHECK(cellsOf(is.lines("closed", k2013.label())) == cellsOf(was.lines("closed", k2013.label())));
  CHECK(cellsOf(is.lines("true_up", k2013.label())) == cellsOf(was.lines("true_up", k2013.label())));
  CHECK(cellsOf(is.lines("true_up", k2013.next().label())) == cellsOf(was.lines("true_up", k2013.next().label())));
  CHECK(invoiceSummary(copy.reg()) == invoiceSummary(source.reg()));
  CHECK(!invoiceSummary(copy.reg()).empty());
  exportFolder(copy.reg(), second.path.string());
  for (const auto& file : keptFiles()) CHECK(contents(first.path / file) == contents(second.path / file));

  // The same files again: nothing added, nothing changed.
  const auto again = importFolder(copy.reg(), first.path.string());
  CHECK(again.created == 0);
  CHECK(is.closes(k2013).size() == 2);
}

TEST_CASE("an import never alters a closed period", "[exchange][closed]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  closeAndTrueUp(t.reg());
  Folder folder;
  exportFolder(t.reg(), folder.path.string());
  const auto before = cellsOf(KeptRechargeStore(t.reg()).lines("closed", k2013.label()));

  // One kept line's pay changed in the file: refused, naming the close.
  const fs::path lines = folder.path / "recharge_kept_lines.csv";
  auto rows = readCsvText(contents(lines));
  const auto pay = std::find(rows[0].begin(), rows[0].end(), "pay") - rows[0].begin();
  rows[1][static_cast<std::size_t>(pay)] = "1.00";
  {
    std::ofstream out(lines, std::ios::binary | std::ios::trunc);
    for (const auto& row : rows) writeCsvRow(out, row);
  }
  CHECK_THROWS_WITH(importFolder(t.reg(), folder.path.string()),
                    Catch::Contains("recharge_closes.csv row 2") && Catch::Contains("closed periods never change"));
  CHECK(cellsOf(KeptRechargeStore(t.reg()).lines("closed", k2013.label())) == before);

  // A line of no close in the files, and a bad cell: both named.
  rows[1][0] = "closed";
  rows[1][2] = "2013-12-31";
  rows[2][static_cast<std::size_t>(pay)] = "lots";
  const auto kind = std::find(rows[0].begin(), rows[0].end(), "line_kind") - rows[0].begin();
  const auto vat = std::find(rows[0].begin(), rows[0].end(), "vat_treatment") - rows[0].begin();
  rows[3][static_cast<std::size_t>(kind)] = "refund";
  rows[3][static_cast<std::size_t>(vat)] = "zero_rated_maybe";
  const auto days = std::find(rows[0].begin(), rows[0].end(), "days") - rows[0].begin();
  const auto adjustsStart = std::find(rows[0].begin(), rows[0].end(), "adjusts_start") - rows[0].begin();
  const auto adjustsEnd = std::find(rows[0].begin(), rows[0].end(), "adjusts_end") - rows[0].begin();
  rows[3][static_cast<std::size_t>(days)] = "3.5";
  REQUIRE(rows[2][static_cast<std::size_t>(adjustsStart)].empty());
  rows[2][static_cast<std::size_t>(adjustsEnd)] = "2013-05-31";  // the end of a period without its start
  {
    std::ofstream out(lines, std::ios::binary | std::ios::trunc);
    for (const auto& row : rows) writeCsvRow(out, row);
  }
  try {
    importFolder(t.reg(), folder.path.string());
    FAIL("accepted");
  } catch (const ValidationErrors& e) {
    std::string all;
    for (const auto& error : e.errors()) all += std::string(error.what()) + "\n";
    CHECK_THAT(all, Catch::Contains("recharge_kept_lines.csv row 2: column through: no close of 2013/14 through "
                                    "'2013-12-31'") &&
                        Catch::Contains("recharge_kept_lines.csv row 3: column pay:") &&
                        Catch::Contains("recharge_kept_lines.csv row 4: column line_kind: 'refund' is not a line kind") &&
                        Catch::Contains("recharge_kept_lines.csv row 4: column vat_treatment:") &&
                        Catch::Contains("recharge_kept_lines.csv row 4: column days: '3.5' is not a whole number") &&
                        Catch::Contains("recharge_kept_lines.csv row 3: column adjusts_start:"));
  }
  CHECK(KeptRechargeStore(t.reg()).closes(k2013).size() == 2);

  // A close outside its year is refused.
  std::ofstream(folder.path / "recharge_closes.csv", std::ios::trunc)
      << "year,through,closed_at,closed_by\n2014/15,2013-06-30,2013-07-02T09:00:00Z,finance\n";
  CHECK_THROWS_WITH(importFolder(t.reg(), folder.path.string()),
                    Catch::Contains("recharge_closes.csv row 2: column through: 2013-06-30 is not in 2014/15"));
}
