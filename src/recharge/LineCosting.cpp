#include "recharge/LineCosting.h"

#include <algorithm>
#include <stdexcept>

#include "domain/Errors.h"
#include "recharge/PartPeriod.h"

namespace s113 {
namespace detail {

ExactCosts& ExactCosts::operator+=(const ExactCosts& o) {
  pay += o.pay;
  employerNi += o.employerNi;
  pension += o.pension;
  apprenticeshipLevy += o.apprenticeshipLevy;
  flat += o.flat;
  return *this;
}

Date payDayOfMonth(const Date& day, int payDay) {
  const auto ymd = day.year_month_day();
  const int lastDay = boost::gregorian::gregorian_calendar::end_of_month_day(ymd.year, ymd.month);
  return Date(ymd.year, ymd.month, payDay <= 0 || payDay >= lastDay ? lastDay : payDay);
}

namespace {

using Whole = ExactPence::Whole;
constexpr std::int64_t kWhole = kWholeShare.value();

// Employer NI is figured month by month over 12 x 10,000^2 x (the month's
// days x the method's units in the month). Over one multiple of that common
// to every month the months add up as numerators: 377,580 = lcm(28, 29, 30,
// 31) holds the days of any month and the monthly method's units in it;
// 95,527,740 = lcm(377,580, 20, 21, 22, 23) also holds any month's weekdays.
constexpr std::int64_t kEveryMonthsMultiple = 377580LL * 95527740LL;

// The pieces of `slice` between pay changes, each with its annual figure.
std::vector<std::pair<Period, Pence>> payPieces(const RechargeTerms& terms, const Period& slice) {
  const bool actual = terms.basis == RechargeBasis::ActualCost;
  std::vector<Date> cuts;
  if (actual)
    for (const auto& change : terms.payChanges)
      if (change.from > slice.first && change.from <= slice.last) cuts.push_back(change.from);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  cuts.push_back(slice.last + boost::gregorian::days(1));
  std::vector<std::pair<Period, Pence>> pieces;
  Date first = slice.first;
  for (const Date& next : cuts) {
    pieces.push_back({{first, next - boost::gregorian::days(1)},
                      actual ? terms.annualPayOn(first) : terms.fixedAnnual});
    first = next;
  }
  return pieces;
}

// The employee's pay for the whole calendar `month` as payroll pays it
// (annual / 12, weighted by days where the pay changes in the month), times
// 12 x the month's days: the sum of each piece's annual figure x its days.
Whole monthPayTimes12Days(const RechargeTerms& terms, const Period& month) {
  Whole pay = 0;
  for (const auto& [piece, annual] : payPieces(terms, month)) pay += Whole(annual.value()) * piece.days();
  return pay;
}

// Employer NI on the part of one calendar month that `slice` covers.
ExactPence monthNi(const RechargeTerms& terms, const Period& slice, const NiRateTable& ni) {
  const Date payDay = payDayOfMonth(slice.first, terms.payDay);
  const NiRate* row = ni.at(payDay);
  if (!row)
    throw ValidationError(terms.recordName(), "on_costs",
                          "no employer NI rate in force on the pay day " + formatIso(payDay));
  const auto ymd = slice.first.year_month_day();
  const Period month{Date(ymd.year, ymd.month, 1),
                     Date(ymd.year, ymd.month, boost::gregorian::gregorian_calendar::end_of_month_day(ymd.year, ymd.month))};
  const std::int64_t monthDays = month.days();
  // (month's pay - annual threshold / 12) x 12 x the month's days.
  const Whole above = monthPayTimes12Days(terms, month) - Whole(row->secondaryThresholdAnnual.value()) * monthDays;
  const std::int64_t monthUnits = unitsIn(terms.partPeriod, month);
  if (above <= 0 || monthUnits == 0) return {};
  const std::int64_t denominator = monthDays * monthUnits;
  const std::int64_t toCommon = kEveryMonthsMultiple % denominator == 0 ? kEveryMonthsMultiple / denominator : 1;
  return ExactPence(above * row->rateBp.value() * terms.shareBp.value() * unitsIn(terms.partPeriod, slice) * toCommon,
                    Whole(12 * kWhole * kWhole) * denominator * toCommon);
}

}  // namespace

ExactCosts costSlice(const RechargeTerms& terms, const Period& slice, const NiRateTable& ni) {
  const bool actual = terms.basis == RechargeBasis::ActualCost;
  if (!actual && terms.basis != RechargeBasis::FixedAnnual)
    throw std::invalid_argument("costSlice: fixed_total is split, not costed per slice");
  // A fixed fee is the payer's own figure: no share applied.
  const std::int64_t share = (actual ? terms.shareBp : kWholeShare).value();
  const Whole payDenominator =
      Whole(unitsPerYear(terms.partPeriod, FinancialYear::containing(slice.first))) * kWhole;
  ExactCosts costs;
  for (const auto& [piece, annual] : payPieces(terms, slice))
    costs.pay += ExactPence(Whole(unitsIn(terms.partPeriod, piece)) * annual.value() * share, payDenominator);
  const OnCosts& rates = terms.onCosts;
  if (rates.kind == OnCostKind::Flat) costs.flat = costs.pay.scaled(rates.flatBp.value(), kWhole);
  if (rates.kind != OnCostKind::Itemised) return costs;
  costs.pension = costs.pay.scaled(rates.pensionRateBp.value(), kWhole);
  costs.apprenticeshipLevy = costs.pay.scaled(rates.apprenticeshipLevyBp.value(), kWhole);
  for (Date first = slice.first; first <= slice.last;) {
    const Date last = std::min(first.end_of_month(), slice.last);
    costs.employerNi += monthNi(terms, {first, last}, ni);
    first = last + boost::gregorian::days(1);
  }
  return costs;
}

}  // namespace detail
}  // namespace s113
