#include "recharge/PartPeriod.h"

#include <stdexcept>

namespace s113 {
namespace {

constexpr std::int64_t kUnitsPerMonth = 377580;  // lcm(28, 29, 30, 31): whole days in any month

// Monthly units of a slice: walk it one calendar month at a time.
std::int64_t monthlyUnits(const Period& slice) {
  std::int64_t units = 0;
  Date first = slice.first;
  while (first <= slice.last) {
    const auto ymd = first.year_month_day();
    const long monthDays = boost::gregorian::gregorian_calendar::end_of_month_day(ymd.year, ymd.month);
    const Date last = std::min(Date(ymd.year, ymd.month, monthDays), slice.last);
    const long days = (last - first).days() + 1;
    units += days * (kUnitsPerMonth / monthDays);
    first = last + boost::gregorian::days(1);
  }
  return units;
}

}  // namespace

std::int64_t unitsPerYear(PartPeriodMethod method, const FinancialYear& year) {
  switch (method) {
    case PartPeriodMethod::CalendarDay:
      return year.days();
    case PartPeriodMethod::Monthly:
      return 12 * kUnitsPerMonth;
    case PartPeriodMethod::WorkingDay:
      return weekdaysIn(year.period());
  }
  throw std::invalid_argument("unknown part-period method");
}

std::int64_t unitsIn(PartPeriodMethod method, const Period& slice) {
  if (slice.first > slice.last) return 0;
  if (!(FinancialYear::containing(slice.first) == FinancialYear::containing(slice.last)))
    throw std::invalid_argument("part period " + formatIso(slice.first) + " to " +
                                formatIso(slice.last) + " spans two financial years");
  switch (method) {
    case PartPeriodMethod::CalendarDay:
      return slice.days();
    case PartPeriodMethod::Monthly:
      return monthlyUnits(slice);
    case PartPeriodMethod::WorkingDay:
      return weekdaysIn(slice);
  }
  throw std::invalid_argument("unknown part-period method");
}

Pence prorate(Pence annual, const Period& slice, PartPeriodMethod method) {
  std::int64_t units = unitsIn(method, slice);
  return mulDiv(annual, units, unitsPerYear(method, FinancialYear::containing(slice.first)));
}

}  // namespace s113
