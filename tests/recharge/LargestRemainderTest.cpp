#include <catch2/catch.hpp>

#include "recharge/LargestRemainder.h"

using namespace s113;

TEST_CASE("largest remainder splits a total exactly", "[recharge][split]") {
  CHECK(splitByLargestRemainder(Pence(100), {1, 1, 1}) == std::vector<Pence>{Pence(34), Pence(33), Pence(33)});
  CHECK(splitByLargestRemainder(Pence(34500000), {5000, 5000}) == std::vector<Pence>{Pence(17250000), Pence(17250000)});
  // Remainders 0.5/0.25/0.25 of a penny -> the largest gets it.
  CHECK(splitByLargestRemainder(Pence(5), {2, 1, 1}) == std::vector<Pence>{Pence(3), Pence(1), Pence(1)});
  CHECK(splitByLargestRemainder(Pence(2), {1, 1, 1}) == std::vector<Pence>{Pence(1), Pence(1), Pence(0)});
  CHECK(splitByLargestRemainder(Pence(0), {3, 7}) == std::vector<Pence>{Pence(0), Pence(0)});
  CHECK(splitByLargestRemainder(Pence(7), {0, 5}) == std::vector<Pence>{Pence(0), Pence(7)});
  CHECK(splitByLargestRemainder(Pence(-100), {1, 1, 1}) == std::vector<Pence>{Pence(-34), Pence(-33), Pence(-33)});
}

TEST_CASE("largest remainder refuses meaningless weights", "[recharge][split]") {
  CHECK_THROWS_AS(splitByLargestRemainder(Pence(100), {}), std::invalid_argument);
  CHECK_THROWS_AS(splitByLargestRemainder(Pence(100), {0, 0}), std::invalid_argument);
  CHECK_THROWS_AS(splitByLargestRemainder(Pence(100), {1, -1}), std::invalid_argument);
}

TEST_CASE("largest remainder handles totals and weights beyond 64-bit products",
          "[recharge][split]") {
  const Pence big = Pence(9000000000000000000LL);
  auto parts = splitByLargestRemainder(big, {3000000000LL, 3000000000LL, 3000000001LL});
  CHECK(parts[0] + parts[1] + parts[2] == big);
}
