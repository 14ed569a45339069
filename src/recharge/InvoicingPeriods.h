// The invoicing periods of a financial year. Invoices are raised in arrears:
// a period's invoice is dated the day after it ends.
#pragma once
#include <vector>

#include "domain/Dates.h"
#include "recharge/RechargeEnums.h"

namespace s113 {

// monthly: the 12 calendar months April..March; quarterly: Apr-Jun, Jul-Sep,
// Oct-Dec, Jan-Mar; annual: the whole year. In date order, covering the year
// with no gap or overlap.
std::vector<Period> invoicingPeriods(InvoiceFrequency frequency, const FinancialYear& year);

// The day after the period ends (invoicing in arrears).
inline Date invoiceDate(const Period& period) { return period.last + boost::gregorian::days(1); }

}  // namespace s113
