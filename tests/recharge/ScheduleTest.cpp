#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "domain/Errors.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

TEST_CASE("each line is rounded once from its exact value", "[recharge][schedule]") {
  // £60,000 a year by calendar day, invoiced monthly in 2023/24 (366 days).
  const Schedule s =
      schedule({actualCost("RA-1", Pence(6000000), d(2023, 4, 1))}, FinancialYear(2023), NiRateTable());
  REQUIRE(s.lines.size() == 12);
  // April: 60,000 x 30/366 = 4,918.0328 -> £4,918.03, not 30 x round(163.9344) = £4,917.90.
  CHECK(s.lines[0].pay == Pence(491803));
  CHECK(s.lines[1].pay == Pence(508197));   // May, 31 days
  CHECK(s.lines[10].pay == Pence(475410));  // February 2024, 29 days
  CHECK(s.lines[10].daysActive == 29);
  // The months are differences of the cumulative amount rounded once, so the
  // year is exactly £60,000.00 (twelve separately rounded months: £60,000.01).
  CHECK(totalOf(s.lines).pay == Pence(6000000));
}

TEST_CASE("an agreement spanning two financial years", "[recharge][schedule]") {
  // £36,500 a year from 1 January to 30 June 2024, invoiced quarterly.
  RechargeTerms t = actualCost("RA-SPAN", Pence(3650000), d(2024, 1, 1), d(2024, 6, 30));
  t.frequency = InvoiceFrequency::Quarterly;
  const Schedule earlier = schedule({t}, FinancialYear(2023), NiRateTable());
  const Schedule later = schedule({t}, FinancialYear(2024), NiRateTable());
  REQUIRE(earlier.lines.size() == 1);
  REQUIRE(later.lines.size() == 1);
  // Jan-Mar 2024: 91 days of a 366-day year: 36,500 x 91/366 = 9,075.1366 -> £9,075.14
  CHECK(earlier.lines[0].pay == Pence(907514));
  CHECK(earlier.lines[0].daysActive == 91);
  // Apr-Jun 2024: 91 days of a 365-day year: exactly £9,100.00
  CHECK(later.lines[0].pay == Pence(910000));
  CHECK(schedule({t}, FinancialYear(2022), NiRateTable()).lines.empty());
  CHECK(schedule({t}, FinancialYear(2025), NiRateTable()).lines.empty());
}

TEST_CASE("a pay change mid-period splits the slice by date", "[recharge][schedule]") {
  // £30,000, rising to £31,500 from 1 September 2024; quarter Jul-Sep 2024.
  RechargeTerms t = actualCost("RA-PAY", Pence(3000000), d(2024, 4, 1));
  t.payChanges = {{d(2024, 9, 1), Pence(3150000)}};
  t.frequency = InvoiceFrequency::Quarterly;
  auto q2 = [&](PartPeriodMethod m) {
    t.partPeriod = m;
    return schedule({t}, FinancialYear(2024), NiRateTable()).lines[1].pay;
  };
  // (62 x 30,000 + 30 x 31,500) / 365 = 7,684.9315 -> £7,684.93
  CHECK(q2(PartPeriodMethod::CalendarDay) == Pence(768493));
  // 2 x 2,500 + 2,625 = £7,625.00
  CHECK(q2(PartPeriodMethod::Monthly) == Pence(762500));
  // (45 x 30,000 + 21 x 31,500) / 261 weekdays = 7,706.8966 -> £7,706.90
  CHECK(q2(PartPeriodMethod::WorkingDay) == Pence(770690));
}

TEST_CASE("employer NI changes at the 2024/25 -> 2025/26 boundary (6 April)",
          "[recharge][schedule][ni]") {
  RechargeTerms t = actualCost("RA-NI", Pence(6000000), d(2025, 4, 1));
  t.onCosts = OnCosts::itemised(BasisPoints(2000));  // NI + 20% pension + 0.5% levy
  const Schedule s = schedule({t}, FinancialYear(2025), defaultNiRates());
  const ScheduleLine& april = s.lines.at(0);
  // Pay: 60,000 x 30/365 = 4,931.5068 -> £4,931.51
  CHECK(april.pay == Pence(493151));
  // NI: April's pay day (30 April) is after 6 April, so 15% over £5,000 / 12:
  // 15% x (5,000.00 - 416.67) = £687.50
  CHECK(april.onCostItems.employerNi == Pence(68750));
  CHECK(april.onCostItems.pension == Pence(98630));            // 20% of 4,931.5068 = 986.3014
  CHECK(april.onCostItems.apprenticeshipLevy == Pence(2466));  // 0.5% = 24.6575
  CHECK(april.onCosts == Pence(68750) + Pence(98630) + Pence(2466));
  CHECK(april.net == Pence(493151) + Pence(169846));
  CHECK(april.total == april.net);  // outside the scope of VAT
  CHECK(s.lines.at(1).onCostItems.employerNi == Pence(68750));
}

