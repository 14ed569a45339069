#include "services/RechargeTables.h"

#include <algorithm>
#include <tuple>

#include "recharge/Netting.h"
#include "recharge/Totals.h"

namespace s113 {
namespace {

using Row = std::vector<TableCell>;
TableCell text(const std::string& t) { return TableCell::textCell(t); }
TableCell date(const Date& d) { return TableCell::date(formatIso(d)); }

}  // namespace

Table scheduleLinesTable(const Schedule& schedule) {
  Table table{"Lines",
              {"agreement",     "payer",
               "payee",         "covers",
               "share",
               "period_start",  "period_end",
               "active_start",  "active_end",
               "days",          "weekdays",
               "invoice_date",
               "pay",           "employer_ni",
               "pension",       "apprenticeship_levy",
               "flat_on_costs", "on_costs",
               "net",           "vat_treatment",
               "vat_confirmed", "vat",
               "total",         "invoiced",
               "netting_allowed", "line_kind",
               "adjusts_start", "adjusts_end",
               "cause"},
              {}};
  for (const auto& l : schedule.lines)
    table.rows.push_back({text(l.agreementKey),
                          text(l.payer),
                          text(l.payee),
                          text(l.covers),
                          text(l.share),
                          date(l.period.first),
                          date(l.period.last),
                          date(l.active.first),
                          date(l.active.last),
                          TableCell::integer(l.daysActive),
                          TableCell::integer(l.weekdaysActive),
                          date(l.invoiceDate),
                          TableCell::money(l.pay),
                          TableCell::money(l.onCostItems.employerNi),
                          TableCell::money(l.onCostItems.pension),
                          TableCell::money(l.onCostItems.apprenticeshipLevy),
                          TableCell::money(l.onCostItems.flat),
                          TableCell::money(l.onCosts),
                          TableCell::money(l.net),
                          text(toString(l.vatTreatment)),
                          TableCell::boolean(l.vatConfirmed),
                          TableCell::money(l.vat),
                          TableCell::money(l.total),
                          TableCell::boolean(l.invoiced),
                          TableCell::boolean(l.nettingAllowed),
                          text(toString(l.kind)),
                          l.adjusts ? date(l.adjusts->first) : text(""),
                          l.adjusts ? date(l.adjusts->last) : text(""),
                          text(l.cause)});
  return table;
}

Table schedulePairsTable(const Schedule& schedule) { return schedulePairsTable(sumsOf(schedule.lines)); }

Table schedulePairsTable(const ScheduleSums& sums) {
  Table table{"Pairs", {"payer", "payee", "lines", "pay", "on_costs", "net", "vat", "total"}, {}};
  for (const auto& pair : sums.byPair()) {
    const Totals& t = pair.totals;
    table.rows.push_back({text(pair.payer), text(pair.payee), TableCell::integer(sums.linesOf(pair.payer, pair.payee)),
                          TableCell::money(t.pay), TableCell::money(t.onCosts),
                          TableCell::money(t.net), TableCell::money(t.vat),
                          TableCell::money(t.total)});
  }
  return table;
}

Table scheduleNetTable(const Schedule& schedule) { return scheduleNetTable(sumsOf(schedule.lines)); }

Table scheduleNetTable(const ScheduleSums& sums) {
  Table table{"Net",
              {"settlement", "payer", "payee", "amount", "payer_to_payee", "payee_to_payer"},
              {}};
  const Settlement settlement = sums.settlement();
  // Payer first: whoever owes the difference (the first of the pair by code
  // when it is nil); rows ordered by payer, then payee.
  std::vector<std::vector<TableCell>> netted;
  for (const auto& s : settlement.netted) {
    const bool aPays = s.net() >= Pence(0);
    const Totals& paid = aPays ? s.aToB : s.bToA;
    const Totals& received = aPays ? s.bToA : s.aToB;
    netted.push_back({text("netted"), text(aPays ? s.partyA : s.partyB),
                      text(aPays ? s.partyB : s.partyA), TableCell::money(paid.total - received.total),
                      TableCell::money(paid.total), TableCell::money(received.total)});
  }
  std::sort(netted.begin(), netted.end(), [](const auto& x, const auto& y) {
    return std::tie(x[1].text, x[2].text) < std::tie(y[1].text, y[2].text);
  });
  table.rows = std::move(netted);
  for (const auto& g : settlement.gross)  // already ordered by payer, then payee
    table.rows.push_back({text("gross"), text(g.payer), text(g.payee),
                          TableCell::money(g.totals.total), TableCell::money(g.totals.total),
                          TableCell::money(Pence(0))});
  return table;
}

}  // namespace s113
