// Employer NI as payroll charges it: month by month, at the rates in force on
// the month's pay day, with the monthly threshold (annual / 12).
#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "recharge/LineCosting.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

namespace {

RechargeTerms salary25k() {
  RechargeTerms t = actualCost("RA-NI", Pence(2500000), d(2025, 4, 1));
  t.onCosts = OnCosts::itemised(BasisPoints(0), BasisPoints(0));  // employer NI only
  return t;
}

Pence niOfYear(const RechargeTerms& t) {
  Pence ni{};
  for (const auto& line : schedule({t}, FinancialYear(2025), defaultNiRates()).lines)
    ni += line.onCostItems.employerNi;
  return ni;
}

}  // namespace

TEST_CASE("2025/26: £25,000 a year costs £3,000.00 employer NI", "[recharge][payday]") {
  // April's pay is paid on 30 April, after 6 April: 15% over £5,000 / 12 for
  // every month: 15% x (2,083.33 - 416.67) = £250.00 a month. Spreading by day
  // (1-5 April at 13.8% over £9,100) gave £2,988.96.
  RechargeTerms t = salary25k();
  const auto lines = schedule({t}, FinancialYear(2025), defaultNiRates()).lines;
  REQUIRE(lines.size() == 12);
  for (const auto& line : lines) CHECK(line.onCostItems.employerNi == Pence(25000));
  CHECK(niOfYear(t) == Pence(300000));
  for (auto method : {PartPeriodMethod::Monthly, PartPeriodMethod::WorkingDay}) {
    t.partPeriod = method;
    CHECK(niOfYear(t) == Pence(300000));
  }
}

TEST_CASE("quarterly and annual invoicing sum the months", "[recharge][payday]") {
  RechargeTerms t = salary25k();
  t.frequency = InvoiceFrequency::Quarterly;
  const auto quarters = schedule({t}, FinancialYear(2025), defaultNiRates()).lines;
  REQUIRE(quarters.size() == 4);
  for (const auto& q : quarters) CHECK(q.onCostItems.employerNi == Pence(75000));
  t.frequency = InvoiceFrequency::Annual;
  CHECK(niOfYear(t) == Pence(300000));
}

TEST_CASE("a pay day before 6 April charges April at the old tax year's rates",
          "[recharge][payday]") {
  RechargeTerms t = salary25k();
  t.payDay = 5;
  const auto lines = schedule({t}, FinancialYear(2025), defaultNiRates()).lines;
  // 13.8% x (2,083.33 - 9,100 / 12) = 13.8% x 1,325.00 = £182.85
  CHECK(lines.at(0).onCostItems.employerNi == Pence(18285));
  CHECK(lines.at(1).onCostItems.employerNi == Pence(25000));
  CHECK(niOfYear(t) == Pence(18285) + Pence(11) * 25000);
}

TEST_CASE("a part month bears its part of the month's NI", "[recharge][payday]") {
  RechargeTerms t = salary25k();
  t.start = d(2025, 4, 16);  // 15 of April's 30 days
  CHECK(schedule({t}, FinancialYear(2025), defaultNiRates()).lines.at(0).onCostItems.employerNi ==
        Pence(12500));
  t.shareBp = BasisPoints(4000);  // and the payer its share of that
  CHECK(schedule({t}, FinancialYear(2025), defaultNiRates()).lines.at(0).onCostItems.employerNi ==
        Pence(5000));
}

TEST_CASE("the pay day is the month's last day unless the agreement names one",
          "[recharge][payday]") {
  CHECK(detail::payDayOfMonth(d(2024, 2, 3), 0) == d(2024, 2, 29));
  CHECK(detail::payDayOfMonth(d(2025, 4, 1), 0) == d(2025, 4, 30));
  CHECK(detail::payDayOfMonth(d(2025, 4, 30), 15) == d(2025, 4, 15));
  CHECK(detail::payDayOfMonth(d(2025, 2, 1), 31) == d(2025, 2, 28));  // capped at the month's end
}
