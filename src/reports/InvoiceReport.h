// The invoices of closed periods as a document for PDF (services/Invoices.h):
// one section per invoice (number, date, payer and payee, the period, the
// lines with VAT per line and the totals), and the ledger journal as a
// tabular document for CSV or XLSX.
#pragma once
#include <vector>

#include "reports/ReportDocument.h"
#include "services/Invoices.h"

namespace s113::reports {

ReportDocument invoiceDocument(const FinancialYear& year, const std::vector<Invoice>& invoices);
ReportDocument journalDocument(const FinancialYear& year, const std::vector<Invoice>& invoices);

}  // namespace s113::reports
