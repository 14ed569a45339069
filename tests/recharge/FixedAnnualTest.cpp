#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "recharge/PartPeriod.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

// A fixed annual fee is charged in full over a whole year, whatever the
// invoicing frequency: the periods share the year's figure by largest
// remainder instead of each being rounded on its own (£45,000 in quarters
// once came to £45,000.01).
TEST_CASE("a fixed annual fee adds up to the fee exactly over a whole year", "[recharge]") {
  for (auto frequency : {InvoiceFrequency::Monthly, InvoiceFrequency::Quarterly, InvoiceFrequency::Annual})
    for (auto method : {PartPeriodMethod::CalendarDay, PartPeriodMethod::Monthly, PartPeriodMethod::WorkingDay}) {
      RechargeTerms fee = fixedAnnual("RA-FEE", Pence(4500000), d(2013, 4, 1));
      fee.frequency = frequency;
      fee.partPeriod = method;
      auto lines = schedule({fee}, FinancialYear(2023), defaultNiRates()).lines;
      INFO(toString(frequency) << " " << toString(method));
      CHECK(totalOf(lines).pay == Pence(4500000));
      for (const auto& line : lines) CHECK(line.pay >= Pence(0));
    }
}

TEST_CASE("a part year of a fixed annual fee is prorated once over the days it runs", "[recharge]") {
  RechargeTerms fee = fixedAnnual("RA-FEE", Pence(6000000), d(2023, 4, 15), d(2023, 9, 30));
  fee.frequency = InvoiceFrequency::Monthly;
  auto lines = schedule({fee}, FinancialYear(2023), defaultNiRates()).lines;
  REQUIRE(lines.size() == 6);
  CHECK(totalOf(lines).pay == prorate(Pence(6000000), {d(2023, 4, 15), d(2023, 9, 30)}, PartPeriodMethod::CalendarDay));
  // April's part: 60,000 x 16 / 366 = £2,622.95 (to within the penny the
  // largest remainder may move).
  CHECK(abs(lines[0].pay - Pence(262295)) <= Pence(1));
}
