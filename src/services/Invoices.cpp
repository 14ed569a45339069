#include "services/Invoices.h"

#include <cstdio>
#include <map>
#include <tuple>

#include "recharge/InvoicingPeriods.h"
#include "services/FinanceAccess.h"
#include "storage/KeptRechargeStore.h"

namespace s113 {
namespace {

std::string numbered(const FinancialYear& year, std::size_t close, std::size_t n) {
  char text[64];
  std::snprintf(text, sizeof text, "RI-%s-%02zu-%03zu", year.label().c_str(), close, n);
  return text;
}

}  // namespace

std::vector<Invoice> invoicesOf(Register& reg, const FinancialYear& year, const boost::optional<Date>& through) {
  requireFinanceRole(reg, "issue invoices");
  KeptRechargeStore store(reg);
  std::vector<Invoice> out;
  const auto closes = store.closes(year);
  for (std::size_t c = 0; c < closes.size(); ++c) {
    using Key = std::tuple<Date, Date, std::string, std::string>;
    std::map<Key, Invoice> byKey;
    for (const KeptLine& kept : store.lines("closed", year.label(), formatIso(closes[c].through))) {
      const ScheduleLine& l = kept.line;
      if (!l.invoiced) continue;  // the payee's own part of a shared cost
      Invoice& inv = byKey[Key{l.period.first, l.period.last, l.payer, l.payee}];
      inv.payer = l.payer;
      inv.payee = l.payee;
      inv.period = l.period;
      inv.date = invoiceDate(l.period);
      inv.closedThrough = closes[c].through;
      inv.closedBy = closes[c].closedBy;
      inv.lines.push_back(l);
      inv.totals.add(l);
    }
    std::size_t n = 0;
    for (auto& [key, inv] : byKey) {
      inv.number = numbered(year, c + 1, ++n);
      if (!through || *through == inv.closedThrough) out.push_back(std::move(inv));
    }
  }
  return out;
}

Table invoiceJournalTable(const std::vector<Invoice>& invoices) {
  Table table{"Journal",
              {"invoice", "invoice_date", "payer", "payer_cost_centre", "payer_account", "payee",
               "payee_cost_centre", "payee_account", "agreement", "line_kind", "period_start",
               "period_end", "adjusts_start", "adjusts_end", "description", "net", "vat_treatment",
               "vat", "total"},
              {}};
  auto text = [](const std::string& t) { return TableCell::textCell(t); };
  auto date = [](const Date& d) { return TableCell::date(formatIso(d)); };
  for (const auto& inv : invoices)
    for (const auto& l : inv.lines)
      table.rows.push_back({text(inv.number), date(inv.date), text(l.payer), text(l.codes.payerCostCentre),
                            text(l.codes.payerAccount), text(l.payee), text(l.codes.payeeCostCentre),
                            text(l.codes.payeeAccount), text(l.agreementKey), text(toString(l.kind)),
                            date(l.period.first), date(l.period.last),
                            l.adjusts ? date(l.adjusts->first) : text(""),
                            l.adjusts ? date(l.adjusts->last) : text(""), text(l.covers),
                            TableCell::money(l.net), text(toString(l.vatTreatment)), TableCell::money(l.vat),
                            TableCell::money(l.total)});
  return table;
}

}  // namespace s113
