// Period amounts are differences of the cumulative amount rounded once, so a
// stretch's periods add up to the stretch rounded once (issue: £50,000 x 40%
// quarterly came to £20,000.01; £77,210 x 50% monthly to £38,604.98).
#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "recharge/PartPeriod.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

namespace {

const std::vector<InvoiceFrequency> kFrequencies = {
    InvoiceFrequency::Monthly, InvoiceFrequency::Quarterly, InvoiceFrequency::Annual};
const std::vector<PartPeriodMethod> kMethods = {
    PartPeriodMethod::CalendarDay, PartPeriodMethod::Monthly, PartPeriodMethod::WorkingDay};

Totals yearOf(RechargeTerms t, InvoiceFrequency f, PartPeriodMethod m, int year) {
  t.frequency = f;
  t.partPeriod = m;
  return totalOf(schedule({t}, FinancialYear(year), defaultNiRates()).lines);
}

}  // namespace

TEST_CASE("£50,000 x 40% invoiced quarterly in 2013/14 is £20,000.00", "[recharge][cumulative]") {
  RechargeTerms t = actualCost("RA-40", Pence(5000000), d(2013, 4, 1));
  t.shareBp = BasisPoints(4000);
  t.frequency = InvoiceFrequency::Quarterly;
  const Schedule s = schedule({t}, FinancialYear(2013), NiRateTable());
  REQUIRE(s.lines.size() == 4);
  // 91, 92, 92, 90 days of 365: 4,986.30 / 5,041.10 / 5,041.10 / 4,931.51 if
  // each quarter were rounded alone (£20,000.01); cumulatively rounded:
  CHECK(s.lines[0].pay == Pence(498630));  // round(4,986.3014)
  CHECK(s.lines[1].pay == Pence(504110));  // round(10,027.3973) - 4,986.30
  CHECK(s.lines[2].pay == Pence(504109));  // round(15,068.4932) - 10,027.40
  CHECK(s.lines[3].pay == Pence(493151));  // 20,000.00 - 15,068.49
  CHECK(totalOf(s.lines).pay == Pence(2000000));
  for (auto m : kMethods) CHECK(yearOf(t, InvoiceFrequency::Quarterly, m, 2013).pay == Pence(2000000));
}

TEST_CASE("£77,210 x 50% invoiced monthly is £38,605.00", "[recharge][cumulative]") {
  RechargeTerms t = actualCost("RA-50", Pence(7721000), d(2013, 4, 1));
  t.shareBp = BasisPoints(5000);
  for (auto m : kMethods)
    for (int year : {2013, 2015, 2023}) {  // 2015/16 and 2023/24 hold a 29 February
      INFO(toString(m) << " " << year);
      CHECK(yearOf(t, InvoiceFrequency::Monthly, m, year).pay == Pence(3860500));
    }
}

TEST_CASE("every frequency and part-period method adds up to the stretch rounded once",
          "[recharge][cumulative]") {
  // A part year with a pay award, itemised on-costs and a 37.5% share.
  RechargeTerms t = actualCost("RA-ANY", Pence(3333333), d(2024, 5, 17), d(2025, 2, 11));
  t.shareBp = BasisPoints(3750);
  t.payChanges = {{d(2024, 9, 1), Pence(3456789)}};
  t.onCosts = OnCosts::itemised(BasisPoints(1937), BasisPoints(50));
  for (auto f : kFrequencies)
    for (auto m : kMethods) {
      INFO(toString(f) << " " << toString(m));
      RechargeTerms annual = t;
      annual.frequency = InvoiceFrequency::Annual;
      annual.partPeriod = m;
      const auto whole = schedule({annual}, FinancialYear(2024), defaultNiRates()).lines.at(0);
      const Totals sum = yearOf(t, f, m, 2024);
      CHECK(sum.pay == whole.pay);
      CHECK(sum.onCosts == whole.onCosts);
      RechargeTerms periodic = t;
      periodic.frequency = f;
      periodic.partPeriod = m;
      OnCostAmounts items;
      for (const auto& line : schedule({periodic}, FinancialYear(2024), defaultNiRates()).lines) {
        items.employerNi += line.onCostItems.employerNi;
        items.pension += line.onCostItems.pension;
        items.apprenticeshipLevy += line.onCostItems.apprenticeshipLevy;
        CHECK(line.pay >= Pence(0));
      }
      CHECK(items.employerNi == whole.onCostItems.employerNi);
      CHECK(items.pension == whole.onCostItems.pension);
      CHECK(items.apprenticeshipLevy == whole.onCostItems.apprenticeshipLevy);
    }
}

TEST_CASE("on-cost items of a whole year are each the annual figure rounded once",
          "[recharge][cumulative]") {
  // £77,210 x 50% in 2025/26 with 20% pension and the 0.5% levy, monthly:
  // NI 15% x (77,210 - 5,000) x 50% = £5,415.75; pension 20% x 38,605 =
  // £7,721.00; levy 0.5% x 38,605 = 193.025 -> £193.03.
  RechargeTerms t = actualCost("RA-OC", Pence(7721000), d(2025, 4, 1));
  t.shareBp = BasisPoints(5000);
  t.onCosts = OnCosts::itemised(BasisPoints(2000));
  const auto lines = schedule({t}, FinancialYear(2025), defaultNiRates()).lines;
  REQUIRE(lines.size() == 12);
  OnCostAmounts sum;
  for (const auto& line : lines) {
    sum.employerNi += line.onCostItems.employerNi;
    sum.pension += line.onCostItems.pension;
    sum.apprenticeshipLevy += line.onCostItems.apprenticeshipLevy;
  }
  CHECK(sum.employerNi == Pence(541575));
  CHECK(sum.pension == Pence(772100));
  CHECK(sum.apprenticeshipLevy == Pence(19303));
  // Flat on-costs likewise: 28% of £38,605.00 = £10,809.40.
  t.onCosts = OnCosts::flat(BasisPoints(2800));
  t.partPeriod = PartPeriodMethod::WorkingDay;
  CHECK(yearOf(t, InvoiceFrequency::Monthly, PartPeriodMethod::WorkingDay, 2025).onCosts ==
        Pence(1080940));
}
