#include "domain/RechargeCatalog.h"

#include <set>

#include "domain/RechargeParts.h"
#include "domain/RechargePhasing.h"
#include "domain/Validation.h"
#include "domain/entities/CostSharingAgreement.h"
#include "domain/entities/NiRate.h"
#include "domain/entities/RechargeAgreement.h"

namespace s113 {
namespace {

// The fields that only some bases or on-cost kinds use.
void requireIf(const RecordChecker& c, bool needed, const std::string& name,
               const std::string& why) {
  if (needed && c.blank(name)) c.fail(name, "is required " + why);
}
void refuseIf(const RecordChecker& c, bool unused, const std::string& name,
              const std::string& why) {
  if (unused && !c.blank(name)) c.fail(name, "must be blank " + why);
}

void rateInRange(const RecordChecker& c, const std::string& name) {
  if (auto bp = c.percentOf(name); bp && (*bp < BasisPoints(0) || *bp > kWholeShare))
    c.fail(name, "must be from 0% to 100%");
}

void checkPhasing(const RecordChecker& c) {
  const std::string text = c.get("phasing");
  if (text.empty()) return;
  std::vector<PhasingRow> rows;
  try {
    rows = parsePhasing(text);
  } catch (const std::exception& e) {
    c.fail("phasing", e.what());
    return;
  }
  const auto start = c.dateOf("start_date");
  const auto end = c.dateOf("end_date");
  std::set<int> years;
  Pence sum(0);
  for (const auto& row : rows) {
    const std::string label = row.year.label();
    if (row.amount < Pence(0)) c.fail("phasing", label + " is negative");
    if (!years.insert(row.year.startYear()).second) c.fail("phasing", label + " appears twice");
    if ((start && row.year.lastDay() < *start) || (end && row.year.firstDay() > *end))
      c.fail("phasing", label + " is outside the agreement's dates");
    sum += row.amount;
  }
  if (auto total = c.moneyOf("fixed_total"); total && sum != *total)
    c.fail("phasing",
           "years sum to " + formatMoney(sum) + ", not the fixed total " + formatMoney(*total));
}

void checkPayDay(const RecordChecker& c) {
  if (c.blank("pay_day")) return;
  if (auto day = c.integerOf("pay_day"); !day || *day < 1 || *day > 31)
    c.fail("pay_day", "must be a day of the month from 1 to 31 (blank: the last day)");
}

// What a recharge agreement and a cost-sharing agreement share: the cost, its
// on-costs, dates and invoicing.
void checkCostTerms(const RecordChecker& c) {
  c.endNotBeforeStart("start_date", "end_date");
  checkPayDay(c);
  for (const char* money : {"annual_cost", "fixed_annual", "fixed_total"})
    c.notNegativeMoney(money);
  for (const char* rate : {"on_cost_rate", "pension_rate", "levy_rate"}) rateInRange(c, rate);

  const auto kind = c.choiceOf<CoversKind>("covers_kind");
  requireIf(c, kind && *kind != CoversKind::Other, "covers_ref",
            "to say which " + (kind ? toString(*kind) : std::string()) + " it covers");

  const auto basisGiven = c.choiceOf<RechargeBasis>("basis");
  const bool actual = basisGiven == RechargeBasis::ActualCost, annual = basisGiven == RechargeBasis::FixedAnnual,
             total = basisGiven == RechargeBasis::FixedTotal;
  const bool basisBlank = !basisGiven;
  if (actual && c.blank("annual_cost") && c.blank("cost_contract"))
    c.fail(
        "annual_cost",
        "an actual_cost agreement needs an annual cost or a cost_contract to take the salary from");
  refuseIf(c, !actual && !basisBlank, "annual_cost", "unless the basis is actual_cost");
  refuseIf(c, !actual && !basisBlank, "cost_contract", "unless the basis is actual_cost");
  requireIf(c, annual, "fixed_annual", "for a fixed_annual agreement");
  refuseIf(c, !annual && !basisBlank, "fixed_annual", "unless the basis is fixed_annual");
  requireIf(c, total, "fixed_total", "for a fixed_total agreement");
  requireIf(c, total, "phasing",
            "for a fixed_total agreement (e.g. 2009/10:95000.00;2010/11:77500.00)");
  refuseIf(c, !total && !basisBlank, "fixed_total", "unless the basis is fixed_total");
  refuseIf(c, !total && !basisBlank, "phasing", "unless the basis is fixed_total");
  if (total) checkPhasing(c);

  const auto onCosts = c.choiceOf<OnCostKind>("on_costs");
  if (!actual && !basisBlank && onCosts && *onCosts != OnCostKind::None)
    c.fail("on_costs", "apply to actual_cost only: a fixed fee includes them");
  requireIf(c, onCosts == OnCostKind::Flat, "on_cost_rate", "for flat on-costs");
  refuseIf(c, onCosts && *onCosts != OnCostKind::Flat, "on_cost_rate", "unless on_costs is flat");
  requireIf(c, onCosts == OnCostKind::Itemised, "pension_rate", "for itemised on-costs (employer pension)");
  refuseIf(c, onCosts && *onCosts != OnCostKind::Itemised, "pension_rate",
           "unless on_costs is itemised");
  refuseIf(c, onCosts && *onCosts != OnCostKind::Itemised, "levy_rate",
           "unless on_costs is itemised");
}

void checkAgreement(const RecordChecker& c, const std::string&) {
  c.differ("payer", "payee", "must differ from the payer: a partner cannot recharge itself");
  c.percentInRange("share");
  checkCostTerms(c);
}

void checkParts(const RecordChecker& c) {
  std::vector<PartRow> rows;
  try {
    rows = parseParts(c.get("parts"));
  } catch (const std::exception& e) {
    c.fail("parts", e.what());
    return;
  }
  if (rows.size() < 2) c.fail("parts", "a shared cost needs at least two partners");
  std::set<std::string> partners;
  std::int64_t sum = 0;
  bool anotherPays = false;
  for (const auto& row : rows) {
    if (!partners.insert(row.partner).second) c.fail("parts", row.partner + " appears twice");
    sum += row.weight;
    anotherPays = anotherPays || (row.partner != c.get("payee") && row.weight > 0);
  }
  if (!anotherPays) c.fail("parts", "no partner other than the payee pays a part");
  if (c.choiceOf<SplitBy>("split_by") == SplitBy::Percentage && sum != 1000000)
    c.fail("parts", "percentages add up to " + formatPartWeight(sum) + ", not exactly 100");
  if (sum == 0) c.fail("parts", "the counts add up to 0");
}

void checkCostSharing(const RecordChecker& c, const std::string&) {
  if (!c.blank("parts")) checkParts(c);
  checkCostTerms(c);
}

void checkNiRate(const RecordChecker& c, const std::string& key) {
  try {
    if (formatIso(parseIsoDate(key)) != key)
      throw std::invalid_argument("'" + key + "' is not YYYY-MM-DD");
  } catch (const std::exception& e) {
    c.fail("from_date", std::string("must be the date the rate takes effect: ") + e.what());
  }
  rateInRange(c, "rate");
  c.notNegativeMoney("secondary_threshold");
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
      checkNiRate};
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
      checkAgreement};
  return def;
}

const EntityDef& costSharingAgreementDef() {
  static const EntityDef def{"cost_sharing_agreement",
                             "Cost-sharing agreement",
                             "cost_sharing_agreements",
                             "ref",
                             "cost_sharing_agreements.csv",
                             fieldsOf<CostSharingAgreement>(),
                             checkCostSharing};
  return def;
}

// NI rates first: agreements do not refer to them, but reports read both.
std::vector<const EntityDef*> rechargeEntities() {
  return {&niRateDef(), &rechargeAgreementDef(), &costSharingAgreementDef()};
}

}  // namespace s113
