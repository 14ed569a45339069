#include "services/RechargeService.h"

#include <iterator>
#include <map>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/RechargeCatalog.h"
#include "domain/RechargeParts.h"
#include "domain/RechargePhasing.h"
#include "domain/Validation.h"
#include "domain/entities/CostSharingAgreement.h"
#include "domain/entities/NiRate.h"
#include "domain/entities/RechargeAgreement.h"
#include "recharge/ParallelLines.h"
#include "recharge/RechargeTerms.h"
#include "services/ParallelReads.h"
#include "services/Roles.h"
#include "storage/TypedStore.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

// The engine names fields as RechargeTerms does; the register's columns
// differ where SQL or the exchange files needed another name.
std::string registerField(const std::string& engineField) {
  static const std::map<std::string, std::string> names = {{"key", "ref"},
                                                           {"annual_pay", "annual_cost"},
                                                           {"pay_changes", "cost_contract"},
                                                           {"start", "start_date"},
                                                           {"end", "end_date"}};
  auto it = names.find(engineField);
  return it == names.end() ? engineField : it->second;
}

// The engine's "recharge agreement RA-1" error, named as the register names
// the record and its field.
ValidationError inRegisterTerms(const ValidationError& e, const EntityDef& def,
                                const std::string& key) {
  return ValidationError(recordLabel(def, key), registerField(e.field()), e.reason());
}

std::string keyFromEngineRecord(const std::string& record) {
  const std::string prefix = "recharge agreement ";
  return record.rfind(prefix, 0) == 0 ? record.substr(prefix.size()) : record;
}

// The salary versions of some contracts, oldest first, by contract.
using ContractHistories = std::map<std::string, std::vector<AmountVersion>>;

// Every contract some version of an agreement takes its cost from, read in
// one pass (one query instead of one per agreement).
ContractHistories costContractHistories(Register& reg) {
  ContractHistories out;
  const std::string costContracts = "SELECT cost_contract FROM " + rechargeAgreementDef().versionsTable() +
                                    " UNION SELECT cost_contract FROM " + costSharingAgreementDef().versionsTable();
  forEachAmountVersionOf(reg, contractDef(), "annual_salary", costContracts,
                         [&](const std::string& key, const AmountVersion& v) { out[key].push_back(v); });
  return out;
}

// The salary of a contract by effective date (a later version recorded for
// the same date wins), as at `asAt` when given; from `histories` when the
// contract's history was read in bulk.
std::map<Date, Pence> salaryByDate(Register& reg, const std::string& contract,
                                   const OptionalDate& asAt, const ContractHistories* histories) {
  std::vector<AmountVersion> read;
  const std::vector<AmountVersion>* versions = &read;
  if (histories) {
    static const std::vector<AmountVersion> none;
    auto found = histories->find(contract);
    versions = found == histories->end() ? &none : &found->second;
  } else {
    read = amountHistory(reg, contractDef(), "annual_salary", contract);
  }
  std::map<Date, Pence> byDate;
  for (const auto& v : *versions) {
    if (asAt && v.validFrom > *asAt) continue;
    if (v.deleted) {
      byDate.erase(v.validFrom);
      continue;
    }
    if (!v.amount)
      throw ValidationError(recordLabel(contractDef(), contract), "annual_salary",
                            "has no salary in the register to take a recharge's cost from");
    byDate[v.validFrom] = *v.amount;
  }
  return byDate;
}

void costFromContract(Register& reg, const EntityDef& def, RechargeTerms& t,
                      const std::string& contract, const OptionalDate& asAt,
                      const ContractHistories* histories) {
  const auto byDate = salaryByDate(reg, contract, asAt, histories);
  if (byDate.empty())
    throw ValidationError(recordLabel(def, t.key), "cost_contract",
                          "contract '" + contract + "' has no salary to take the cost from");
  // The pay in force on the start; a contract that starts later gives its first salary.
  auto inForce = byDate.upper_bound(t.start);
  t.annualPay = inForce == byDate.begin() ? inForce->second : std::prev(inForce)->second;
  Pence previous = t.annualPay;
  for (auto it = inForce; it != byDate.end(); ++it) {
    if (it->second != previous) t.payChanges.push_back({it->first, it->second});
    previous = it->second;
  }
}

// "<kind> <ref>: <description>", the kind spelled with spaces ("joint post").
std::string coversText(const AgreementCost& c) {
  std::string what = c.coversKind == CoversKind::Other ? "" : toString(c.coversKind);
  for (auto& ch : what)
    if (ch == '_') ch = ' ';
  if (!c.coversRef.empty()) what += (what.empty() ? "" : " ") + c.coversRef;
  return what.empty() ? c.description : what + ": " + c.description;
}

