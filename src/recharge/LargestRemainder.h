// Splitting a sum of money into parts that add up to it exactly.
#pragma once
#include <cstdint>
#include <vector>

#include "domain/Money.h"

namespace s113 {

// Divides `total` in proportion to `weights` (all >= 0, sum > 0): each part
// gets the floor of its exact share, then the pennies left over go one each to
// the parts with the largest remainders; equal remainders go to the earlier
// index, so the result is deterministic. The parts always sum to `total`. A
// negative total is split as its magnitude and negated.
// Example: splitByLargestRemainder(100, {1, 1, 1}) == {34, 33, 33};
//          splitByLargestRemainder(34500000, {1, 1}) == {17250000, 17250000}.
// Throws std::invalid_argument for no weights, a negative weight or a zero sum.
std::vector<Pence> splitByLargestRemainder(Pence total, const std::vector<std::int64_t>& weights);

}  // namespace s113
