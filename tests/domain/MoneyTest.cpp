#include <catch2/catch.hpp>

#include "domain/Money.h"

using namespace s113;

TEST_CASE("money parses and formats plain decimals", "[money]") {
  CHECK(parseMoney("1234.56") == 123456);
  CHECK(parseMoney("7") == 700);
  CHECK(parseMoney("12.5") == 1250);
  CHECK(parseMoney("-0.05") == -5);
  CHECK(formatMoney(123456) == "1234.56");
  CHECK(formatMoney(-5) == "-0.05");
  CHECK(formatMoney(0) == "0.00");
  CHECK_THROWS_AS(parseMoney("12.345"), std::invalid_argument);
  CHECK_THROWS_AS(parseMoney("1,000"), std::invalid_argument);
  CHECK_THROWS_AS(parseMoney(""), std::invalid_argument);
  CHECK_THROWS_AS(parseMoney("."), std::invalid_argument);
}

TEST_CASE("money displays in pounds with thousands separators", "[money]") {
  CHECK(formatMoneyDisplay(123456) == "\xC2\xA3" "1,234.56");
  CHECK(formatMoneyDisplay(34500000) == "\xC2\xA3" "345,000.00");
  CHECK(formatMoneyDisplay(-99) == "-\xC2\xA3" "0.99");
}

TEST_CASE("percentages are basis points", "[money]") {
  CHECK(parsePercent("60") == 6000);
  CHECK(parsePercent("33.33") == 3333);
  CHECK(parsePercent("12.5") == 1250);
  CHECK(formatPercent(6000) == "60");
  CHECK(formatPercent(3333) == "33.33");
  CHECK(formatPercent(1250) == "12.5");
  CHECK_THROWS(parsePercent("33.333"));
}

TEST_CASE("mulDivRoundHalfUp rounds half away from zero", "[money]") {
  CHECK(mulDivRoundHalfUp(5, 1, 2) == 3);
  CHECK(mulDivRoundHalfUp(4, 1, 3) == 1);
  CHECK(mulDivRoundHalfUp(-5, 1, 2) == -3);
  // 60,000 x 16 / 366 = 2,622.9508 -> 2,622.95
  CHECK(mulDivRoundHalfUp(6000000, 16, 366) == 262295);
  // 3/5 of 117,311 = 70,386.60
  CHECK(mulDivRoundHalfUp(11731100, 3, 5) == 7038660);
  CHECK(applyShare(34500000, 5000) == 17250000);
  // No overflow with large intermediates.
  CHECK(mulDivRoundHalfUp(900000000000000LL, 10000, 10000) == 900000000000000LL);
}
