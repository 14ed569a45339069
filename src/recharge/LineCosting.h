// Internals of the schedule: the exact (unrounded) pay and on-costs of a slice
// of an agreement. The schedule rounds only cumulative sums of these, so the
// periods of a stretch add up to the stretch's amount rounded once.
#pragma once
#include "domain/Dates.h"
#include "domain/Money.h"
#include "recharge/ExactPence.h"
#include "recharge/NiRateTable.h"
#include "recharge/OnCosts.h"
#include "recharge/RechargeTerms.h"

namespace s113 {
namespace detail {

// Every figure of a line, exact. Each figure's denominator is the same for
// every slice of one agreement's financial year, so slices add up cheaply.
struct ExactCosts {
  ExactPence pay, employerNi, pension, apprenticeshipLevy, flat;
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
