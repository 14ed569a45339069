// Part periods: what fraction of a financial year's annual figure a slice of
// days earns, by each method of docs/domain.md "Money":
//   calendar_day  days / days in the financial year (365, or 366 with 29 Feb)
//   monthly       1/12 per whole calendar month; a part month is
//                 1/12 x days / days in that month
//   working_day   weekdays / weekdays (Mon-Fri) in the financial year
//
// Every fraction is kept exact as integer "units" over units-per-year, both
// for the same financial year, so a slice made of several pieces adds up its
// units and is rounded once. For monthly the unit is 1/(12 x 377580) of a year:
// 377580 = lcm(28, 29, 30, 31), so a day of any month is a whole number of units.
#pragma once
#include <cstdint>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "recharge/RechargeEnums.h"

namespace s113 {

// Units in a whole financial year for `method`.
std::int64_t unitsPerYear(PartPeriodMethod method, const FinancialYear& year);

// Units earned by `slice`, which must lie inside one financial year (throws
// std::invalid_argument otherwise). Divide by unitsPerYear of that year.
std::int64_t unitsIn(PartPeriodMethod method, const Period& slice);

// annual x the slice's fraction of its financial year, rounded half-up.
// Example: prorate(6000000, {2023-04-15, 2023-04-30}, CalendarDay) == 262295
//          (60,000 x 16 / 366 = £2,622.95).
Pence prorate(Pence annual, const Period& slice, PartPeriodMethod method);

}  // namespace s113
