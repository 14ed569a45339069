#include "domain/RechargeCatalog.h"

#include <set>

#include "domain/RechargeParts.h"
#include "domain/RechargePhasing.h"
#include "domain/EntityRules.h"
#include "domain/entities/CostSharingAgreement.h"
#include "domain/entities/NiRate.h"
#include "domain/entities/RechargeAgreement.h"

namespace s113 {
namespace {

// The fields that only some bases or on-cost kinds use: `given` says whether
// the member holds a value.
template <typename E, typename M>
void requireIf(const Faults<E>& f, bool needed, const M& member, bool given, const std::string& why) {
  if (needed && !given) f.fail(member, "is required " + why);
}
template <typename E, typename M>
void refuseIf(const Faults<E>& f, bool unused, const M& member, bool given, const std::string& why) {
  if (unused && given) f.fail(member, "must be blank " + why);
}

// A rate, a BasisPoints or an OptionalBasisPoints.
template <typename E, typename R>
void rateInRange(const Faults<E>& f, const R& rate) {
  const BasisPoints* value = presentValue(rate);
  if (value && (*value < BasisPoints(0) || *value > kWholeShare)) f.fail(rate, "must be from 0% to 100%");
}

// A fixed total's phasing: one amount per financial year, within the
// agreement's dates, summing to the total.
template <typename E>
void checkPhasing(const AgreementCost& c, const Faults<E>& f) {
  if (c.phasing.empty()) return;
  std::vector<PhasingRow> rows;
  try {
    rows = parsePhasing(c.phasing);
  } catch (const std::exception& e) {
    f.fail(c.phasing, e.what());
    return;
  }
  std::set<int> years;
  Pence sum(0);
  for (const auto& row : rows) {
    const std::string label = row.year.label();
    if (row.amount < Pence(0)) f.fail(c.phasing, label + " is negative");
    if (!years.insert(row.year.startYear()).second) f.fail(c.phasing, label + " appears twice");
    if (row.year.lastDay() < c.start || (c.end && row.year.firstDay() > *c.end))
      f.fail(c.phasing, label + " is outside the agreement's dates");
    sum += row.amount;
  }
  if (c.fixedTotal && sum != *c.fixedTotal)
    f.fail(c.phasing, "years sum to " + formatMoney(sum) + ", not the fixed total " + formatMoney(*c.fixedTotal));
}

// Each basis uses its own amount and no other's.
template <typename E>
void checkBasis(const AgreementCost& c, const Faults<E>& f) {
  const bool actual = c.basis == RechargeBasis::ActualCost, annual = c.basis == RechargeBasis::FixedAnnual,
             total = c.basis == RechargeBasis::FixedTotal;
  if (actual && !c.annualCost && c.costContract.empty())
    f.fail(c.annualCost, "an actual_cost agreement needs an annual cost or a cost_contract to take the salary from");
  refuseIf(f, !actual, c.annualCost, bool(c.annualCost), "unless the basis is actual_cost");
  refuseIf(f, !actual, c.costContract, !c.costContract.empty(), "unless the basis is actual_cost");
  requireIf(f, annual, c.fixedAnnual, bool(c.fixedAnnual), "for a fixed_annual agreement");
  refuseIf(f, !annual, c.fixedAnnual, bool(c.fixedAnnual), "unless the basis is fixed_annual");
  requireIf(f, total, c.fixedTotal, bool(c.fixedTotal), "for a fixed_total agreement");
  requireIf(f, total, c.phasing, !c.phasing.empty(),
            "for a fixed_total agreement (e.g. 2009/10:95000.00;2010/11:77500.00)");
  refuseIf(f, !total, c.fixedTotal, bool(c.fixedTotal), "unless the basis is fixed_total");
  refuseIf(f, !total, c.phasing, !c.phasing.empty(), "unless the basis is fixed_total");
  if (total) checkPhasing(c, f);
}

// On-costs apply to an actual cost, flat or itemised, each with its rates.
template <typename E>
void checkOnCosts(const AgreementCost& c, const Faults<E>& f) {
  const bool flat = c.onCosts == OnCostKind::Flat, itemised = c.onCosts == OnCostKind::Itemised;
  if (c.basis != RechargeBasis::ActualCost && c.onCosts != OnCostKind::None)
    f.fail(c.onCosts, "apply to actual_cost only: a fixed fee includes them");
  requireIf(f, flat, c.onCostRate, bool(c.onCostRate), "for flat on-costs");
  refuseIf(f, !flat, c.onCostRate, bool(c.onCostRate), "unless on_costs is flat");
  requireIf(f, itemised, c.pensionRate, bool(c.pensionRate), "for itemised on-costs (employer pension)");
  refuseIf(f, !itemised, c.pensionRate, bool(c.pensionRate), "unless on_costs is itemised");
  refuseIf(f, !itemised, c.levyRate, bool(c.levyRate), "unless on_costs is itemised");
}

// What a recharge agreement and a cost-sharing agreement share: the cost, its
// on-costs, dates and invoicing.
template <typename E>
void checkCostTerms(const AgreementCost& c, const Faults<E>& f) {
  f.endNotBeforeStart(c.start, c.end);
  if (c.payDay && (*c.payDay < 1 || *c.payDay > 31))
    f.fail(c.payDay, "must be a day of the month from 1 to 31 (blank: the last day)");
  for (const OptionalPence* money : {&c.annualCost, &c.fixedAnnual, &c.fixedTotal}) f.notNegative(*money);
  for (const OptionalBasisPoints* rate : {&c.onCostRate, &c.pensionRate, &c.levyRate}) rateInRange(f, *rate);
  requireIf(f, c.coversKind != CoversKind::Other, c.coversRef, !c.coversRef.empty(),
            "to say which " + toString(c.coversKind) + " it covers");
  checkBasis(c, f);
  checkOnCosts(c, f);
}

void checkAgreement(const RechargeAgreement& a, const Faults<RechargeAgreement>& f) {
  f.differ(a.payer, a.payee, "must differ from the payer: a partner cannot recharge itself");
  f.percentInRange(a.share);
  checkCostTerms(a.cost, f);
}

// A shared cost's parts: two partners or more, each once, someone other
// than the payee paying, percentages adding up to 100.
void checkParts(const CostSharingAgreement& a, const Faults<CostSharingAgreement>& f) {
  std::vector<PartRow> rows;
  try {
    rows = parseParts(a.parts);
  } catch (const std::exception& e) {
    f.fail(a.parts, e.what());
    return;
  }
  if (rows.size() < 2) f.fail(a.parts, "a shared cost needs at least two partners");
  std::set<std::string> partners;
  std::int64_t sum = 0;
  bool anotherPays = false;
  for (const auto& row : rows) {
    if (!partners.insert(row.partner).second) f.fail(a.parts, row.partner + " appears twice");
    sum += row.weight;
    anotherPays = anotherPays || (row.partner != a.payee.value && row.weight > 0);
  }
  if (!anotherPays) f.fail(a.parts, "no partner other than the payee pays a part");
  if (a.splitBy == SplitBy::Percentage && sum != 1000000)
    f.fail(a.parts, "percentages add up to " + formatPartWeight(sum) + ", not exactly 100");
  if (sum == 0) f.fail(a.parts, "the counts add up to 0");
}

void checkCostSharing(const CostSharingAgreement& a, const Faults<CostSharingAgreement>& f) {
  checkParts(a, f);
  checkCostTerms(a.cost, f);
}

void checkNiRate(const NiRateRow& r, const Faults<NiRateRow>& f) {
  try {
    if (formatIso(parseIsoDate(r.fromDate)) != r.fromDate)
      throw std::invalid_argument("'" + r.fromDate + "' is not YYYY-MM-DD");
  } catch (const std::exception& e) {
    f.fail(r.fromDate, std::string("must be the date the rate takes effect: ") + e.what());
  }
  rateInRange(f, r.rate);
  f.notNegative(r.secondaryThreshold);
}

}  // namespace

const EntityDef& niRateDef() {
  static const EntityDef def{
      "ni_rate",
      "Employer NI rate",
      "ni_rates",
      "from_date",
      "ni_rates.csv",
      fieldsOf<NiRateRow>(),
      rulesOf(checkNiRate)};
  return def;
}

const EntityDef& rechargeAgreementDef() {
  static const EntityDef def{
      "recharge_agreement",
      "Recharge agreement",
      "recharge_agreements",
      "ref",
      "recharge_agreements.csv",
      fieldsOf<RechargeAgreement>(),
      rulesOf(checkAgreement)};
  return def;
}

const EntityDef& costSharingAgreementDef() {
  static const EntityDef def{"cost_sharing_agreement",
                             "Cost-sharing agreement",
                             "cost_sharing_agreements",
                             "ref",
                             "cost_sharing_agreements.csv",
                             fieldsOf<CostSharingAgreement>(),
                             rulesOf(checkCostSharing)};
  return def;
}

// NI rates first: agreements do not refer to them, but reports read both.
std::vector<const EntityDef*> rechargeEntities() {
  return {&niRateDef(), &rechargeAgreementDef(), &costSharingAgreementDef()};
}

}  // namespace s113
