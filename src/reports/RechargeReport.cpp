// Report "recharges": the recharge schedule of the financial year chosen,
// totals per payer/payee pair, the net settlement (recharge/Netting.h, the
// engine's own) and a chart of the monthly flows per pair. It reads the
// schedule exactly as `recharges --year` does (the newest version of every
// record), so its figures agree to the penny with the recharge view and
// exports of that year whatever as-at date the report was asked with.
#include <algorithm>
#include <map>
#include <tuple>

#include "recharge/Netting.h"
#include "reports/Catalogue.h"
#include "reports/RechargeCovers.h"
#include "reports/ReportData.h"
#include "services/ClosedPeriods.h"
#include "services/RechargeService.h"
#include "services/RechargeTables.h"

namespace s113::reports {

FinancialYear reportYear(const ReportParams& params) {
  return params.year ? *params.year : FinancialYear::containing(params.effectiveDate());
}

namespace {

// The pair totals `recharges --by pair` prints (services/RechargeTables.h),
// one row per payer -> payee pair and no total across pairs.
Table pairsTable(const Schedule& schedule) {
  Table pairs;
  pairs.id = "pairs";
  pairs.caption = "Totals by payer and payee";
  pairs.columns = {{"Payer", ColumnType::Text},    {"Payee", ColumnType::Text},
                   {"Lines", ColumnType::Count},   {"Pay", ColumnType::Money},
                   {"On-costs", ColumnType::Money}, {"Net", ColumnType::Money},
                   {"VAT", ColumnType::Money},     {"Total", ColumnType::Money}};
  for (const auto& row : schedulePairsTable(schedule).rows) {
    std::vector<std::string> cells;
    for (const auto& cell : row) cells.push_back(cell.text);
    pairs.rows.push_back(std::move(cells));
  }
  return pairs;
}

// "charge", "adjustment of 2013-04-01 to 2013-06-30", "true-up of 2013/14".
std::string lineWords(const ScheduleLine& l) {
  if (l.kind == LineKind::Adjustment && l.adjusts)
    return "adjustment of " + formatIso(l.adjusts->first) + " to " + formatIso(l.adjusts->last);
  if (l.kind == LineKind::TrueUp && l.adjusts)
    return "true-up of " + FinancialYear::containing(l.adjusts->first).label();
  return "charge";
}

// Each adjustment of a closed period and true-up with what caused it.
Table adjustmentsTable(const Schedule& schedule) {
  Table t;
  t.id = "adjustments";
  t.caption = "Adjustments of closed periods and true-ups, each with its cause";
  t.columns = {{"Agreement", ColumnType::Text}, {"Payer", ColumnType::Text},
               {"Payee", ColumnType::Text},     {"Line", ColumnType::Text},
               {"Invoiced in", ColumnType::Date}, {"Net", ColumnType::Money},
               {"VAT", ColumnType::Money},      {"Total", ColumnType::Money},
               {"Cause", ColumnType::Text}};
  for (const auto& l : schedule.lines)
    if (l.kind != LineKind::Charge)
      t.rows.push_back({l.agreementKey, l.payer, l.payee, lineWords(l), formatIso(l.period.last),
                        formatMoney(l.net), formatMoney(l.vat), formatMoney(l.total), l.cause});
  return t;
}

// The schedule's lines by payer and payee, and the payee's own parts of
// shared costs, which are never invoiced, in a table of their own so that
// the schedule's rows of each pair add up to the pair's totals. No total
// across the schedule: it would add opposite directions and unrelated
// partnerships together; the totals are per pair (pairsTable).
std::pair<Table, Table> scheduleTables(Register& reg, const Schedule& schedule) {
  Table lines;
  lines.id = "schedule";
  lines.caption = "Schedule: one line per agreement per invoicing period, by payer and payee";
  lines.columns = {{"Agreement", ColumnType::Text}, {"Payer", ColumnType::Text},
                   {"Payee", ColumnType::Text},     {"Covers", ColumnType::Text},
                   {"Period from", ColumnType::Date}, {"Period to", ColumnType::Date},
                   {"Days", ColumnType::Count},     {"Pay", ColumnType::Money},
                   {"On-costs", ColumnType::Money}, {"Net", ColumnType::Money},
                   {"VAT", ColumnType::Money},      {"Total", ColumnType::Money},
                   {"Invoice date", ColumnType::Date}, {"Line", ColumnType::Text}};
  std::vector<ScheduleLine> byPair = schedule.lines;
  std::stable_sort(byPair.begin(), byPair.end(), [](const auto& a, const auto& b) {
    return std::tie(a.payer, a.payee) < std::tie(b.payer, b.payee);
  });
  Table ownParts = lines;
  ownParts.id = "own-parts";
  ownParts.caption = "The payee's own part of shared costs: shown, never invoiced, in no total";
  const RechargeCovers covers(reg);
  for (const auto& l : byPair)
    (l.invoiced ? lines : ownParts)
        .rows.push_back({l.agreementKey, l.payer, l.payee, covers.of(l), formatIso(l.period.first),
                         formatIso(l.period.last), std::to_string(l.daysActive), formatMoney(l.pay),
                         formatMoney(l.onCosts), formatMoney(l.net), formatMoney(l.vat),
                         formatMoney(l.total), formatIso(l.invoiceDate), lineWords(l)});
  return {std::move(lines), std::move(ownParts)};
}

// Who pays whom once the netted pairs are set against each other.
Table settlementTable(const Settlement& settlement) {
  Table net;
  net.id = "settlement";
  net.caption = "Net settlement (VAT charged per supply line, never on the net figure)";
  net.columns = {{"Partner A", ColumnType::Text}, {"Partner B", ColumnType::Text},
                 {"A to B", ColumnType::Money},   {"B to A", ColumnType::Money},
                 {"Net", ColumnType::Money},      {"Settlement", ColumnType::Text}};
  for (const auto& s : settlement.netted) {
    Pence n = s.net();
    std::string words = n == Pence(0) ? "nothing changes hands"
                        : n > Pence(0) ? s.partyA + " pays " + s.partyB + " " + formatMoneyDisplay(n)
                                : s.partyB + " pays " + s.partyA + " " + formatMoneyDisplay(-n);
    net.rows.push_back({s.partyA, s.partyB, formatMoney(s.aToB.total), formatMoney(s.bToA.total),
                        formatMoney(n), words});
  }
  for (const auto& g : settlement.gross)
    net.rows.push_back({g.payer, g.payee, formatMoney(g.totals.total), "0.00",
                        formatMoney(g.totals.total),
                        g.payer + " pays " + g.payee + " " + formatMoneyDisplay(g.totals.total) +
                            " (gross: no netting)"});
  return net;
}

// The invoiced line totals of each pair by the month the period ends.
Chart monthlyFlowsChart(const Schedule& schedule) {
  Chart chart;
  chart.kind = Chart::Kind::Lines;
  chart.title = "Monthly flows per pair (line totals by the month the period ends)";
  chart.unit = "£";
  chart.divisor = 100;
  chart.categories = {"Apr", "May", "Jun", "Jul", "Aug", "Sep",
                      "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"};
  std::map<std::string, std::vector<long long>> flows;
  for (const auto& l : schedule.lines) {
    if (!l.invoiced) continue;  // the payee's own part changes no hands
    auto& months = flows[l.payer + " to " + l.payee];
    months.resize(12, 0);
    int m = (static_cast<int>(l.period.last.month()) + 8) % 12;  // April = 0
    months[m] += l.total.value();
  }
  for (auto& [pair, months] : flows) {
    chart.series.push_back(pair);
    chart.values.push_back(months);
  }
  return chart;
}

}  // namespace

ReportDocument rechargeReport(Register& reg, const ReportParams& params) {
  const FinancialYear year = reportYear(params);
  // As finance invoices it: closed periods as kept, adjustments and true-ups.
  Schedule schedule = invoicedSchedule(reg, year);
  ReportDocument doc;
  doc.report = "recharges";
  doc.tabular = true;
  doc.title = "Recharge schedule and net position";
  doc.subtitle = "Financial year " + year.label() + " (1 April " +
                 std::to_string(year.startYear()) + " to 31 March " +
                 std::to_string(year.startYear() + 1) + ")";
  doc.facts.push_back({"year", "Financial year", year.label()});
  doc.facts.push_back({"records", "Agreements", "the newest version of every record"});

  auto [lines, ownParts] = scheduleTables(reg, schedule);
  Section s1{"schedule", "Schedule", {}, {}, {}};
  if (schedule.lines.empty())
    s1.paragraphs.push_back("No recharge agreement runs in " + year.label() + ".");
  s1.tables.push_back(std::move(lines));
  if (!ownParts.rows.empty()) s1.tables.push_back(std::move(ownParts));
  const OptionalDate closed = closedThrough(reg, year);
  doc.facts.push_back({"closed", "Closed through", closed ? formatIso(*closed) : "nothing closed"});
  Table adjustments = adjustmentsTable(schedule);
  if (!adjustments.rows.empty()) s1.tables.push_back(std::move(adjustments));
  Section s2{"position", "Net position", {}, {}, {}};
  s2.charts.push_back(monthlyFlowsChart(schedule));
  s2.tables.push_back(settlementTable(settle(schedule.lines)));
  s2.tables.push_back(pairsTable(schedule));
  doc.sections.push_back(std::move(s1));
  doc.sections.push_back(std::move(s2));
  return doc;
}

}  // namespace s113::reports
