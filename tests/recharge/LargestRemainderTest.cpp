#include <catch2/catch.hpp>

#include "recharge/LargestRemainder.h"

using namespace s113;

TEST_CASE("largest remainder splits a total exactly", "[recharge][split]") {
  CHECK(splitByLargestRemainder(100, {1, 1, 1}) == std::vector<Pence>{34, 33, 33});
  CHECK(splitByLargestRemainder(34500000, {5000, 5000}) == std::vector<Pence>{17250000, 17250000});
  // Remainders 0.5/0.25/0.25 of a penny -> the largest gets it.
  CHECK(splitByLargestRemainder(5, {2, 1, 1}) == std::vector<Pence>{3, 1, 1});
  CHECK(splitByLargestRemainder(2, {1, 1, 1}) == std::vector<Pence>{1, 1, 0});
  CHECK(splitByLargestRemainder(0, {3, 7}) == std::vector<Pence>{0, 0});
  CHECK(splitByLargestRemainder(7, {0, 5}) == std::vector<Pence>{0, 7});
  CHECK(splitByLargestRemainder(-100, {1, 1, 1}) == std::vector<Pence>{-34, -33, -33});
}

TEST_CASE("largest remainder refuses meaningless weights", "[recharge][split]") {
  CHECK_THROWS_AS(splitByLargestRemainder(100, {}), std::invalid_argument);
  CHECK_THROWS_AS(splitByLargestRemainder(100, {0, 0}), std::invalid_argument);
  CHECK_THROWS_AS(splitByLargestRemainder(100, {1, -1}), std::invalid_argument);
}

TEST_CASE("largest remainder handles totals and weights beyond 64-bit products",
          "[recharge][split]") {
  const Pence big = 9000000000000000000LL;
  auto parts = splitByLargestRemainder(big, {3000000000LL, 3000000000LL, 3000000001LL});
  CHECK(parts[0] + parts[1] + parts[2] == big);
}
