#include "recharge/InvoicingPeriods.h"

namespace s113 {

std::vector<Period> invoicingPeriods(InvoiceFrequency frequency, const FinancialYear& year) {
  int months = 12;
  if (frequency == InvoiceFrequency::Quarterly) months = 3;
  if (frequency == InvoiceFrequency::Monthly) months = 1;
  std::vector<Period> periods;
  for (Date first = year.firstDay(); first <= year.lastDay();) {
    Date next = first + boost::gregorian::months(months);
    periods.push_back({first, next - boost::gregorian::days(1)});
    first = next;
  }
  return periods;
}

}  // namespace s113
