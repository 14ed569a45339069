// Exact amounts of pence: sums over one denominator or several stay exact,
// rounding is half-up (half away from zero below zero), and a figure too
// large for 128 bits throws instead of wrapping.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "recharge/ExactPence.h"

using s113::Pence;
using s113::detail::ExactPence;

TEST_CASE("thirds of a penny add up to a whole penny", "[recharge][exact]") {
  ExactPence sum;
  for (int i = 0; i < 3; ++i) sum += ExactPence(1, 3);
  CHECK(sum.rounded() == Pence(1));
}

TEST_CASE("amounts over different denominators add exactly", "[recharge][exact]") {
  ExactPence sum(1, 4);  // 0.25p
  sum += ExactPence(1, 6);  // + 0.1666...p
  sum += ExactPence(1, 12);  // + 0.0833...p = 0.5p
  CHECK(sum.rounded() == Pence(1));  // half rounds up
  ExactPence less(1, 4);
  less += ExactPence(1, 5);  // 0.45p
  CHECK(less.rounded() == Pence(0));
}

TEST_CASE("rounding is half-up, away from zero for negative amounts", "[recharge][exact]") {
  CHECK(ExactPence(5, 2).rounded() == Pence(3));
  CHECK(ExactPence(-5, 2).rounded() == Pence(-3));
  CHECK(ExactPence(-7, 3).rounded() == Pence(-2));
  CHECK(ExactPence(7, 3).scaled(3, 7).rounded() == Pence(1));
}

TEST_CASE("an exact amount refuses a denominator that is not positive", "[recharge][exact]") {
  CHECK_THROWS_AS(ExactPence(1, 0), std::invalid_argument);
  CHECK_THROWS_AS(ExactPence(1, -2), std::invalid_argument);
}

TEST_CASE("a figure too large to hold throws rather than wraps", "[recharge][exact]") {
  const ExactPence big(ExactPence::Whole(1) << 100, 1);
  CHECK_THROWS_AS(big.scaled(1LL << 40, 1), std::overflow_error);
  CHECK_THROWS_AS(big.rounded(), std::overflow_error);  // more pence than 64 bits hold
}
