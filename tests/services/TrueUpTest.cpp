// The year-end true-up (docs/money.md, "True-up"): an actual-cost agreement's
// estimate from the register against the pay imported, to the penny.
#include <catch2/catch.hpp>

#include "domain/Errors.h"
#include "recharge/Totals.h"
#include "services/ClosedPeriods.h"
#include "services/Demo.h"
#include "services/PayrollImport.h"
#include "services/TrueUp.h"
#include "support/TestRegister.h"

using namespace s113;

namespace {

const FinancialYear k2013(2013);

// The council's payroll paying Mike Bowden (C-0007, BN40007) `gross` in
// every month of 2013/14 but `lastMonth` in March.
void importYearOfPay(Register& reg, Pence gross, Pence lastMonth) {
  PayrollExtract extract;
  extract.file = "itrent-2013-14.csv";
  extract.profile = loadPayrollProfile(reg, "ITRENT-BNES");
  for (int i = 0; i < 12; ++i) {
    const Date first = k2013.firstDay() + boost::gregorian::months(i);
    const Date last = first + boost::gregorian::months(1) - boost::gregorian::days(1);
    extract.rows.push_back({i + 2, "BN40007", "Mike Bowden", {first, last}, i == 11 ? lastMonth : gross, boost::none});
  }
  REQUIRE(storePayroll(reg, extract, std::vector<std::string>(12, "C-0007")) == 12);
}

const TrueUpRow* rowOf(const TrueUpResult& r, const std::string& agreement) {
  for (const auto& row : r.rows)
    if (row.agreement == agreement) return &row;
  return nullptr;
}

}  // namespace

TEST_CASE("a true-up for a year equals actual minus estimate to the penny", "[trueup]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  // RA-2013-ADULTS: the CCG pays 40% of C-0007 (72,500.00 a year), itemised
  // on-costs (13.4% pension), invoiced quarterly, VAT standard.
  const TrueUpRow* missing = rowOf(computeTrueUp(t.reg(), k2013), "RA-2013-ADULTS");
  REQUIRE(missing != nullptr);
  CHECK(missing->missingMonths.size() == 12);
  CHECK(!missing->line.has_value());

  importYearOfPay(t.reg(), Pence(610000), Pence(650033));  // 6,100.00 a month, 6,500.33 in March
  const TrueUpResult result = computeTrueUp(t.reg(), k2013);
  const TrueUpRow* row = rowOf(result, "RA-2013-ADULTS");
  REQUIRE(row != nullptr);
  CHECK(row->missingMonths.empty());
  REQUIRE(row->line.has_value());

  // The estimate: what the schedule invoices for the year, £72,500 x 40% exactly.
  Pence estimatePay{0}, estimateNi{0}, estimatePension{0};
  for (const auto& l : invoicedSchedule(t.reg(), k2013).lines)
    if (l.agreementKey == "RA-2013-ADULTS") {
      estimatePay += l.pay;
      estimateNi += l.onCostItems.employerNi;
      estimatePension += l.onCostItems.pension;
    }
  CHECK(estimatePay == Pence(2900000));
  // The actual, computed here from the pay: 40% of 11 x 6,100.00 + 6,500.33
  // = 29,440.132 -> 29,440.13; pension 13.4% of that exact pay; NI at 13.8%
  // over 7,696 / 12 each month (2013/14's rates on every pay day).
  const Pence actualPay{2944013};
  const Pence actualPension(mulDivRoundHalfUp(11 * 610000 + 650033, 4 * 134, 10 * 1000));  // exact x 40% x 13.4%
  const Pence monthlyThreshold12{769600};  // x 12 in the numerator below
  const Pence actualNi(mulDivRoundHalfUp(12 * (11 * 610000 + 650033) - 12 * monthlyThreshold12.value(), 138 * 4,
                                           1000 * 10 * 12));
  CHECK(row->actual.pay == actualPay);
  CHECK(row->actual.onCosts.pension == actualPension);
  CHECK(row->actual.onCosts.employerNi == actualNi);
  const ScheduleLine& line = *row->line;
  CHECK(line.kind == LineKind::TrueUp);
  CHECK(line.pay == actualPay - estimatePay);
  CHECK(line.onCostItems.pension == actualPension - estimatePension);
  CHECK(line.onCostItems.employerNi == actualNi - estimateNi);
  CHECK(line.vat == vatOn(line.net, VatTreatment::Standard));
  CHECK(line.period.first == Date(2014, 1, 1));  // the year's last quarter
  CHECK(line.period.last == Date(2014, 3, 31));

  // Recorded, it is shown like any other line, and the year then charges the actual.
  recordTrueUp(t.reg(), k2013);
  CHECK_THROWS_AS(recordTrueUp(t.reg(), k2013), Conflict);
  Pence invoicedPay{0}, invoicedNi{0};
  int trueUps = 0;
  for (const auto& l : invoicedSchedule(t.reg(), k2013).lines)
    if (l.agreementKey == "RA-2013-ADULTS") {
      invoicedPay += l.pay;
      invoicedNi += l.onCostItems.employerNi;
      trueUps += l.kind == LineKind::TrueUp;
    }
  CHECK(trueUps == 1);
  CHECK(invoicedPay == actualPay);
  CHECK(invoicedNi == actualNi);
}

TEST_CASE("a true-up of a closed year is invoiced in the next year's first open period", "[trueup]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  importYearOfPay(t.reg(), Pence(610000), Pence(610000));
  closePeriods(t.reg(), k2013, k2013.lastDay());
  recordTrueUp(t.reg(), k2013);
  std::vector<ScheduleLine> shown;
  for (const auto& l : invoicedSchedule(t.reg(), k2013.next()).lines)
    if (l.kind == LineKind::TrueUp) shown.push_back(l);
  REQUIRE(shown.size() == 1);
  CHECK(shown.front().agreementKey == "RA-2013-ADULTS");
  CHECK(shown.front().period.first == Date(2014, 4, 1));
  CHECK(shown.front().pay == Pence(12 * 244000 - 2900000));
}
