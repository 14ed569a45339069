#include "services/RechargeTables.h"

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
               "period_start",  "period_end",
               "active_start",  "active_end",
               "days",          "invoice_date",
               "pay",           "employer_ni",
               "pension",       "apprenticeship_levy",
               "flat_on_costs", "on_costs",
               "net",           "vat_treatment",
               "vat_confirmed", "vat",
               "total",         "netting_allowed"},
              {}};
  for (const auto& l : schedule.lines)
    table.rows.push_back({text(l.agreementKey),
                          text(l.payer),
                          text(l.payee),
                          text(l.covers),
                          date(l.period.first),
                          date(l.period.last),
                          date(l.active.first),
                          date(l.active.last),
                          TableCell::integer(l.daysActive),
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
                          TableCell::boolean(l.nettingAllowed)});
  return table;
}

Table schedulePairsTable(const Schedule& schedule) {
  Table table{"Pairs", {"payer", "payee", "lines", "pay", "on_costs", "net", "vat", "total"}, {}};
  for (const auto& pair : totalsByPair(schedule.lines)) {
    long long lines = 0;
    for (const auto& l : schedule.lines) lines += l.payer == pair.payer && l.payee == pair.payee;
    const Totals& t = pair.totals;
    table.rows.push_back({text(pair.payer), text(pair.payee), TableCell::integer(lines),
                          TableCell::money(t.pay), TableCell::money(t.onCosts),
                          TableCell::money(t.net), TableCell::money(t.vat),
                          TableCell::money(t.total)});
  }
  return table;
}

Table scheduleNetTable(const Schedule& schedule) {
  Table table{
      "Net",
      {"settlement", "party_a", "party_b", "a_to_b", "b_to_a", "net", "payer", "payee", "amount"},
      {}};
  const Settlement settlement = settle(schedule.lines);
  for (const auto& s : settlement.netted) {
    const Pence net = s.net();
    const bool aPays = net >= 0;
    table.rows.push_back({text("netted"), text(s.partyA), text(s.partyB),
                          TableCell::money(s.aToB.total), TableCell::money(s.bToA.total),
                          TableCell::money(net), text(aPays ? s.partyA : s.partyB),
                          text(aPays ? s.partyB : s.partyA), TableCell::money(aPays ? net : -net)});
  }
  for (const auto& g : settlement.gross)
    table.rows.push_back({text("gross"), text(g.payer), text(g.payee),
                          TableCell::money(g.totals.total), TableCell::money(0),
                          TableCell::money(g.totals.total), text(g.payer), text(g.payee),
                          TableCell::money(g.totals.total)});
  return table;
}

}  // namespace s113
