// The recharge schedule of a financial year: one line per agreement per
// invoicing period in which the agreement is active.
//
// An agreement's stretch of the year (the days it runs in it) is costed
// exactly and rounded once: each period's pay and each on-cost item is the
// cumulative exact amount to the period's end rounded half-up, minus the
// same to the previous period's end, so the periods add up exactly to the
// stretch rounded once (a whole year of an actual-cost agreement: exactly
// the annual figure x share). VAT is 20% of each line's net, rounded per
// line; net = pay + on-costs and total = net + VAT exactly, and every total
// elsewhere (Totals.h, Netting.h) is a sum of these lines.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "recharge/NiRateTable.h"
#include "recharge/OnCosts.h"
#include "recharge/RechargeTerms.h"

namespace s113 {

// What a line is: the period's own charge; an adjustment, in an open
// period, of a closed period's charge that a later change to the register
// would have altered; or a year-end true-up of an actual-cost agreement to
// the pay payroll imported (services/ClosedPeriods.h, services/TrueUp.h).
enum class LineKind { Charge, Adjustment, TrueUp };
std::string toString(LineKind kind);  // "charge", "adjustment", "true_up"
LineKind parseLineKind(const std::string& text);

struct ScheduleLine {
  std::string agreementKey;
  std::string payer;
  std::string payee;
  std::string covers;  // what the agreement covers, for the invoice narrative
  Period period;       // the invoicing period
  Period active;       // the part of it the agreement runs
  long daysActive = 0;      // calendar days of `active`
  long weekdaysActive = 0;  // Monday-Friday in `active` (what working_day charges)
  Date invoiceDate;  // in arrears: the day after the period ends
  Pence pay{0};     // the payer's charge before on-costs
  OnCostAmounts onCostItems;
  Pence onCosts{0};  // onCostItems.total()
  Pence net{0};      // pay + onCosts
  VatTreatment vatTreatment = VatTreatment::OutsideScope;
  bool vatConfirmed = false;
  Pence vat{0};    // on this line's net, standard rate only
  Pence total{0};  // net + vat
  bool nettingAllowed = false;
  // The payer's share as agreed: "40%" (actual cost), "33.3333%" or "512/622"
  // (a part of a shared cost); blank for a fixed fee, the payer's own figure.
  std::string share;
  // False for the payee's own part of a shared cost: shown, never invoiced,
  // so left out of every total and settlement.
  bool invoiced = true;
  LineKind kind = LineKind::Charge;
  // An adjustment: the closed period it corrects; a true-up: the year trued
  // up. The line's own `period` is where it is invoiced.
  boost::optional<Period> adjusts;
  // An adjustment or true-up: why, naming each change (record, version, who).
  std::string cause;
  LedgerCodes codes;
};

struct Schedule {
  FinancialYear year{0};
  std::vector<ScheduleLine> lines;  // agreements in the order given, periods in date order
};

// VAT on one supply line: 20% of net rounded half-up for standard, 0 otherwise.
Pence vatOn(Pence net, VatTreatment treatment);

// Validates every agreement (throws the first ValidationError), then lists
// its lines for `year`:
//   actual_cost   annual pay (splitting at pay changes) x share, prorated by
//                 the agreement's part-period method, plus on-costs (employer
//                 NI by pay day: LineCosting.h);
//   fixed_annual  fixedAnnual prorated the same way;
//   fixed_total   that year's phasing row spread over the year's active
//                 invoicing periods in proportion to their part-period units;
//                 a year without a row has no lines.
// Each with the cumulative rounding above. A cost-sharing agreement (parts
// given) costs the whole line that way, then splits each of its figures (pay
// and every on-cost item) among the parts by largest remainder in the parts'
// exact ratio, so the parts of every line add up to it exactly; one line per
// part, in the order the parts are written, VAT on each invoiced part's net.
// Example: schedule({ra}, FinancialYear(2023), defaultNiRates()).
Schedule schedule(const std::vector<RechargeTerms>& agreements, const FinancialYear& year,
                  const NiRateTable& niRates);

// The lines schedule() lists for one agreement, in the same order, each
// handed to `visit` as it is made instead of kept (`terms` validated by the
// caller). Throws as schedule() does when the agreement cannot be costed.
using LineVisitor = std::function<void(ScheduleLine&& line)>;
void forEachLineOf(const RechargeTerms& terms, const FinancialYear& year, const NiRateTable& niRates,
                   const LineVisitor& visit);

}  // namespace s113
