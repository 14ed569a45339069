// Employer (secondary Class 1) National Insurance rates, effective-dated.
// Each row holds from its validFrom date until the next row starts. Rates are
// basis points; the secondary threshold is an annual figure in pence.
//
// Payroll charges employer NI month by month: rate x max(0, month's pay -
// threshold / 12), with the row in force on the month's pay day (so April's
// pay, paid at the end of April, is wholly at the new tax year's rates); see
// LineCosting.h.
#pragma once
#include <vector>

#include "domain/Dates.h"
#include "domain/Money.h"

namespace s113 {

struct NiRate {
  Date validFrom;
  BasisPoints rateBp{0};
  Pence secondaryThresholdAnnual{0};
};

class NiRateTable {
 public:
  NiRateTable() = default;
  // Rows in any order; throws std::invalid_argument for two rows on one date,
  // a negative rate or threshold, or an invalid date.
  explicit NiRateTable(std::vector<NiRate> rows);

  // The row in force on `date`, or nullptr before the first row.
  const NiRate* at(const Date& date) const;
  // Dates strictly after period.first and not after period.last on which a
  // new row takes over (where a slice has to be split).
  std::vector<Date> changesWithin(const Period& period) const;
  const std::vector<NiRate>& rows() const { return rows_; }

 private:
  std::vector<NiRate> rows_;  // sorted by validFrom
};

// The rows known to docs/domain.md. Each takes effect on 6 April, the first day of
// the tax year, not 1 April: NI follows the tax year, so a pay day on 1-5
// April is charged at the previous tax year's rate. The 2013/14
// row stays in force until 2024/25 because the years between are not seeded;
// the register's own rate table should fill them in.
//   2013/14 13.8% over £7,696; 2024/25 13.8% over £9,100; 2025/26 15% over £5,000.
NiRateTable defaultNiRates();

}  // namespace s113
