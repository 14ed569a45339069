#include "reports/InvoiceReport.h"

namespace s113::reports {
namespace {

std::string kindWords(const ScheduleLine& l) {
  switch (l.kind) {
    case LineKind::Adjustment:
      return "adjustment of " + formatIso(l.adjusts->first) + " to " + formatIso(l.adjusts->last);
    case LineKind::TrueUp:
      return "true-up of " + FinancialYear::containing(l.adjusts->first).label();
    case LineKind::Charge:
      break;
  }
  return "charge";
}

Table invoiceLines(const Invoice& inv) {
  Table t;
  t.id = "invoice-" + inv.number;
  t.caption = "Lines (VAT per line)";
  t.columns = {{"Agreement", ColumnType::Text}, {"Line", ColumnType::Text},  {"Covers", ColumnType::Text},
               {"Net", ColumnType::Money},      {"VAT", ColumnType::Money},  {"Total", ColumnType::Money}};
  for (const auto& l : inv.lines)
    t.rows.push_back({l.agreementKey, kindWords(l), l.covers, formatMoney(l.net), formatMoney(l.vat),
                      formatMoney(l.total)});
  t.totals = {"Total", "", "", formatMoney(inv.totals.net), formatMoney(inv.totals.vat),
              formatMoney(inv.totals.total)};
  return t;
}

}  // namespace

ReportDocument invoiceDocument(const FinancialYear& year, const std::vector<Invoice>& invoices) {
  ReportDocument doc;
  doc.report = "invoices";
  doc.title = "Recharge invoices";
  doc.subtitle = "Closed periods of financial year " + year.label();
  doc.facts.push_back({"year", "Financial year", year.label()});
  doc.facts.push_back({"invoices", "Invoices", std::to_string(invoices.size())});
  for (const auto& inv : invoices) {
    Section s{inv.number, "Invoice " + inv.number + ": " + inv.payee + " invoices " + inv.payer, {}, {}, {}};
    s.paragraphs.push_back("Invoice date " + displayCell(formatIso(inv.date), ColumnType::Date) + ". " + inv.payer +
                           " (payer) owes " + inv.payee + " (payee) for the period " +
                           displayCell(formatIso(inv.period.first), ColumnType::Date) + " to " +
                           displayCell(formatIso(inv.period.last), ColumnType::Date) + ".");
    s.paragraphs.push_back("Closed through " + displayCell(formatIso(inv.closedThrough), ColumnType::Date) + " by " +
                           inv.closedBy + "; the figures are those invoiced and never change.");
    s.tables.push_back(invoiceLines(inv));
    doc.sections.push_back(std::move(s));
  }
  if (invoices.empty()) doc.sections.push_back({"none", "No invoices", {"No period of " + year.label() + " is closed."}, {}, {}});
  return doc;
}

ReportDocument journalDocument(const FinancialYear& year, const std::vector<Invoice>& invoices) {
  const s113::Table journal = invoiceJournalTable(invoices);
  ReportDocument doc;
  doc.report = "invoice-journal";
  doc.tabular = true;
  doc.title = "Recharge invoice journal";
  doc.subtitle = "Closed periods of financial year " + year.label();
  Table t;
  t.id = "journal";
  t.caption = "One row per invoice line, with each side's cost centre and account";
  for (std::size_t c = 0; c < journal.columns.size(); ++c) {
    const bool money = !journal.rows.empty() && journal.rows.front()[c].kind == TableCell::Kind::Money;
    const bool date = !journal.rows.empty() && journal.rows.front()[c].kind == TableCell::Kind::Date;
    t.columns.push_back({journal.columns[c], money ? ColumnType::Money : date ? ColumnType::Date : ColumnType::Text});
  }
  for (const auto& row : journal.rows) {
    std::vector<std::string> cells;
    for (const auto& cell : row) cells.push_back(cell.text);
    t.rows.push_back(std::move(cells));
  }
  Section s{"journal", "Journal", {}, {}, {}};
  s.tables.push_back(std::move(t));
  doc.sections.push_back(std::move(s));
  return doc;
}

}  // namespace s113::reports
