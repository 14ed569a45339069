// The columns of a kept schedule line, declared once: their names and order
// in the recharge_kept_lines table (schema/0014_closed_periods.sql) and in
// the exchange file, and the member of ScheduleLine each holds. The store
// (storage/KeptRechargeStore.cpp) and the exchange file's adapter
// (services/KeptLines.cpp) each walk this list with a visitor of their own,
// so neither keeps a second list of names.
//
// A visitor has, for a line held as `Line` (ScheduleLine or const):
//   text(name, std::string&)        words and keys
//   date(name, Date&)               ISO text in the table and the file
//   whole(name, long&)              a count of days
//   money(name, Pence&)             pence in the table, "1234.56" in the file
//   flag(name, bool&)               0/1 in the table, "true"/"false" in the file
//   choice(name, LineKind& / VatTreatment&)  its spelling
//   period(startName, endName, boost::optional<Period>&)  two dates, both blank for none
// The totals (on-costs, net, total) are not columns: keptLineTotals works
// them out again from the parts.
#pragma once
#include <string>
#include <vector>

#include "domain/RechargeEnums.h"
#include "recharge/Schedule.h"

namespace s113 {

template <typename Visitor, typename Line>
void describeKeptLine(Visitor& v, Line& l) {
  v.choice("line_kind", l.kind);
  v.text("agreement", l.agreementKey);
  v.text("payer", l.payer);
  v.text("payee", l.payee);
  v.text("covers", l.covers);
  v.text("share", l.share);
  v.date("period_start", l.period.first);
  v.date("period_end", l.period.last);
  v.date("active_start", l.active.first);
  v.date("active_end", l.active.last);
  v.whole("days", l.daysActive);
  v.whole("weekdays", l.weekdaysActive);
  v.date("invoice_date", l.invoiceDate);
  v.money("pay", l.pay);
  v.money("employer_ni", l.onCostItems.employerNi);
  v.money("pension", l.onCostItems.pension);
  v.money("apprenticeship_levy", l.onCostItems.apprenticeshipLevy);
  v.money("flat_on_costs", l.onCostItems.flat);
  v.money("vat", l.vat);
  v.choice("vat_treatment", l.vatTreatment);
  v.flag("vat_confirmed", l.vatConfirmed);
  v.flag("invoiced", l.invoiced);
  v.flag("netting_allowed", l.nettingAllowed);
  v.period("adjusts_start", "adjusts_end", l.adjusts);
  v.text("cause", l.cause);
  v.text("payer_cost_centre", l.codes.payerCostCentre);
  v.text("payer_account", l.codes.payerAccount);
  v.text("payee_cost_centre", l.codes.payeeCostCentre);
  v.text("payee_account", l.codes.payeeAccount);
}

// The column names, in the order above.
const std::vector<std::string>& keptLineColumns();

// The spelling of a kept line's closed lists, and back (std::invalid_argument
// for a word that is not one).
inline std::string choiceText(LineKind kind) { return toString(kind); }
inline std::string choiceText(VatTreatment treatment) { return toString(treatment); }
inline void parseChoice(const std::string& text, LineKind& kind) { kind = parseLineKind(text); }
inline void parseChoice(const std::string& text, VatTreatment& treatment) { treatment = parseVatTreatment(text); }

// Sets the totals a kept line does not hold as columns, from its parts.
inline void keptLineTotals(ScheduleLine& l) {
  l.onCosts = l.onCostItems.total();
  l.net = l.pay + l.onCosts;
  l.total = l.net + l.vat;
}

}  // namespace s113
