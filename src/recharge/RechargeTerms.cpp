#include "recharge/RechargeTerms.h"

#include <algorithm>
#include <set>

#include "domain/Errors.h"

namespace s113 {

boost::optional<Period> RechargeTerms::activeWithin(const Period& within) const {
  // Open-ended: runs at least to the end of `within`.
  Period active{start, end ? *end : std::max(start, within.last)};
  return active.intersect(within);
}

Pence RechargeTerms::annualPayOn(const Date& date) const {
  Pence pay = annualPay;
  Date latest = start;
  for (const auto& change : payChanges)
    if (change.from <= date && change.from >= latest) {
      pay = change.annual;
      latest = change.from;
    }
  return pay;
}

namespace {

void refuseNegative(const RechargeTerms& t, Pence amount, const char* field) {
  if (amount < Pence(0)) throw ValidationError(t.recordName(), field, "must not be negative");
}

void validatePhasing(const RechargeTerms& t) {
  if (t.phasing.empty())
    throw ValidationError(t.recordName(), "phasing", "a fixed total needs a phasing by year");
  std::set<int> years;
  Pence sum{0};
  for (const auto& row : t.phasing) {
    const std::string label = row.year.label();
    if (row.amount < Pence(0)) throw ValidationError(t.recordName(), "phasing", label + " is negative");
    if (!years.insert(row.year.startYear()).second)
      throw ValidationError(t.recordName(), "phasing", label + " appears twice");
    if (!t.activeWithin(row.year.period()))
      throw ValidationError(t.recordName(), "phasing", label + " is outside the agreement's dates");
    sum += row.amount;
  }
  if (sum != t.fixedTotal)
    throw ValidationError(
        t.recordName(), "phasing",
        "years sum to " + formatMoney(sum) + ", not the fixed total " + formatMoney(t.fixedTotal));
}

void validateParts(const RechargeTerms& t) {
  const std::string record = t.recordName();
  if (t.parts.size() < 2)
    throw ValidationError(record, "parts", "a shared cost needs at least two partners");
  std::set<std::string> partners;
  std::int64_t sum = 0;
  bool anotherPays = false;
  for (const auto& part : t.parts) {
    if (part.partner.empty()) throw ValidationError(record, "parts", "a part names no partner");
    if (!partners.insert(part.partner).second)
      throw ValidationError(record, "parts", part.partner + " appears twice");
    if (part.weight < 0) throw ValidationError(record, "parts", part.partner + " is negative");
    sum += part.weight;
    anotherPays = anotherPays || (part.partner != t.payee && part.weight > 0);
  }
  if (t.shareBp != kWholeShare)
    throw ValidationError(record, "share", "a shared cost is costed whole: its parts are the shares");
  if (!anotherPays)
    throw ValidationError(record, "parts", "no partner other than the payee " + t.payee + " pays");
  if (t.partsArePercentages && sum != kWholePercentParts)
    throw ValidationError(record, "parts", "percentages must add up to exactly 100");
}

}  // namespace

void validate(const RechargeTerms& t) {
  const std::string record = t.recordName();
  if (t.key.empty()) throw ValidationError(record, "key", "is required");
  if (t.payee.empty()) throw ValidationError(record, "payee", "is required");
  if (!t.parts.empty()) validateParts(t);
  if (t.parts.empty() && t.payer.empty()) throw ValidationError(record, "payer", "is required");
  if (t.parts.empty() && t.payer == t.payee)
    throw ValidationError(record, "payee", "must differ from the payer (" + t.payer + ")");
  if (t.shareBp <= BasisPoints(0) || t.shareBp > kWholeShare)
    throw ValidationError(record, "share", formatPercent(t.shareBp) + "% is outside (0, 100]");
  if (t.start.is_special()) throw ValidationError(record, "start", "is required");
  if (t.end && (t.end->is_special() || *t.end < t.start))
    throw ValidationError(record, "end", "is before the start " + formatIso(t.start));

  if (t.payDay < 0 || t.payDay > 31)
    throw ValidationError(record, "pay_day", "must be a day of the month from 1 to 31");
  refuseNegative(t, t.annualPay, "annual_pay");
  refuseNegative(t, t.fixedAnnual, "fixed_annual");
  refuseNegative(t, t.fixedTotal, "fixed_total");
  std::set<Date> changeDates;
  for (const auto& change : t.payChanges) {
    if (change.from.is_special()) throw ValidationError(record, "pay_changes", "needs a date");
    refuseNegative(t, change.annual, "pay_changes");
    if (!changeDates.insert(change.from).second)
      throw ValidationError(record, "pay_changes", "two changes on " + formatIso(change.from));
  }
  const OnCosts& c = t.onCosts;
  if (c.flatBp < BasisPoints(0) || c.pensionRateBp < BasisPoints(0) || c.apprenticeshipLevyBp < BasisPoints(0))
    throw ValidationError(record, "on_costs", "rates must not be negative");
  if (c.kind != OnCostKind::None && t.basis != RechargeBasis::ActualCost)
    throw ValidationError(record, "on_costs",
                          "apply to actual_cost only; a fixed fee includes them");
  if (t.basis == RechargeBasis::FixedTotal) validatePhasing(t);
}

}  // namespace s113
