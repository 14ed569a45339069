// The year-end true-up (docs/money.md, "True-up"): recharges are estimates
// from the register; at the year's end each actual-cost agreement that takes
// its cost from a contract is compared with the pay payroll actually paid on
// that contract (imported with payroll-import), and the difference becomes a
// true-up line invoiced in the year's last period (the next year's first open
// period when the whole year is closed).
//
// Per agreement and figure (pay and each on-cost item), exactly:
//   actual    the agreement's terms costed on the pay imported for each month
//             of its stretch of the year (each month's gross pay x share, a
//             part month by its days; NI on each month's pay by pay day),
//             rounded once;
//   estimate  what the year's schedule invoices for it (its charges and the
//             adjustments of the year's periods);
//   true-up   actual - estimate; VAT on the line's net as on any line.
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "recharge/Schedule.h"
#include "storage/Register.h"

namespace s113 {

struct TrueUpFigures {
  Pence pay{0};
  OnCostAmounts onCosts;
  Pence net() const { return pay + onCosts.total(); }
};

struct TrueUpRow {
  std::string agreement;
  std::string contract;
  TrueUpFigures estimate;
  TrueUpFigures actual;
  // Months of the agreement's stretch with no pay imported ("2013-04"): no
  // true-up until every month is in.
  std::vector<std::string> missingMonths;
  // The true-up line; none when the pay is incomplete or nothing differs.
  boost::optional<ScheduleLine> line;
};

struct TrueUpResult {
  FinancialYear year{0};
  std::vector<TrueUpRow> rows;  // one per actual-cost agreement on a contract, by key
  std::vector<ScheduleLine> lines() const;
};

// What the true-up of `year` would be (stores nothing).
TrueUpResult computeTrueUp(Register& reg, const FinancialYear& year);

// Computes and records it in one audited transaction: its lines are kept
// and shown, invoiced and closed like any other. Finance and admin only.
// Throws Conflict when the year was already trued up.
TrueUpResult recordTrueUp(Register& reg, const FinancialYear& year);

}  // namespace s113
