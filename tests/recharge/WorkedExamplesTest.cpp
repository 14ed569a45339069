// The worked examples of docs/domain.md, to the penny.
#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "recharge/LargestRemainder.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

TEST_CASE("B&NES 2009: £345,000 shared equally, the council's half phased over three years",
          "[recharge][worked]") {
  const auto halves = splitByLargestRemainder(Pence(34500000), {5000, 5000});
  REQUIRE(halves == std::vector<Pence>{Pence(17250000), Pence(17250000)});
  const Pence councilShare = halves[0];

  // £95,000 in 2009/10, the rest equally over the next two years.
  const Pence firstYear = Pence(9500000);
  const auto rest = splitByLargestRemainder(councilShare - firstYear, {1, 1});
  REQUIRE(rest == std::vector<Pence>{Pence(3875000), Pence(3875000)});  // £38,750 each

  RechargeTerms t = fixedTotal("RA-BNES-2009", councilShare,
                               {{FinancialYear(2009), firstYear},
                                {FinancialYear(2010), rest[0]},
                                {FinancialYear(2011), rest[1]}},
                               d(2009, 4, 1), d(2012, 3, 31));
  t.payer = "BNES";
  t.payee = "BNESPCT";
  t.frequency = InvoiceFrequency::Quarterly;

  const NiRateTable noRates;
  Pence overall{};
  for (auto [year, expected] :
       {std::pair<int, Pence>{2009, Pence(9500000)}, {2010, Pence(3875000)}, {2011, Pence(3875000)}}) {
    const Schedule s = schedule({t}, FinancialYear(year), noRates);
    REQUIRE(s.lines.size() == 4);
    CHECK(totalOf(s.lines).total == expected);
    overall += totalOf(s.lines).total;
  }
  CHECK(overall == Pence(17250000));
  // Nothing phased outside the three years.
  CHECK(schedule({t}, FinancialYear(2012), noRates).lines.empty());

  // Quarters weighted by calendar days (91, 92, 92, 90 of 365), largest
  // remainder: 2,368,493.15 / 2,394,520.55 / 2,394,520.55 / 2,342,465.75 ->
  // the second quarter's remainder (.55, earlier index) gets the spare penny.
  const Schedule first = schedule({t}, FinancialYear(2009), noRates);
  CHECK(first.lines[0].pay == Pence(2368493));
  CHECK(first.lines[1].pay == Pence(2394521));
  CHECK(first.lines[2].pay == Pence(2394520));
  CHECK(first.lines[3].pay == Pence(2342466));
  CHECK(first.lines[3].invoiceDate == d(2010, 4, 1));
}

TEST_CASE("shared chief executive: £173,596 shared 50/50 is £86,798 a year", "[recharge][worked]") {
  RechargeTerms t = actualCost("RA-CEX", Pence(17359600), d(2013, 4, 1));
  t.shareBp = BasisPoints(5000);
  t.frequency = InvoiceFrequency::Annual;
  for (int year : {2013, 2014, 2023}) {  // 2023/24 has 366 days; a whole year is still a year
    const Schedule s = schedule({t}, FinancialYear(year), NiRateTable());
    REQUIRE(s.lines.size() == 1);
    CHECK(s.lines[0].pay == Pence(8679800));
    CHECK(s.lines[0].total == Pence(8679800));
    CHECK(s.lines[0].daysActive == FinancialYear(year).days());
  }
}

TEST_CASE("council officer 3 days of 5: 117,311 x 3/5 = £70,386.60; the CCG pays a fixed fee",
          "[recharge][worked]") {
  RechargeTerms council = actualCost("RA-3-5", Pence(11731100), d(2023, 4, 1));
  council.shareBp = BasisPoints(6000);
  council.frequency = InvoiceFrequency::Annual;
  RechargeTerms ccg = fixedAnnual("RA-CCG-FEE", Pence(4500000), d(2023, 4, 1));
  ccg.frequency = InvoiceFrequency::Annual;
  ccg.shareBp = BasisPoints(4000);  // not applied to a fixed fee: the fee is the CCG's own figure
  const Schedule s = schedule({council, ccg}, FinancialYear(2024), NiRateTable());
  REQUIRE(s.lines.size() == 2);
  CHECK(s.lines[0].pay == Pence(7038660));
  CHECK(s.lines[1].pay == Pence(4500000));
}

TEST_CASE("part period in a schedule: £60,000 a year from 15 to 30 April 2023 is £2,622.95",
          "[recharge][worked]") {
  RechargeTerms t = actualCost("RA-PART", Pence(6000000), d(2023, 4, 15), d(2023, 4, 30));
  const Schedule s = schedule({t}, FinancialYear(2023), NiRateTable());
  REQUIRE(s.lines.size() == 1);  // monthly invoices: only April overlaps
  CHECK(s.lines[0].period.first == d(2023, 4, 1));
  CHECK(s.lines[0].period.last == d(2023, 4, 30));
  CHECK(s.lines[0].daysActive == 16);
  CHECK(s.lines[0].covers == "placement PL-001");
  CHECK(s.lines[0].invoiceDate == d(2023, 5, 1));
  CHECK(s.lines[0].pay == Pence(262295));

  t.partPeriod = PartPeriodMethod::Monthly;  // 5,000 x 16/30
  CHECK(schedule({t}, FinancialYear(2023), NiRateTable()).lines[0].pay == Pence(266667));
  t.partPeriod = PartPeriodMethod::WorkingDay;  // 60,000 x 10/260
  CHECK(schedule({t}, FinancialYear(2023), NiRateTable()).lines[0].pay == Pence(230769));
}
