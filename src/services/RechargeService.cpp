#include "services/RechargeService.h"

#include <iterator>
#include <map>
#include <set>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/RechargeCatalog.h"
#include "domain/RechargeParts.h"
#include "domain/RechargePhasing.h"
#include "domain/Validation.h"
#include "recharge/RechargeTerms.h"
#include "storage/VersionStore.h"
#include "services/Roles.h"

namespace s113 {
namespace {

std::vector<StoredVersion> liveRecords(Register& reg, const EntityDef& def,
                                       const OptionalDate& asAt) {
  VersionStore store(reg, def);
  return asAt ? store.asAt(AsAt{*asAt, boost::none}) : store.allLatestLive();
}

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

// Every version of some contracts, oldest first, read in one pass: the
// contract histories of a whole run of agreements (one query instead of one
// per agreement). Only the salary is read, and only of the contracts some
// recharge agreement takes its cost from, so a national run stays small.
using ContractHistories = std::map<std::string, std::vector<StoredVersion>>;

ContractHistories historiesOf(Register& reg, const std::set<std::string>& contracts) {
  ContractHistories out;
  if (contracts.empty()) return out;
  const std::string costContracts = "SELECT cost_contract FROM " + rechargeAgreementDef().versionsTable() +
                                    " UNION SELECT cost_contract FROM " + costSharingAgreementDef().versionsTable();
  VersionStore(reg, contractDef(), {"annual_salary"}).forEachVersionOf(costContracts, [&](const StoredVersion& v) {
    if (contracts.count(v.key)) out[v.key].push_back(v);
  });
  return out;
}

// The salary of a contract by effective date (a later version recorded for
// the same date wins), as at `asAt` when given; from `histories` when the
// contract's history was read in bulk.
std::map<Date, Pence> salaryByDate(Register& reg, const std::string& contract,
                                   const OptionalDate& asAt, const ContractHistories* histories) {
  std::vector<StoredVersion> read;
  const std::vector<StoredVersion>* versions = &read;
  if (histories) {
    static const std::vector<StoredVersion> none;
    auto found = histories->find(contract);
    versions = found == histories->end() ? &none : &found->second;
  } else {
    read = VersionStore(reg, contractDef()).history(contract);
  }
  std::map<Date, Pence> byDate;
  for (const auto& v : *versions) {
    if (asAt && v.validFrom > *asAt) continue;
    if (v.deleted) {
      byDate.erase(v.validFrom);
      continue;
    }
    byDate[v.validFrom] = parseMoney(valueOf(v.fields, "annual_salary"));
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

std::string coversText(const Record& r) {
  const std::string kind = valueOf(r, "covers_kind"), ref = valueOf(r, "covers_ref"),
                    description = valueOf(r, "description");
  std::string what = kind == "other" ? "" : kind;
  for (auto& c : what)
    if (c == '_') c = ' ';
  if (!ref.empty()) what += (what.empty() ? "" : " ") + ref;
  return what.empty() ? description : what + ": " + description;
}

}  // namespace

NiRateTable niRatesOf(Register& reg, const OptionalDate& asAt) {
  std::vector<NiRate> rows;
  for (const auto& v : liveRecords(reg, niRateDef(), asAt)) {
    try {
      rows.push_back({parseIsoDate(v.key), parsePercent(valueOf(v.fields, "rate")),
                      parseMoney(valueOf(v.fields, "secondary_threshold"))});
    } catch (const std::exception& e) {
      throw ValidationError(recordLabel(niRateDef(), v.key), "from_date", e.what());
    }
  }
  try {
    return NiRateTable(std::move(rows));
  } catch (const std::exception& e) {
    throw ValidationError("employer NI rate table", "from_date", e.what());
  }
}

namespace {

// rechargeTermsOf, reading cost contracts from `histories` when given.
RechargeTerms termsOf(Register& reg, const EntityDef& def, const std::string& key,
                      const Record& r, const OptionalDate& asAt,
                      const ContractHistories* histories) {
  auto money = [&](const char* field) {
    const std::string v = valueOf(r, field);
    return v.empty() ? Pence(0) : parseMoney(v);
  };
  auto percent = [&](const char* field, BasisPoints blank) {
    const std::string v = valueOf(r, field);
    return v.empty() ? blank : parsePercent(v);
  };
  RechargeTerms t;
  t.key = key;
  t.payer = valueOf(r, "payer");
  t.payee = valueOf(r, "payee");
  t.covers = coversText(r);
  t.basis = parseRechargeBasis(valueOf(r, "basis"));
  t.start = parseIsoDate(valueOf(r, "start_date"));
  t.end = parseOptionalIsoDate(valueOf(r, "end_date"));
  t.annualPay = money("annual_cost");
  if (t.basis == RechargeBasis::ActualCost && valueOf(r, "annual_cost").empty() &&
      !valueOf(r, "cost_contract").empty())
    costFromContract(reg, def, t, valueOf(r, "cost_contract"), asAt, histories);
  t.fixedAnnual = money("fixed_annual");
  t.fixedTotal = money("fixed_total");
  if (!valueOf(r, "phasing").empty())
    for (const auto& row : parsePhasing(valueOf(r, "phasing")))
      t.phasing.push_back({row.year, row.amount});
  t.shareBp = percent("share", BasisPoints(0));
  if (&def == &costSharingAgreementDef()) {
    t.shareBp = kWholeShare;  // the whole cost, split among the parts
    t.partsArePercentages = valueOf(r, "split_by") == "percentage";
    for (const auto& row : parseParts(valueOf(r, "parts")))
      t.parts.push_back({row.partner, row.weight});
  }
  if (!valueOf(r, "pay_day").empty()) t.payDay = std::stoi(valueOf(r, "pay_day"));
  switch (parseOnCostKind(valueOf(r, "on_costs"))) {
    case OnCostKind::None:
      t.onCosts = OnCosts::none();
      break;
    case OnCostKind::Flat:
      t.onCosts = OnCosts::flat(percent("on_cost_rate", BasisPoints(0)));
      break;
    case OnCostKind::Itemised:
      t.onCosts = OnCosts::itemised(percent("pension_rate", BasisPoints(0)),
                                    percent("levy_rate", kApprenticeshipLevyBp));
      break;
  }
  t.partPeriod = parsePartPeriodMethod(valueOf(r, "part_period"));
  t.frequency = parseInvoiceFrequency(valueOf(r, "frequency"));
  t.vat = parseVatTreatment(valueOf(r, "vat"));
  t.vatConfirmed = valueOf(r, "vat_confirmed") == "true";
  t.nettingAllowed = valueOf(r, "netting_allowed") == "true";
  t.codes = {valueOf(r, "payer_cost_centre"), valueOf(r, "payer_account"),
             valueOf(r, "payee_cost_centre"), valueOf(r, "payee_account")};
  return t;
}

}  // namespace

RechargeTerms rechargeTermsOf(Register& reg, const std::string& key, const Record& fields,
                              const OptionalDate& asAt) {
  return termsOf(reg, rechargeAgreementDef(), key, fields, asAt, nullptr);
}

RechargeTerms rechargeTermsOf(Register& reg, const EntityDef& def, const std::string& key,
                              const Record& fields, const OptionalDate& asAt) {
  return termsOf(reg, def, key, fields, asAt, nullptr);
}

// The agreements first, then the histories of every contract they take their
// cost from, in one read.
std::vector<RechargeTerms> rechargeAgreementsOf(Register& reg, const OptionalDate& asAt) {
  const EntityDef* defs[] = {&rechargeAgreementDef(), &costSharingAgreementDef()};
  const std::vector<StoredVersion> records[] = {liveRecords(reg, *defs[0], asAt),
                                                liveRecords(reg, *defs[1], asAt)};
  std::set<std::string> costContracts;
  for (const auto& run : records)
    for (const auto& v : run)
      if (!valueOf(v.fields, "cost_contract").empty())
        costContracts.insert(valueOf(v.fields, "cost_contract"));
  const ContractHistories histories = historiesOf(reg, costContracts);
  std::vector<RechargeTerms> terms;
  terms.reserve(records[0].size() + records[1].size());
  for (std::size_t i = 0; i < 2; ++i)
    for (const auto& v : records[i]) terms.push_back(termsOf(reg, *defs[i], v.key, v.fields, asAt, &histories));
  return terms;
}

Schedule rechargeSchedule(Register& reg, const FinancialYear& year, const OptionalDate& asAt) {
  require(reg, Action::ReadSalaries);  // actual-cost lines are costed from contract salaries
  const auto agreements = rechargeAgreementsOf(reg, asAt);
  const NiRateTable rates = niRatesOf(reg, asAt);
  try {
    return schedule(agreements, year, rates);
  } catch (const ValidationError& e) {
    const std::string key = keyFromEngineRecord(e.record());
    bool shared = false;
    for (const auto& t : agreements) shared = shared || (t.key == key && !t.parts.empty());
    throw inRegisterTerms(e, shared ? costSharingAgreementDef() : rechargeAgreementDef(), key);
  }
}

void checkRechargeEdit(Register& reg, const Edit& edit) {
  if (edit.def != &rechargeAgreementDef() && edit.def != &costSharingAgreementDef()) return;
  const std::string record = recordLabel(*edit.def, edit.key);
  std::vector<ValidationError> errors;
  const std::string kind = valueOf(edit.fields, "covers_kind"),
                    ref = valueOf(edit.fields, "covers_ref");
  // Posts and contracts always; placements, joint posts and single-manager
  // contracts once the register holds entities of those names.
  if (kind != "other" && !ref.empty())
    if (const EntityDef* target = findEntity(kind);
        target && !VersionStore(reg, *target).isLive(ref))
      errors.emplace_back(record, "covers_ref", "there is no " + target->label + " '" + ref + "'");
  if (edit.def == &costSharingAgreementDef()) {
    VersionStore partners(reg, partnerDef());
    try {
      for (const auto& row : parseParts(valueOf(edit.fields, "parts")))
        if (!partners.isLive(row.partner))
          errors.emplace_back(record, "parts", "there is no partner '" + row.partner + "'");
    } catch (const std::exception&) {
      // The entity's own check has named the malformed part.
    }
  }
  try {
    validate(rechargeTermsOf(reg, *edit.def, edit.key, edit.fields));
  } catch (const ValidationError& e) {
    errors.push_back(e.record() == record ? e : inRegisterTerms(e, *edit.def, edit.key));
  } catch (const std::invalid_argument&) {
    // A field that does not parse: the entity's own checks have named it.
  }
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
}

}  // namespace s113