TEST_CASE("an NI row starting mid financial year takes over from its first pay day",
          "[recharge][schedule][ni]") {
  const NiRateTable table({{d(2023, 4, 6), BasisPoints(1380), Pence(910000)},
                           {d(2024, 11, 15), BasisPoints(1450), Pence(950000)}});
  RechargeTerms t = actualCost("RA-NI2", Pence(4500000), d(2024, 4, 1));
  t.shareBp = BasisPoints(6000);
  t.onCosts = OnCosts::itemised(BasisPoints(0));
  t.frequency = InvoiceFrequency::Quarterly;
  const Schedule s = schedule({t}, FinancialYear(2024), table);
  REQUIRE(s.lines.size() == 4);
  // A month at 13.8%: 60% x 0.138 x (3,750.00 - 758.33) = 247.71; Jul-Sep is three.
  CHECK(s.lines[1].onCostItems.employerNi == Pence(74313));
  // Oct-Dec: October at 13.8%; November and December (pay days 30 November and
  // 31 December) at 14.5% over £9,500 / 12: 60% x 0.145 x 2,958.33 = 257.375 each.
  CHECK(s.lines[2].onCostItems.employerNi == Pence(76246));
  CHECK(s.lines[1].pay == Pence(680548));
  CHECK(s.lines[2].pay == Pence(680548));
  CHECK(s.lines[2].onCostItems.apprenticeshipLevy == Pence(3403));
  CHECK(s.lines[2].onCostItems.pension == Pence(0));
}

TEST_CASE("itemised on-costs need an NI row", "[recharge][schedule][ni]") {
  RechargeTerms t = actualCost("RA-OLD", Pence(6000000), d(2012, 4, 1));
  t.onCosts = OnCosts::itemised(BasisPoints(1500));
  try {
    schedule({t}, FinancialYear(2012), defaultNiRates());
    FAIL("expected a ValidationError");
  } catch (const ValidationError& e) {
    CHECK(e.record() == "recharge agreement RA-OLD");
    CHECK(e.field() == "on_costs");
  }
  // The seeded rows start on 6 April 2013: a pay day on 5 April 2013 has none
  // either, though the usual one, 30 April, has.
  t.payDay = 5;
  CHECK_THROWS_AS(schedule({t}, FinancialYear(2013), defaultNiRates()), ValidationError);
  t.payDay = 0;
  CHECK_NOTHROW(schedule({t}, FinancialYear(2013), defaultNiRates()));
  // Pay below the threshold: no NI at all, never negative.
  t.annualPay = Pence(700000);
  const Schedule s = schedule({t}, FinancialYear(2014), defaultNiRates());
  REQUIRE(s.lines.size() == 12);
  for (const auto& line : s.lines) CHECK(line.onCostItems.employerNi == Pence(0));
}

TEST_CASE("flat on-costs are a percentage of the payer's pay", "[recharge][schedule]") {
  RechargeTerms t = actualCost("RA-FLAT", Pence(4000000), d(2024, 4, 1));
  t.shareBp = BasisPoints(5000);
  t.onCosts = OnCosts::flat(BasisPoints(2800));
  t.frequency = InvoiceFrequency::Annual;
  const ScheduleLine line = schedule({t}, FinancialYear(2024), NiRateTable()).lines.at(0);
  CHECK(line.pay == Pence(2000000));
  CHECK(line.onCostItems.flat == Pence(560000));
  CHECK(line.net == Pence(2560000));
}

