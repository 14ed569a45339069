// The terms of one recharge agreement: who pays whom, for what, on which
// basis, and how it is invoiced. A plain struct the services fill in from a
// typed agreement (services/RechargeService.h);
// validate() states the rules a well-formed agreement obeys.
//
// What each basis charges per financial year (before on-costs and VAT):
//   actual_cost   annual pay (with its effective-dated changes) x share
//   fixed_annual  fixedAnnual: the agreed fee is the payer's own figure, so
//                 share is not applied (docs/domain.md, "three-days-of-five":
//                 the CCG pays an agreed fixed fee instead of the pro-rata)
//   fixed_total   that year's phasing row: again the payer's own figure
// Each is prorated to the agreement's active days by the part-period method.
// On-costs apply to actual_cost only: a fixed fee is all-inclusive.
#pragma once
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "recharge/OnCosts.h"
#include "recharge/RechargeEnums.h"

namespace s113 {

constexpr BasisPoints kStandardVatBp{2000};  // 20%
constexpr std::int64_t kWholePercentParts = 1000000;  // 100% in ten-thousandths of a percent

// Annual pay from `from` onwards (a pay award, a change of hours).
struct PayChange {
  Date from;
  Pence annual{0};
};

// The part of a fixed_total charged in one financial year.
struct PhasedAmount {
  FinancialYear year;
  Pence amount{0};
};

// One partner's part of a shared cost: `weight` is a percentage or a driver
// count (headcount, FTE, population) in ten-thousandths, so "33.3333" and
// "12.5" are exact; the partner's ratio is weight / the sum of the weights.
struct CostPart {
  std::string partner;
  std::int64_t weight = 0;
};

// The ledger codes recorded on an agreement for each side: what the invoice
// journal posts each line to (blank where the agreement records none).
struct LedgerCodes {
  std::string payerCostCentre;
  std::string payerAccount;
  std::string payeeCostCentre;
  std::string payeeAccount;
};

struct RechargeTerms {
  std::string key;     // the agreement reference, e.g. "RA-001"
  std::string payer;   // partner code
  std::string payee;   // partner code
  std::string covers;  // free text: "placement PL-003", "joint post JP-001"
  RechargeBasis basis = RechargeBasis::ActualCost;

  Pence annualPay{0};                // actual_cost: annual cost base from `start`
  std::vector<PayChange> payChanges;  // actual_cost: later changes, any order
  Pence fixedAnnual{0};              // fixed_annual
  Pence fixedTotal{0};               // fixed_total
  std::vector<PhasedAmount> phasing;  // fixed_total: must sum to fixedTotal

  BasisPoints shareBp = kWholeShare;  // the payer's share of the actual cost
  // A cost-sharing agreement: the whole cost (shareBp 100%, no payer) split
  // among these partners, the payee's own part included when it bears one.
  // Empty: an agreement between one payer and the payee.
  std::vector<CostPart> parts;
  bool partsArePercentages = true;  // else a driver's counts
  OnCosts onCosts;
  PartPeriodMethod partPeriod = PartPeriodMethod::CalendarDay;
  InvoiceFrequency frequency = InvoiceFrequency::Monthly;
  VatTreatment vat = VatTreatment::OutsideScope;
  bool vatConfirmed = false;  // "confirmed by VAT team"; carried to reports
  bool nettingAllowed = false;
  // The day of the month pay is paid (1-31, capped at the month's last day);
  // 0: the last day of the month. Employer NI follows the pay day's rates.
  int payDay = 0;

  Date start;
  OptionalDate end;  // none: open-ended

  LedgerCodes codes;

  // The days the agreement runs, capped to `within`; none when they do not meet.
  boost::optional<Period> activeWithin(const Period& within) const;
  // The actual-cost annual pay in force on `date`: the latest change dated on
  // or before it, else annualPay. Changes dated before `start` are ignored,
  // since annualPay is by definition the pay from the start.
  Pence annualPayOn(const Date& date) const;
  // "recharge agreement RA-001": how errors name this record.
  std::string recordName() const { return "recharge agreement " + key; }
};

// Throws ValidationError (record "recharge agreement <key>", field in
// lower_snake as in the exchange files) for a cost-sharing agreement's parts
// ("parts"): fewer than two, a partner twice or blank, a negative weight, no
// partner other than the payee with a weight over 0, or percentages not
// adding up to exactly 100. Otherwise, as for every agreement:
// Throws ValidationError (record "recharge agreement <key>", field in
// lower_snake as in the exchange files) for the first rule broken: missing
// key, payer or payee; payer == payee ("payee"); share outside (0, 100%]
// ("share"); missing start ("start"); end before start ("end"); a negative
// amount or rate ("annual_pay", "pay_changes", "fixed_annual", "fixed_total",
// "phasing", "on_costs"); two pay changes on one date ("pay_changes");
// fixed_total without phasing, with a year twice, a year outside the
// agreement's dates, or rows not summing to fixedTotal ("phasing"); on-costs
// on a fixed basis ("on_costs").
void validate(const RechargeTerms& terms);

}  // namespace s113
