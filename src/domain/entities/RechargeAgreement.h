// A recharge agreement: who pays whom, for what, on which basis, and how it
// is invoiced (docs/domain.md "Recharge agreement"); and what it shares with
// a cost-sharing agreement (CostSharingAgreement.h): the cost, its on-costs,
// dates and invoicing. Their fields are declared once, here, and their
// EntityDefs (RechargeCatalog.cpp) are built from these descriptions. The
// services turn one into the engine's RechargeTerms (services/RechargeService.h).
#pragma once
#include <string>

#include "domain/Describe.h"
#include "domain/RechargeEnums.h"

namespace s113 {

// The cost both kinds of agreement charge, and how.
struct AgreementCost {
  CoversKind coversKind = CoversKind::Other;
  std::string coversRef;  // the covered record's key; blank for "other"
  std::string description;
  RechargeBasis basis = RechargeBasis::ActualCost;
  RecordKey costContract;     // actual_cost: the contract whose salary is the cost
  OptionalPence annualCost;   // actual_cost: blank takes the cost_contract's salary
  OptionalPence fixedAnnual;  // fixed_annual
  OptionalPence fixedTotal;   // fixed_total
  // fixed_total: "2009/10:95000.00;..." (domain/RechargePhasing.h). Kept as
  // written, so an export gives back the cell imported; parsed where costed.
  std::string phasing;
  OnCostKind onCosts = OnCostKind::None;
  OptionalBasisPoints onCostRate;   // flat
  OptionalBasisPoints pensionRate;  // itemised
  OptionalBasisPoints levyRate;     // itemised; blank: the apprenticeship levy's 0.5%
  OptionalInteger payDay;           // blank: the last day of the month
  PartPeriodMethod partPeriod = PartPeriodMethod::CalendarDay;
  InvoiceFrequency frequency = InvoiceFrequency::Monthly;
  VatTreatment vat = VatTreatment::OutsideScope;
  bool vatConfirmed = false;
  bool nettingAllowed = false;
  Date start;
  OptionalDate end;  // none: open-ended
};

// What is covered and the basis: the fields from covers_kind to phasing.
template <class Visitor>
void describeWhat(Visitor& v, AgreementCost& c) {
  v.choice("covers_kind", "Covers (kind)", c.coversKind);
  v.text("covers_ref", "Covers (reference)", c.coversRef, Required::No);
  v.text("description", "Description", c.description, Required::Yes);
  v.choice("basis", "Basis", c.basis);
  v.ref("cost_contract", "Contract whose salary is the cost", "contract", c.costContract, Required::No);
  v.money("annual_cost", "Annual cost (actual cost)", c.annualCost);
  v.money("fixed_annual", "Fixed annual fee", c.fixedAnnual);
  v.money("fixed_total", "Fixed total", c.fixedTotal);
  v.text("phasing", "Phasing by financial year", c.phasing, Required::No);
}

// On-costs, invoicing and dates: the fields from on_costs to end_date.
template <class Visitor>
void describeHow(Visitor& v, AgreementCost& c) {
  v.choice("on_costs", "On-costs", c.onCosts);
  v.percent("on_cost_rate", "Flat on-cost rate", c.onCostRate);
  v.percent("pension_rate", "Employer pension rate", c.pensionRate);
  v.percent("levy_rate", "Apprenticeship levy rate", c.levyRate);
  v.integer("pay_day", "Pay day of the month (blank: the last day)", c.payDay);
  v.choice("part_period", "Part-period method", c.partPeriod);
  v.choice("frequency", "Invoicing frequency", c.frequency);
  v.choice("vat", "VAT treatment", c.vat);
  v.flag("vat_confirmed", "VAT treatment confirmed by the VAT team", c.vatConfirmed);
  v.flag("netting_allowed", "Netting allowed", c.nettingAllowed);
  v.date("start_date", "Start", c.start);
  v.date("end_date", "End", c.end);
}

struct RechargeAgreement {
  std::string ref;  // the key: "RA-001"
  RecordKey payer;
  RecordKey payee;
  AgreementCost cost;
  BasisPoints share{0};  // the payer's share of an actual cost
  // The ledger codes of each side, for the invoice journal (blank: none).
  std::string payerCostCentre, payerAccount, payeeCostCentre, payeeAccount;
};

template <class Visitor>
void describe(Visitor& v, RechargeAgreement& a) {
  v.key("ref", a.ref);
  v.ref("payer", "Payer", "partner", a.payer, Required::Yes);
  v.ref("payee", "Payee", "partner", a.payee, Required::Yes);
  describeWhat(v, a.cost);
  v.percent("share", "Payer's share", a.share);
  describeHow(v, a.cost);
  v.text("payer_cost_centre", "Payer's cost centre (ledger journal)", a.payerCostCentre, Required::No);
  v.text("payer_account", "Payer's account code (ledger journal)", a.payerAccount, Required::No);
  v.text("payee_cost_centre", "Payee's cost centre (ledger journal)", a.payeeCostCentre, Required::No);
  v.text("payee_account", "Payee's account code (ledger journal)", a.payeeAccount, Required::No);
}

}  // namespace s113
