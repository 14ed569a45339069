#include "recharge/InvoicingPeriods.h"

namespace s113 {

std::vector<Period> invoicingPeriods(InvoiceFrequency frequency, const FinancialYear& year) {
  int months = 12;
  if (frequency == InvoiceFrequency::Quarterly) months = 3;
  if (frequency == InvoiceFrequency::Monthly) months = 1;
  // The first of the month `monthsAfterJanuary` months after 1 January of
  // the year's start (built directly: month arithmetic on dates is slow).
  auto firstOfMonth = [&](int monthsAfterJanuary) {
    return Date(year.startYear() + monthsAfterJanuary / 12, monthsAfterJanuary % 12 + 1, 1);
  };
  std::vector<Period> periods;
  periods.reserve(12 / months);
  for (int start = 3; start < 15; start += months)  // April is 3 months after January
    periods.push_back({firstOfMonth(start), firstOfMonth(start + months) - boost::gregorian::days(1)});
  return periods;
}

}  // namespace s113