// A structured cell (phasing, parts) parsed where it is costed; a cell that
// does not parse names the record and the field.
template <typename Parse>
auto parsedCell(const EntityDef& def, const std::string& key, const char* field, const std::string& text,
                Parse parse) {
  try {
    return parse(text);
  } catch (const std::invalid_argument& e) {
    throw ValidationError(recordLabel(def, key), field, e.what());
  }
}

OnCosts onCostsOf(const AgreementCost& c) {
  switch (c.onCosts) {
    case OnCostKind::Flat:
      return OnCosts::flat(c.onCostRate.value_or(BasisPoints(0)));
    case OnCostKind::Itemised:
      return OnCosts::itemised(c.pensionRate.value_or(BasisPoints(0)), c.levyRate.value_or(kApprenticeshipLevyBp));
    case OnCostKind::None:
      break;
  }
  return OnCosts::none();
}

// What both kinds of agreement give the engine; `t.key` is set.
void applyCost(Register& reg, const EntityDef& def, const AgreementCost& c, RechargeTerms& t,
               const OptionalDate& asAt, const ContractHistories* histories) {
  t.covers = coversText(c);
  t.basis = c.basis;
  t.start = c.start;
  t.end = c.end;
  t.annualPay = c.annualCost.value_or(Pence(0));
  if (c.basis == RechargeBasis::ActualCost && !c.annualCost && !c.costContract.empty())
    costFromContract(reg, def, t, c.costContract.value, asAt, histories);
  t.fixedAnnual = c.fixedAnnual.value_or(Pence(0));
  t.fixedTotal = c.fixedTotal.value_or(Pence(0));
  if (!c.phasing.empty())
    for (const auto& row : parsedCell(def, t.key, "phasing", c.phasing, parsePhasing))
      t.phasing.push_back({row.year, row.amount});
  t.payDay = c.payDay ? static_cast<int>(*c.payDay) : 0;
  t.onCosts = onCostsOf(c);
  t.partPeriod = c.partPeriod;
  t.frequency = c.frequency;
  t.vat = c.vat;
  t.vatConfirmed = c.vatConfirmed;
  t.nettingAllowed = c.nettingAllowed;
}

RechargeTerms termsOf(Register& reg, const RechargeAgreement& a, const OptionalDate& asAt,
                      const ContractHistories* histories) {
  RechargeTerms t;
  t.key = a.ref;
  t.payer = a.payer.value;
  t.payee = a.payee.value;
  applyCost(reg, rechargeAgreementDef(), a.cost, t, asAt, histories);
  t.shareBp = a.share;
  t.codes = {a.payerCostCentre, a.payerAccount, a.payeeCostCentre, a.payeeAccount};
  return t;
}

RechargeTerms termsOf(Register& reg, const CostSharingAgreement& a, const OptionalDate& asAt,
                      const ContractHistories* histories) {
  const EntityDef& def = costSharingAgreementDef();
  RechargeTerms t;
  t.key = a.ref;
  t.payee = a.payee.value;
  applyCost(reg, def, a.cost, t, asAt, histories);
  t.shareBp = kWholeShare;  // the whole cost, split among the parts
  t.partsArePercentages = a.splitBy == SplitBy::Percentage;
  for (const auto& row : parsedCell(def, t.key, "parts", a.parts, parseParts))
    t.parts.push_back({row.partner, row.weight});
  t.codes = {"", "", a.payeeCostCentre, a.payeeAccount};
  return t;
}

}  // namespace

NiRateTable niRatesOf(Register& reg, const OptionalDate& asAt) {
  std::vector<NiRate> rows;
  for (const auto& r : liveEntities<NiRateRow>(reg, niRateDef(), asAt)) {
    try {
      rows.push_back({parseIsoDate(r.fromDate), r.rate, r.secondaryThreshold});
    } catch (const std::exception& e) {
      throw ValidationError(recordLabel(niRateDef(), r.fromDate), "from_date", e.what());
    }
  }
  try {
    return NiRateTable(std::move(rows));
  } catch (const std::exception& e) {
    throw ValidationError("employer NI rate table", "from_date", e.what());
  }
}

RechargeTerms rechargeTermsOf(Register& reg, const std::string& key, const FieldValues& fields,
                              const OptionalDate& asAt) {
  return rechargeTermsOf(reg, rechargeAgreementDef(), key, fields, asAt);
}

// A record's values (an edit from a form or a CSV row), as its type, then
// costed like a stored one.
RechargeTerms rechargeTermsOf(Register& reg, const EntityDef& def, const std::string& key,
                              const FieldValues& fields, const OptionalDate& asAt) {
  const std::string name = recordLabel(def, key);
  if (&def == &costSharingAgreementDef())
    return termsOf(reg, fromValues<CostSharingAgreement>(key, fields, name), asAt, nullptr);
  return termsOf(reg, fromValues<RechargeAgreement>(key, fields, name), asAt, nullptr);
}

