// The recharge schedule of a financial year: one line per agreement per
// invoicing period in which the agreement is active.
//
// Each line is rounded half-up to the penny on its own (pay, each on-cost
// item, VAT); net = pay + on-costs and total = net + VAT exactly, and every
// total elsewhere (Totals.h, Netting.h) is a sum of these lines.
#pragma once
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "recharge/NiRateTable.h"
#include "recharge/OnCosts.h"
#include "recharge/RechargeTerms.h"

namespace s113 {

struct ScheduleLine {
  std::string agreementKey;
  std::string payer;
  std::string payee;
  std::string covers;  // what the agreement covers, for the invoice narrative
  Period period;       // the invoicing period
  Period active;       // the part of it the agreement runs
  long daysActive = 0;
  Date invoiceDate;  // in arrears: the day after the period ends
  Pence pay = 0;     // the payer's charge before on-costs
  OnCostAmounts onCostItems;
  Pence onCosts = 0;  // onCostItems.total()
  Pence net = 0;      // pay + onCosts
  VatTreatment vatTreatment = VatTreatment::OutsideScope;
  bool vatConfirmed = false;
  Pence vat = 0;    // on this line's net, standard rate only
  Pence total = 0;  // net + vat
  bool nettingAllowed = false;
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
//                 the agreement's part-period method, plus on-costs (splitting
//                 at NI rate changes);
//   fixed_annual  fixedAnnual prorated the same way;
//   fixed_total   that year's phasing row divided among the year's active
//                 invoicing periods by largest remainder, weighted by each
//                 period's part-period fraction, so the lines add up to the
//                 row exactly; a year without a row has no lines.
// Example: schedule({ra}, FinancialYear(2023), defaultNiRates()).
Schedule schedule(const std::vector<RechargeTerms>& agreements, const FinancialYear& year,
                  const NiRateTable& niRates);

}  // namespace s113
