#include <catch2/catch.hpp>

#include "domain/Money.h"

using namespace s113;

TEST_CASE("money parses and formats plain decimals", "[money]") {
  CHECK(parseMoney("1234.56") == Pence(123456));
  CHECK(parseMoney("7") == Pence(700));
  CHECK(parseMoney("12.5") == Pence(1250));
  CHECK(parseMoney("-0.05") == Pence(-5));
  CHECK(formatMoney(Pence(123456)) == "1234.56");
  CHECK(formatMoney(Pence(-5)) == "-0.05");
  CHECK(formatMoney(Pence(0)) == "0.00");
  CHECK_THROWS_AS(parseMoney("12.345"), std::invalid_argument);
  CHECK_THROWS_AS(parseMoney("1,000"), std::invalid_argument);
  CHECK_THROWS_AS(parseMoney(""), std::invalid_argument);
  CHECK_THROWS_AS(parseMoney("."), std::invalid_argument);
}

TEST_CASE("money displays in pounds with thousands separators", "[money]") {
  CHECK(formatMoneyDisplay(Pence(123456)) == "\xC2\xA3" "1,234.56");
  CHECK(formatMoneyDisplay(Pence(34500000)) == "\xC2\xA3" "345,000.00");
  CHECK(formatMoneyDisplay(Pence(-99)) == "-\xC2\xA3" "0.99");
}

TEST_CASE("percentages are basis points", "[money]") {
  CHECK(parsePercent("60") == BasisPoints(6000));
  CHECK(parsePercent("33.33") == BasisPoints(3333));
  CHECK(parsePercent("12.5") == BasisPoints(1250));
  CHECK(formatPercent(BasisPoints(6000)) == "60");
  CHECK(formatPercent(BasisPoints(3333)) == "33.33");
  CHECK(formatPercent(BasisPoints(1250)) == "12.5");
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
  CHECK(applyShare(Pence(34500000), BasisPoints(5000)) == Pence(17250000));
  // No overflow with large intermediates.
  CHECK(mulDivRoundHalfUp(900000000000000LL, 10000, 10000) == 900000000000000LL);
}
