// The recharge schedule as tables, one shape for every output (CSV, JSON,
// XLSX): lines, totals per payer/payee pair, and the net settlement. Money
// stays integer pence in the cells; each writer formats it (plain "1234.56"
// in files, a numeric cell formatted £#,##0.00 in a workbook).
#pragma once
#include <string>
#include <vector>

#include "domain/Money.h"
#include "recharge/Schedule.h"
#include "recharge/ScheduleSums.h"

namespace s113 {

struct TableCell {
  enum class Kind { Text, Date, Money, Integer, Bool };
  Kind kind = Kind::Text;
  std::string text;     // the plain spelling of every kind (Date: ISO "2013-04-30")
  long long value = 0;  // Money (pence), Integer, Bool (0/1)

  static TableCell textCell(std::string t) { return {Kind::Text, std::move(t), 0}; }
  static TableCell date(const std::string& iso) { return {Kind::Date, iso, 0}; }
  static TableCell money(Pence p) { return {Kind::Money, formatMoney(p), p.value()}; }
  static TableCell integer(long long v) { return {Kind::Integer, std::to_string(v), v}; }
  static TableCell boolean(bool b) { return {Kind::Bool, b ? "true" : "false", b ? 1 : 0}; }
};

struct Table {
  std::string name;                  // "Lines", "Pairs", "Net"
  std::vector<std::string> columns;  // lower_snake, as in the CSV header
  std::vector<std::vector<TableCell>> rows;
};

// One row per schedule line: agreement, payer, payee, covers, share,
// period_start, period_end, active_start, active_end, days (calendar days the
// agreement runs in the period), weekdays (Monday-Friday of those, what a
// working_day agreement charges), invoice_date, pay, employer_ni, pension,
// apprenticeship_levy, flat_on_costs, on_costs, net, vat_treatment,
// vat_confirmed, vat, total, invoiced (false for the payee's own part of a
// shared cost), netting_allowed, line_kind (charge, adjustment, true_up),
// adjusts_start and adjusts_end (the closed period an adjustment corrects,
// the year a true-up trues up; blank for a charge), cause (what changed).
Table scheduleLinesTable(const Schedule& schedule);
// One row per payer -> payee pair: payer, payee, lines, pay, on_costs, net, vat, total.
Table schedulePairsTable(const Schedule& schedule);
Table schedulePairsTable(const ScheduleSums& sums);  // the same, from the lines' sums
// The year's settlement, the payer first: per pair of partners with nettable
// lines (settlement "netted"), the one who owes the difference (the first by
// code when it is nil), the other, the difference, and the two directions'
// totals; then each payer -> payee of lines without netting ("gross").
// Columns: settlement, payer, payee, amount, payer_to_payee, payee_to_payer;
// netted rows first, each group ordered by payer, then payee.
Table scheduleNetTable(const Schedule& schedule);
Table scheduleNetTable(const ScheduleSums& sums);

}  // namespace s113