// The two kinds of agreement and the salary histories of the contracts they
// take their cost from, read side by side (services/ParallelReads.h).
std::vector<RechargeTerms> rechargeAgreementsOf(Register& reg, const OptionalDate& asAt) {
  std::vector<RechargeAgreement> recharges;
  std::vector<CostSharingAgreement> shared;
  ContractHistories histories;
  runReadJobs(reg, {[&](Register& r) { recharges = liveEntities<RechargeAgreement>(r, rechargeAgreementDef(), asAt); },
                    [&](Register& r) {
                      shared = liveEntities<CostSharingAgreement>(r, costSharingAgreementDef(), asAt);
                      histories = costContractHistories(r);
                    }});
  std::vector<RechargeTerms> terms;
  terms.reserve(recharges.size() + shared.size());
  for (const auto& a : recharges) terms.push_back(termsOf(reg, a, asAt, &histories));
  for (const auto& a : shared) terms.push_back(termsOf(reg, a, asAt, &histories));
  return terms;
}

namespace {

// Runs `cost` on the register's agreements and NI table; an agreement the
// engine refuses is named as the register names it and its field.
template <typename Cost>
auto costed(Register& reg, const OptionalDate& asAt, Cost cost) {
  require(reg, Action::ReadSalaries);  // actual-cost lines are costed from contract salaries
  const auto agreements = rechargeAgreementsOf(reg, asAt);
  const NiRateTable rates = niRatesOf(reg, asAt);
  try {
    return cost(agreements, rates);
  } catch (const ValidationError& e) {
    const std::string key = keyFromEngineRecord(e.record());
    bool shared = false;
    for (const auto& t : agreements) shared = shared || (t.key == key && !t.parts.empty());
    throw inRegisterTerms(e, shared ? costSharingAgreementDef() : rechargeAgreementDef(), key);
  }
}

}  // namespace

Schedule rechargeSchedule(Register& reg, const FinancialYear& year, const OptionalDate& asAt) {
  return costed(reg, asAt, [&](const std::vector<RechargeTerms>& agreements, const NiRateTable& rates) {
    return schedule(agreements, year, rates);
  });
}

void forEachScheduleLine(Register& reg, const FinancialYear& year, const OptionalDate& asAt,
                         const std::function<void(const ScheduleLine&)>& visit) {
  costed(reg, asAt, [&](const std::vector<RechargeTerms>& agreements, const NiRateTable& rates) {
    for (const auto& terms : agreements) validate(terms);  // as schedule(): every agreement, before any line
    forEachLineOfAll(agreements, year, rates, [&](ScheduleLine&& line) { visit(line); });
  });
}

namespace {

// What the agreement covers exists: posts and contracts always; placements,
// joint posts and single-manager contracts once the register holds entities
// of those names.
void checkCovered(Register& reg, const AgreementCost& c, const std::string& record,
                  std::vector<ValidationError>& errors) {
  if (c.coversKind == CoversKind::Other || c.coversRef.empty()) return;
  if (const EntityDef* target = findEntity(toString(c.coversKind));
      target && !VersionStore(reg, *target).isLive(c.coversRef))
    errors.emplace_back(record, "covers_ref", "there is no " + target->label + " '" + c.coversRef + "'");
}

void checkPartners(Register&, const RechargeAgreement&, const std::string&, std::vector<ValidationError>&) {
  // payer and payee are references: the services check them for every entity.
}
void checkPartners(Register& reg, const CostSharingAgreement& a, const std::string& record,
                   std::vector<ValidationError>& errors) {
  VersionStore partners(reg, partnerDef());
  for (const auto& row : parsedCell(costSharingAgreementDef(), a.ref, "parts", a.parts, parseParts))
    if (!partners.isLive(row.partner))
      errors.emplace_back(record, "parts", "there is no partner '" + row.partner + "'");
}

// The edit, as its type.
template <typename Agreement>
void checkAgreementEdit(Register& reg, const Edit& edit, std::vector<ValidationError>& errors) {
  const std::string record = recordLabel(*edit.def, edit.key);
  try {
    const Agreement a = fromValues<Agreement>(edit.key, edit.fields, record);
    checkCovered(reg, a.cost, record, errors);
    checkPartners(reg, a, record, errors);
    validate(termsOf(reg, a, boost::none, nullptr));
  } catch (const ValidationError& e) {
    errors.push_back(e.record() == record ? e : inRegisterTerms(e, *edit.def, edit.key));
  }
}

}  // namespace

void checkRechargeEdit(Register& reg, const Edit& edit) {
  std::vector<ValidationError> errors;
  if (edit.def == &rechargeAgreementDef())
    checkAgreementEdit<RechargeAgreement>(reg, edit, errors);
  else if (edit.def == &costSharingAgreementDef())
    checkAgreementEdit<CostSharingAgreement>(reg, edit, errors);
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
}

}  // namespace s113
