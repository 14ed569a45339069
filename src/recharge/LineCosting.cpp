#include "recharge/LineCosting.h"

#include <algorithm>
#include <stdexcept>

#include "domain/Errors.h"
#include "recharge/PartPeriod.h"

namespace s113 {
namespace detail {

Pence roundHalfUp(const Exact& numerator, const Exact& denominator) {
  if (denominator <= 0) throw std::invalid_argument("roundHalfUp: denominator must be positive");
  const bool negative = numerator < 0;
  const Exact magnitude = negative ? Exact(-numerator) : numerator;
  Exact quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2 >= denominator) quotient += 1;
  return static_cast<Pence>(negative ? Exact(-quotient) : quotient);
}

namespace {

// Dates inside the slice (after its first day) where a rate it depends on
// changes, so each piece between them has constant rates.
std::vector<Date> cutDates(const RechargeTerms& terms, const Period& slice, const NiRateTable& ni) {
  std::vector<Date> cuts;
  if (terms.basis == RechargeBasis::ActualCost)
    for (const auto& change : terms.payChanges)
      if (change.from > slice.first && change.from <= slice.last) cuts.push_back(change.from);
  if (terms.onCosts.kind == OnCostKind::Itemised)
    for (const auto& d : ni.changesWithin(slice)) cuts.push_back(d);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

}  // namespace

SliceCosts costSlice(const RechargeTerms& terms, const Period& slice, const NiRateTable& ni) {
  const bool actual = terms.basis == RechargeBasis::ActualCost;
  if (!actual && terms.basis != RechargeBasis::FixedAnnual)
    throw std::invalid_argument("costSlice: fixed_total is split, not costed per slice");
  const OnCosts& rates = terms.onCosts;
  // A fixed fee is the payer's own figure: no share applied.
  const Exact share = actual ? terms.shareBp : kWholeShare;
  const Exact unitsPerYearExact =
      unitsPerYear(terms.partPeriod, FinancialYear::containing(slice.first));

  // Numerators over unitsPerYear x 10^4 (pay) and x 10^8 (on-costs: one
  // more rate in basis points).
  Exact pay = 0, niCost = 0, pension = 0, levy = 0, flat = 0;
  std::vector<Date> cuts = cutDates(terms, slice, ni);
  cuts.push_back(slice.last + boost::gregorian::days(1));
  Date pieceFirst = slice.first;
  for (const Date& next : cuts) {
    const Period piece{pieceFirst, next - boost::gregorian::days(1)};
    pieceFirst = next;
    const Exact units = unitsIn(terms.partPeriod, piece);
    const Pence annual = actual ? terms.annualPayOn(piece.first) : terms.fixedAnnual;
    const Exact sharedPay = units * annual * share;
    pay += sharedPay;
    switch (rates.kind) {
      case OnCostKind::None:
        break;
      case OnCostKind::Flat:
        flat += sharedPay * rates.flatBp;
        break;
      case OnCostKind::Itemised: {
        const NiRate* row = ni.at(piece.first);
        if (!row)
          throw ValidationError(terms.recordName(), "on_costs",
                                "no employer NI rate in force on " + formatIso(piece.first));
        // NI is the employer's on the whole pay (threshold prorated like the
        // pay: see NiRateTable.h); the payer bears its share of it.
        const Pence above = std::max<Pence>(0, annual - row->secondaryThresholdAnnual);
        niCost += units * above * share * row->rateBp;
        pension += sharedPay * rates.pensionRateBp;
        levy += sharedPay * rates.apprenticeshipLevyBp;
        break;
      }
    }
  }
  const Exact payDenominator = unitsPerYearExact * kWholeShare;
  const Exact onCostDenominator = payDenominator * kWholeShare;
  SliceCosts costs;
  costs.pay = roundHalfUp(pay, payDenominator);
  costs.onCosts.employerNi = roundHalfUp(niCost, onCostDenominator);
  costs.onCosts.pension = roundHalfUp(pension, onCostDenominator);
  costs.onCosts.apprenticeshipLevy = roundHalfUp(levy, onCostDenominator);
  costs.onCosts.flat = roundHalfUp(flat, onCostDenominator);
  return costs;
}

}  // namespace detail
}  // namespace s113
