// Internals of the schedule: the exact (unrounded) pay and on-costs of a slice
// of an agreement. The schedule rounds only cumulative sums of these, so the
// periods of a stretch add up to the stretch's amount rounded once.
#pragma once
#include <boost/multiprecision/cpp_int.hpp>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "recharge/NiRateTable.h"
#include "recharge/OnCosts.h"
#include "recharge/RechargeTerms.h"

namespace s113 {
namespace detail {

// Exact fractions of a penny: pence x basis points x units over units per
// year. 128-bit numerators and denominators hold every figure of a year
// (the largest denominators are basis points x months x days, under 10^24)
// without the allocations of an unbounded integer; the arithmetic is checked,
// so a figure that would not fit throws std::overflow_error rather than
// rounding: exactness matters more than speed.
using Exact = boost::multiprecision::number<boost::multiprecision::backends::rational_adaptor<
    boost::multiprecision::backends::cpp_int_backend<128, 128, boost::multiprecision::signed_magnitude,
                                                     boost::multiprecision::checked, void>>>;

// Rounded half-up to the penny (half away from zero for negative values, as
// mulDivRoundHalfUp does).
Pence roundHalfUp(const Exact& value);

// Every figure of a line, exact.
struct ExactCosts {
  Exact pay, employerNi, pension, apprenticeshipLevy, flat;
  ExactCosts& operator+=(const ExactCosts& o);
};

// The pay day of the month holding `day`: `payDay` (1-31, capped at the
// month's last day), or the month's last day when payDay is 0.
Date payDayOfMonth(const Date& day, int payDay);

// Exact pay and on-costs of `slice` (inside one financial year and inside the
// agreement's dates) of an actual_cost or fixed_annual agreement:
//   pay          units x annual pay in force x share / units per year, cut
//                wherever the pay changes;
//   flat, pension, levy   their rate x that pay;
//   employer NI  per calendar month, as payroll charges it: the rate and
//                threshold in force on the month's pay day, on the month's
//                pay (annual / 12, by days where the pay changes mid-month)
//                above the monthly threshold (annual / 12), times the share
//                and the part of the month the slice covers.
// Throws ValidationError ("on_costs") when itemised on-costs meet a pay day
// with no NI row.
ExactCosts costSlice(const RechargeTerms& terms, const Period& slice, const NiRateTable& ni);

}  // namespace detail
}  // namespace s113
