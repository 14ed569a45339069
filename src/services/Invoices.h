// Invoices of closed periods (docs/money.md, "Invoices"): each closed
// invoicing period gives one invoice per payer -> payee, holding that pair's
// invoiced lines of the period exactly as kept when it closed (charges,
// adjustments and true-ups, VAT per line), so the invoices of a close add up
// to its lines. Numbers are given in order of close, then period, payer and
// payee: "RI-2013/14-01-003" is the third invoice of 2013/14's first close.
// Nothing is computed again: a closed period's invoices never change.
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"
#include "services/RechargeTables.h"
#include "storage/Register.h"

namespace s113 {

struct Invoice {
  std::string number;
  Date date;  // in arrears: the day after the period ends
  std::string payer;
  std::string payee;
  Period period;
  Date closedThrough;  // the close that fixed it
  std::string closedBy;
  std::vector<ScheduleLine> lines;
  Totals totals;
};

// The invoices of `year`'s closes (only the close through `through` when given); finance
// and admin only (services/FinanceAccess.h).
std::vector<Invoice> invoicesOf(Register& reg, const FinancialYear& year,
                                const boost::optional<Date>& through = boost::none);

// The ledger journal: one row per invoice line with the cost centre and
// account codes recorded on the agreement for each side. Columns: invoice,
// invoice_date, payer, payer_cost_centre, payer_account, payee,
// payee_cost_centre, payee_account, agreement, line_kind, period_start,
// period_end, adjusts_start, adjusts_end, description, net, vat_treatment,
// vat, total.
Table invoiceJournalTable(const std::vector<Invoice>& invoices);

}  // namespace s113
