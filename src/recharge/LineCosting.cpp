#include "recharge/LineCosting.h"

#include <algorithm>
#include <stdexcept>

#include "domain/Errors.h"
#include "recharge/PartPeriod.h"

namespace s113 {
namespace detail {

Pence roundHalfUp(const Exact& value) {
  using Whole = decltype(boost::multiprecision::numerator(value));
  const bool negative = value < 0;
  const Exact magnitude = negative ? Exact(-value) : value;
  const Whole num = boost::multiprecision::numerator(magnitude);
  const Whole den = boost::multiprecision::denominator(magnitude);
  Whole quotient = num / den;
  if ((num % den) * 2 >= den) quotient += 1;
  return Pence(static_cast<std::int64_t>(negative ? Whole(-quotient) : quotient));
}

ExactCosts& ExactCosts::operator+=(const ExactCosts& o) {
  pay += o.pay;
  employerNi += o.employerNi;
  pension += o.pension;
  apprenticeshipLevy += o.apprenticeshipLevy;
  flat += o.flat;
  return *this;
}

Date payDayOfMonth(const Date& day, int payDay) {
  const Date last = day.end_of_month();
  if (payDay <= 0 || payDay >= last.day()) return last;
  return Date(day.year(), day.month(), payDay);
}

namespace {

const Exact kWhole = kWholeShare.value();

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

// The employee's pay for the whole calendar month holding `day`, as payroll
// pays it: annual / 12, weighted by days where the pay changes in the month.
Exact monthPay(const RechargeTerms& terms, const Date& day) {
  const Period month{Date(day.year(), day.month(), 1), day.end_of_month()};
  Exact pay = 0;
  for (const auto& [piece, annual] : payPieces(terms, month))
    pay += Exact(annual.value()) * piece.days() / (Exact(12) * month.days());
  return pay;
}

// Employer NI on the part of one calendar month that `slice` covers.
Exact monthNi(const RechargeTerms& terms, const Period& slice, const NiRateTable& ni) {
  const Date payDay = payDayOfMonth(slice.first, terms.payDay);
  const NiRate* row = ni.at(payDay);
  if (!row)
    throw ValidationError(terms.recordName(), "on_costs",
                          "no employer NI rate in force on the pay day " + formatIso(payDay));
  const Exact above = monthPay(terms, slice.first) - Exact(row->secondaryThresholdAnnual.value()) / 12;
  if (above <= 0) return 0;
  const Period month{Date(slice.first.year(), slice.first.month(), 1), slice.first.end_of_month()};
  const std::int64_t monthUnits = unitsIn(terms.partPeriod, month);
  const Exact covered = monthUnits == 0 ? Exact(0)
                                        : Exact(unitsIn(terms.partPeriod, slice)) / monthUnits;
  return above * row->rateBp.value() / kWhole * terms.shareBp.value() / kWhole * covered;
}

}  // namespace

ExactCosts costSlice(const RechargeTerms& terms, const Period& slice, const NiRateTable& ni) {
  const bool actual = terms.basis == RechargeBasis::ActualCost;
  if (!actual && terms.basis != RechargeBasis::FixedAnnual)
    throw std::invalid_argument("costSlice: fixed_total is split, not costed per slice");
  // A fixed fee is the payer's own figure: no share applied.
  const Exact share = Exact((actual ? terms.shareBp : kWholeShare).value()) / kWhole;
  const Exact unitsPerYearExact =
      unitsPerYear(terms.partPeriod, FinancialYear::containing(slice.first));
  ExactCosts costs;
  for (const auto& [piece, annual] : payPieces(terms, slice))
    costs.pay += Exact(unitsIn(terms.partPeriod, piece)) * annual.value() * share / unitsPerYearExact;
  const OnCosts& rates = terms.onCosts;
  if (rates.kind == OnCostKind::Flat) costs.flat = costs.pay * rates.flatBp.value() / kWhole;
  if (rates.kind != OnCostKind::Itemised) return costs;
  costs.pension = costs.pay * rates.pensionRateBp.value() / kWhole;
  costs.apprenticeshipLevy = costs.pay * rates.apprenticeshipLevyBp.value() / kWhole;
  for (Date first = slice.first; first <= slice.last;) {
    const Date last = std::min(first.end_of_month(), slice.last);
    costs.employerNi += monthNi(terms, {first, last}, ni);
    first = last + boost::gregorian::days(1);
  }
  return costs;
}

}  // namespace detail
}  // namespace s113
