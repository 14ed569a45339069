// Internals of the schedule: the exact pay and on-costs of one slice of an
// agreement, rounded once at the end (line level), never by summing rounded
// daily or monthly amounts.
#pragma once
#include <boost/multiprecision/cpp_int.hpp>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "recharge/NiRateTable.h"
#include "recharge/OnCosts.h"
#include "recharge/RechargeTerms.h"

namespace s113 {
namespace detail {

// Arbitrary precision: pence x basis points x basis points x units can pass
// 64 bits, and exactness matters more than speed here.
using Exact = boost::multiprecision::cpp_int;

// numerator / denominator rounded half-up (half away from zero for negative
// values, as mulDivRoundHalfUp does); denominator > 0. Needed because a line's
// exact value is a sum of several products, which mulDivRoundHalfUp cannot take.
Pence roundHalfUp(const Exact& numerator, const Exact& denominator);

struct SliceCosts {
  Pence pay = 0;
  OnCostAmounts onCosts;
};

// Pay and on-costs for `slice` (inside one financial year and inside the
// agreement's dates) of an actual_cost or fixed_annual agreement. The slice is
// cut into pieces wherever the annual pay or the NI row changes; each piece
// contributes units x annual amount exactly, and each figure is rounded once.
// Throws ValidationError ("on_costs") when itemised on-costs meet a date with
// no NI row.
SliceCosts costSlice(const RechargeTerms& terms, const Period& slice, const NiRateTable& ni);

}  // namespace detail
}  // namespace s113