TEST_CASE("standard VAT is 20% of each line, rounded per line", "[recharge][schedule][vat]") {
  // A £10,000 fixed fee invoiced monthly in 2024/25 (365 days), standard rated.
  RechargeTerms t = fixedAnnual("RA-VAT", Pence(1000000), d(2024, 4, 1));
  t.vat = VatTreatment::Standard;
  t.vatConfirmed = true;
  const Schedule s = schedule({t}, FinancialYear(2024), NiRateTable());
  REQUIRE(s.lines.size() == 12);
  // April: 10,000 x 30/365 = 821.9178 -> £821.92; VAT 164.384 -> £164.38
  CHECK(s.lines[0].net == Pence(82192));
  CHECK(s.lines[0].vat == Pence(16438));
  CHECK(s.lines[0].total == Pence(98630));
  CHECK(s.lines[0].vatConfirmed);
  // May: 849.3151 -> £849.32; VAT 169.864 -> £169.86
  CHECK(s.lines[1].vat == Pence(16986));
  const Totals year = totalOf(s.lines);
  CHECK(year.net == Pence(1000000));  // the months share the fee exactly (largest remainder)
  CHECK(year.vat == Pence(199996));   // sum of line VAT, not 20% of the year's net (200,000)
  CHECK(year.total == Pence(1199996));

  t.vat = VatTreatment::Exempt;
  CHECK(totalOf(schedule({t}, FinancialYear(2024), NiRateTable()).lines).vat == Pence(0));
  t.vat = VatTreatment::OutsideScope;
  CHECK(totalOf(schedule({t}, FinancialYear(2024), NiRateTable()).lines).vat == Pence(0));
  CHECK(vatOn(Pence(5), VatTreatment::Standard) == Pence(1));  // 1p exactly
  CHECK(vatOn(Pence(3), VatTreatment::Standard) == Pence(1));  // 0.6p rounds up
  CHECK(vatOn(Pence(2), VatTreatment::Standard) == Pence(0));  // 0.4p rounds down
}

TEST_CASE("lines only for the periods the agreement runs in", "[recharge][schedule]") {
  RechargeTerms t = fixedAnnual("RA-MID", Pence(1200000), d(2024, 6, 10), d(2024, 11, 20));
  t.partPeriod = PartPeriodMethod::Monthly;
  const Schedule s = schedule({t}, FinancialYear(2024), NiRateTable());
  REQUIRE(s.lines.size() == 6);  // June to November
  CHECK(s.lines.front().period.first == d(2024, 6, 1));
  CHECK(s.lines.front().active.first == d(2024, 6, 10));
  CHECK(s.lines.front().daysActive == 21);
  CHECK(s.lines.front().pay == Pence(70000));  // 1,000 x 21/30
  CHECK(s.lines[1].pay == Pence(100000));      // July: a whole month
  CHECK(s.lines.back().active.last == d(2024, 11, 20));
  CHECK(s.lines.back().pay == Pence(66667));  // 1,000 x 20/30
  CHECK(s.lines.back().invoiceDate == d(2024, 12, 1));
}

TEST_CASE("a fixed total's year adds up exactly over its periods", "[recharge][schedule]") {
  // £1,000.00 in 2024/25 from 1 May, invoiced monthly by working day.
  RechargeTerms t =
      fixedTotal("RA-FT", Pence(100000), {{FinancialYear(2024), Pence(100000)}}, d(2024, 5, 1), d(2025, 3, 31));
  t.partPeriod = PartPeriodMethod::WorkingDay;
  const Schedule s = schedule({t}, FinancialYear(2024), NiRateTable());
  REQUIRE(s.lines.size() == 11);
  CHECK(totalOf(s.lines).pay == Pence(100000));
}

TEST_CASE("schedule refuses an invalid agreement", "[recharge][schedule]") {
  RechargeTerms t = actualCost("RA-BAD", Pence(100), d(2024, 4, 1));
  t.shareBp = BasisPoints(0);
  CHECK_THROWS_AS(schedule({t}, FinancialYear(2024), NiRateTable()), ValidationError);
}

TEST_CASE("a fixed total over weekend days only is still charged in full", "[recharge][schedule]") {
  // Saturday 29 and Sunday 30 March 2025: no working days to weight by, so
  // the year's amount falls back to calendar-day weights.
  RechargeTerms t =
      fixedTotal("RA-WE", Pence(5000), {{FinancialYear(2024), Pence(5000)}}, d(2025, 3, 29), d(2025, 3, 30));
  t.partPeriod = PartPeriodMethod::WorkingDay;
  const Schedule s = schedule({t}, FinancialYear(2024), NiRateTable());
  REQUIRE(s.lines.size() == 1);
  CHECK(s.lines[0].pay == Pence(5000));
  CHECK(s.lines[0].daysActive == 2);
}
