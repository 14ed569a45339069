#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "recharge/InvoicingPeriods.h"
#include "recharge/PartPeriod.h"

using namespace s113;
using namespace s113::testing;

TEST_CASE("docs/domain.md part period: £60,000 from 15 to 30 April 2023", "[recharge][part]") {
  const Period slice{d(2023, 4, 15), d(2023, 4, 30)};
  // calendar_day: 60,000 x 16 / 366 (2023/24 holds 29 Feb 2024) = 2,622.9508 -> £2,622.95
  CHECK(prorate(Pence(6000000), slice, PartPeriodMethod::CalendarDay) == Pence(262295));
  // monthly: 60,000 / 12 x 16 / 30 = 2,666.666.. -> £2,666.67
  CHECK(prorate(Pence(6000000), slice, PartPeriodMethod::Monthly) == Pence(266667));
  // working_day: 2023/24 has 260 weekdays (1 Apr 2023 is a Saturday, 31 Mar
  // 2024 a Sunday); 15-30 April holds 10 (17-21, 24-28):
  // 60,000 x 10 / 260 = 2,307.6923 -> £2,307.69
  CHECK(prorate(Pence(6000000), slice, PartPeriodMethod::WorkingDay) == Pence(230769));
}

TEST_CASE("units per financial year", "[recharge][part]") {
  CHECK(unitsPerYear(PartPeriodMethod::CalendarDay, FinancialYear(2023)) == 366);
  CHECK(unitsPerYear(PartPeriodMethod::CalendarDay, FinancialYear(2024)) == 365);
  CHECK(unitsPerYear(PartPeriodMethod::CalendarDay, FinancialYear(2027)) == 366);  // 29 Feb 2028
  CHECK(unitsPerYear(PartPeriodMethod::WorkingDay, FinancialYear(2023)) == 260);
  CHECK(unitsPerYear(PartPeriodMethod::WorkingDay, FinancialYear(2024)) == 261);
  // A whole year is exactly its units, whatever the method.
  for (auto m :
       {PartPeriodMethod::CalendarDay, PartPeriodMethod::Monthly, PartPeriodMethod::WorkingDay})
    for (int y : {2013, 2023, 2024, 2027}) {
      CHECK(unitsIn(m, FinancialYear(y).period()) == unitsPerYear(m, FinancialYear(y)));
      CHECK(prorate(Pence(17359600), FinancialYear(y).period(), m) == Pence(17359600));
    }
}

TEST_CASE("monthly part periods: whole months are a twelfth", "[recharge][part]") {
  // February 2024 (29 days) and April (30) each earn exactly 1/12.
  CHECK(prorate(Pence(6000000), {d(2024, 2, 1), d(2024, 2, 29)}, PartPeriodMethod::Monthly) == Pence(500000));
  CHECK(prorate(Pence(6000000), {d(2023, 4, 1), d(2023, 4, 30)}, PartPeriodMethod::Monthly) == Pence(500000));
  // 20 Feb - 10 Mar 2024: 5,000 x 10/29 + 5,000 x 10/31 = 1,724.1379 + 1,612.9032
  // = 3,337.0412 -> £3,337.04 (one rounding, of the exact sum)
  CHECK(prorate(Pence(6000000), {d(2024, 2, 20), d(2024, 3, 10)}, PartPeriodMethod::Monthly) == Pence(333704));
}

TEST_CASE("a leap year across 29 February", "[recharge][part]") {
  // February 2024 by calendar day: 60,000 x 29 / 366 = 4,754.0984 -> £4,754.10
  CHECK(prorate(Pence(6000000), {d(2024, 2, 1), d(2024, 2, 29)}, PartPeriodMethod::CalendarDay) == Pence(475410));
  // February 2025: 60,000 x 28 / 365 = 4,602.7397 -> £4,602.74
  CHECK(prorate(Pence(6000000), {d(2025, 2, 1), d(2025, 2, 28)}, PartPeriodMethod::CalendarDay) == Pence(460274));
  // 20 Feb - 10 Mar 2024 holds 29 Feb: 20 days; 60,000 x 20 / 366 = 3,278.6885 -> £3,278.69
  CHECK(prorate(Pence(6000000), {d(2024, 2, 20), d(2024, 3, 10)}, PartPeriodMethod::CalendarDay) ==
        Pence(327869));
  // Working days: 29 Feb 2024 is a Thursday; 14 weekdays in the slice:
  // 60,000 x 14 / 260 = 3,230.7692 -> £3,230.77
  CHECK(prorate(Pence(6000000), {d(2024, 2, 20), d(2024, 3, 10)}, PartPeriodMethod::WorkingDay) == Pence(323077));
}

TEST_CASE("a part period must lie in one financial year", "[recharge][part]") {
  CHECK_THROWS_AS(unitsIn(PartPeriodMethod::CalendarDay, {d(2024, 3, 1), d(2024, 4, 30)}),
                  std::invalid_argument);
}

TEST_CASE("invoicing periods cover the financial year", "[recharge][periods]") {
  const FinancialYear year(2023);
  auto months = invoicingPeriods(InvoiceFrequency::Monthly, year);
  REQUIRE(months.size() == 12);
  CHECK(months[0].first == d(2023, 4, 1));
  CHECK(months[0].last == d(2023, 4, 30));
  CHECK(months[10].last == d(2024, 2, 29));
  CHECK(months[11].last == d(2024, 3, 31));
  auto quarters = invoicingPeriods(InvoiceFrequency::Quarterly, year);
  REQUIRE(quarters.size() == 4);
  CHECK(quarters[0].last == d(2023, 6, 30));
  CHECK(quarters[1].first == d(2023, 7, 1));
  CHECK(quarters[2].last == d(2023, 12, 31));
  CHECK(quarters[3].first == d(2024, 1, 1));
  CHECK(quarters[3].last == d(2024, 3, 31));
  auto annual = invoicingPeriods(InvoiceFrequency::Annual, year);
  REQUIRE(annual.size() == 1);
  CHECK(annual[0].days() == 366);
  CHECK(invoiceDate(quarters[3]) == d(2024, 4, 1));  // in arrears
  for (auto f : {InvoiceFrequency::Monthly, InvoiceFrequency::Quarterly}) {
    long days = 0;
    auto periods = invoicingPeriods(f, year);
    for (std::size_t i = 0; i < periods.size(); ++i) {
      days += periods[i].days();
      if (i > 0) CHECK(periods[i].first == periods[i - 1].last + boost::gregorian::days(1));
    }
    CHECK(days == 366);
  }
}
