#include <catch2/catch.hpp>

#include "domain/Dates.h"

using namespace s113;

TEST_CASE("ISO dates parse strictly", "[dates]") {
  CHECK(parseIsoDate("2013-04-01") == Date(2013, 4, 1));
  CHECK(formatIso(Date(2024, 2, 29)) == "2024-02-29");
  CHECK(formatUk(Date(2026, 11, 23)) == "23/11/2026");
  CHECK_THROWS_AS(parseIsoDate("2023-02-29"), std::invalid_argument);
  CHECK_THROWS_AS(parseIsoDate("01/04/2013"), std::invalid_argument);
  CHECK_THROWS_AS(parseIsoDate("2013-4-1"), std::invalid_argument);
  CHECK_FALSE(parseOptionalIsoDate("").has_value());
}

TEST_CASE("financial years run 1 April to 31 March", "[dates]") {
  auto fy = FinancialYear::parse("2013/14");
  CHECK(fy.startYear() == 2013);
  CHECK(fy.firstDay() == Date(2013, 4, 1));
  CHECK(fy.lastDay() == Date(2014, 3, 31));
  CHECK(fy.label() == "2013/14");
  CHECK(fy.days() == 365);
  CHECK(FinancialYear::parse("2023/24").days() == 366);
  CHECK(FinancialYear(1999).label() == "1999/00");
  CHECK(FinancialYear::containing(Date(2014, 3, 31)).label() == "2013/14");
  CHECK(FinancialYear::containing(Date(2014, 4, 1)).label() == "2014/15");
  CHECK_THROWS(FinancialYear::parse("2013/15"));
  CHECK_THROWS(FinancialYear::parse("13/14"));
}

TEST_CASE("weekdays and period overlaps", "[dates]") {
  CHECK(weekdaysIn({Date(2026, 11, 23), Date(2026, 11, 29)}) == 5);  // Mon..Sun
  CHECK(weekdaysIn({Date(2026, 11, 28), Date(2026, 11, 29)}) == 0);
  long fyWeekdays = weekdaysIn(FinancialYear(2013).period());
  CHECK(fyWeekdays >= 260);
  CHECK(fyWeekdays <= 262);
  Period a{Date(2023, 4, 15), Date(2023, 4, 30)};
  CHECK(a.days() == 16);
  auto overlap = a.intersect({Date(2023, 4, 20), Date(2023, 5, 30)});
  REQUIRE(overlap.has_value());
  CHECK(overlap->first == Date(2023, 4, 20));
  CHECK_FALSE(a.intersect({Date(2023, 5, 1), Date(2023, 5, 2)}).has_value());
}
