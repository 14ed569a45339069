// `recharges`: the recharge schedule of a financial year, as CSV or JSON on
// standard output or as an .xlsx workbook (sheets Lines, Pairs, Net).
//   s113reg-cli recharges DB --year 2013/14 [--by line|pair|net] [--format csv|json]
//                            [--xlsx FILE] [--as-at YYYY-MM-DD] [--adjustments]
// Without --as-at the schedule is the one finance invoices: closed periods as
// kept, adjustments and true-ups in open periods (services/ClosedPeriods.h);
// --adjustments lists only the adjustment lines, each naming its cause.
// Money is a plain decimal "1234.56" in CSV and a JSON string of the same
// spelling (never a binary float); a numeric cell formatted £#,##0.00 in XLSX.
#include <xlsxwriter.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Errors.h"
#include "recharge/Totals.h"
#include "services/Csv.h"
#include "domain/Text.h"
#include "services/ClosedPeriods.h"
#include "services/RechargeService.h"
#include "services/RechargeTables.h"

namespace s113::cli {
namespace {

struct RechargeArgs {
  std::string db;
  std::string year;
  std::string by = "line";
  std::string format = "csv";
  std::string xlsx;
  std::string asAt;
  bool adjustments = false;
};

// The schedule as CSV for a spreadsheet: text that would run as a formula is
// neutralised (domain/Text.h), numbers stay numbers.
void writeCsv(std::ostream& out, const Table& table) {
  writeCsvRow(out, table.columns);
  for (const auto& row : table.rows) {
    CsvRow cells;
    for (const auto& cell : row) cells.push_back(spreadsheetSafe(cell.text));
    writeCsvRow(out, cells);
  }
}

nlohmann::json jsonValue(const TableCell& cell) {
  switch (cell.kind) {
    case TableCell::Kind::Integer:
      return cell.value;
    case TableCell::Kind::Bool:
      return cell.value != 0;
    default:
      return cell.text;  // text, ISO dates, money as "1234.56"
  }
}

nlohmann::json jsonRows(const Table& table) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : table.rows) {
    nlohmann::json object = nlohmann::json::object();
    for (std::size_t i = 0; i < row.size(); ++i) object[table.columns[i]] = jsonValue(row[i]);
    rows.push_back(std::move(object));
  }
  return rows;
}

// {"year": "2013/14", "by": "line", "lines": [...], "totals": {...}}; the
// key is "pairs" or "net" for the other views; "net" has no totals.
// `totals`: every invoiced line's (totalOf).
void writeJson(std::ostream& out, const FinancialYear& year, const std::string& by, const Table& table,
               const Totals& t) {
  nlohmann::json doc = nlohmann::json::object();
  doc["year"] = year.label();
  doc["by"] = by;
  doc[by == "line" ? "lines" : by == "pair" ? "pairs" : "net"] = jsonRows(table);
  if (by != "net") {
    doc["totals"] = {{"pay", formatMoney(t.pay)},
                     {"on_costs", formatMoney(t.onCosts)},
                     {"net", formatMoney(t.net)},
                     {"vat", formatMoney(t.vat)},
                     {"total", formatMoney(t.total)}};
  }
  out << doc.dump(2) << "\n";
}

// The workbook finance opens: one sheet per table, a bold frozen header,
// money as numbers formatted £#,##0.00, dates as dates, and on Lines and
// Pairs a total row summed in pence (so it equals the lines to the penny;
// lines not invoiced left out).
void writeWorkbook(const std::string& file, const std::vector<Table>& tables) {
  std::unique_ptr<lxw_workbook, void (*)(lxw_workbook*)> guard(workbook_new(file.c_str()),
                                                               [](lxw_workbook* wb) {
                                                                 if (wb) workbook_close(wb);
                                                               });
  lxw_workbook* wb = guard.get();
  if (!wb) throw StorageError("Cannot create the workbook " + file);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  lxw_format* money = workbook_add_format(wb);
  format_set_num_format(money, "£#,##0.00");
  lxw_format* moneyTotal = workbook_add_format(wb);
  format_set_num_format(moneyTotal, "£#,##0.00");
  format_set_bold(moneyTotal);
  format_set_top(moneyTotal, LXW_BORDER_THIN);
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "dd/mm/yyyy");
  for (const auto& table : tables) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, table.name.c_str());
    for (std::size_t c = 0; c < table.columns.size(); ++c)
      worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), table.columns[c].c_str(), header);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_set_column(ws, 0, static_cast<lxw_col_t>(table.columns.size() - 1), 14, nullptr);
    std::vector<long long> sums(table.columns.size(), 0), notInvoiced(table.columns.size(), 0);
    bool anyNotInvoiced = false;
    // The payee's own part of a shared cost is shown but never invoiced: it
    // stays out of the total row, as out of every other total.
    const auto invoicedColumn =
        std::find(table.columns.begin(), table.columns.end(), "invoiced") - table.columns.begin();
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      const bool counts = static_cast<std::size_t>(invoicedColumn) >= table.rows[r].size() ||
                          table.rows[r][invoicedColumn].value != 0;
      for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
        const TableCell& cell = table.rows[r][c];
        const auto col = static_cast<lxw_col_t>(c);
        switch (cell.kind) {
          case TableCell::Kind::Money:
            worksheet_write_number(ws, row, col, static_cast<double>(cell.value) / 100.0, money);
            (counts ? sums : notInvoiced)[c] += cell.value;
            anyNotInvoiced = anyNotInvoiced || !counts;
            break;
          case TableCell::Kind::Integer:
            worksheet_write_number(ws, row, col, static_cast<double>(cell.value), nullptr);
            break;
          case TableCell::Kind::Bool:
            worksheet_write_boolean(ws, row, col, static_cast<int>(cell.value), nullptr);
            break;
          case TableCell::Kind::Date: {
            const Date d = parseIsoDate(cell.text);
            lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
            worksheet_write_datetime(ws, row, col, &when, date);
            break;
          }
          case TableCell::Kind::Text:
            worksheet_write_string(ws, row, col, spreadsheetSafe(sanitisedText(cell.text)).c_str(), nullptr);
            break;
        }
      }
    }
    if (table.name != "Net" && !table.rows.empty()) {
      const auto row = static_cast<lxw_row_t>(table.rows.size() + 1);
      worksheet_write_string(ws, row, 0, "Total", header);
      for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (table.rows.front()[c].kind == TableCell::Kind::Money)
          worksheet_write_number(ws, row, static_cast<lxw_col_t>(c),
                                 static_cast<double>(sums[c]) / 100.0, moneyTotal);
      // The rows listed add up to the two rows: what is invoiced, and the
      // payee's own parts that are shown but never invoiced.
      if (anyNotInvoiced) {
        worksheet_write_string(ws, row + 1, 0, "Not invoiced (payee's own part)", header);
        for (std::size_t c = 0; c < table.columns.size(); ++c)
          if (table.rows.front()[c].kind == TableCell::Kind::Money)
            worksheet_write_number(ws, row + 1, static_cast<lxw_col_t>(c),
                                   static_cast<double>(notInvoiced[c]) / 100.0, moneyTotal);
      }
    }
  }
  lxw_error error = workbook_close(guard.release());
  if (error != LXW_NO_ERROR)
    throw StorageError("Cannot write the workbook " + file + ": " + lxw_strerror(error));
}

// The pair or net view: the year's lines summed as they are made, none
// held (a national register's year is three quarters of a million lines).
void writeSums(std::ostream& out, Register& reg, const FinancialYear& year, const OptionalDate& asAt,
               const RechargeArgs& args) {
  ScheduleSums sums;
  auto add = [&](const ScheduleLine& line) { sums.add(line); };
  if (asAt)
    forEachScheduleLine(reg, year, asAt, add);
  else
    forEachInvoicedLine(reg, year, add);
  const Table table = args.by == "pair" ? schedulePairsTable(sums) : scheduleNetTable(sums);
  if (args.format == "json")
    writeJson(out, year, args.by, table, sums.total());
  else
    writeCsv(out, table);
}

}  // namespace

void registerRechargeCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<RechargeArgs>();
  CLI::App* sub = app.add_subcommand(
      "recharges", "The recharge schedule of a financial year (1 April - 31 March)");
  sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")
      ->required();
  sub->add_option("--year", args->year, "the financial year, e.g. 2013/14")->required();
  sub->add_option("--by", args->by,
                  "line: one per agreement per invoicing period; pair: totals per payer/payee; "
                  "net: the settlement per pair")
      ->check(CLI::IsMember({"line", "pair", "net"}));
  sub->add_option("--format", args->format, "csv or json (standard output)")
      ->check(CLI::IsMember({"csv", "json"}));
  sub->add_option("--xlsx", args->xlsx,
                  "write an .xlsx workbook (sheets Lines, Pairs, Net) instead of printing");
  sub->add_option("--as-at", args->asAt,
                  "read the register as it stood on this date (YYYY-MM-DD); default: the "
                  "newest version of every record");
  sub->add_flag("--adjustments", args->adjustments,
                "only the adjustment lines: closed periods a later change would alter, each "
                "invoiced in the first open period and naming the change");
  sub->callback([&, args] {
    action = [&, args] {
      boost::optional<FinancialYear> year;
      try {
        year = FinancialYear::parse(args->year);
      } catch (const std::exception& e) {
        throw UsageError(std::string("--year: ") + e.what() + " (expected e.g. 2013/14)");
      }
      OptionalDate asAt;
      if (!args->asAt.empty()) {
        try {
          asAt = parseIsoDate(args->asAt);
        } catch (const std::exception& e) {
          throw UsageError(std::string("--as-at: ") + e.what());
        }
      }
      if (args->adjustments && !args->asAt.empty())
        throw UsageError("--adjustments reads the register as it is now: leave out --as-at");
      if (args->adjustments && args->by != "line")
        throw UsageError("--adjustments lists lines: leave out --by");
      auto reg = Register::open(args->db, false);
      if (args->xlsx.empty() && args->by != "line") {
        writeSums(ctx.out, *reg, *year, asAt, *args);
        return kOk;
      }
      Schedule schedule = asAt ? rechargeSchedule(*reg, *year, asAt) : invoicedSchedule(*reg, *year);
      if (args->adjustments) schedule.lines = adjustmentsOf(schedule);
      if (!args->xlsx.empty()) {
        writeWorkbook(args->xlsx, {scheduleLinesTable(schedule), schedulePairsTable(schedule),
                                   scheduleNetTable(schedule)});
        ctx.out << "Recharges " << schedule.year.label() << ": " << schedule.lines.size()
                << " lines written to " << args->xlsx << ".\n";
        return kOk;
      }
      const Table table = args->by == "pair"  ? schedulePairsTable(schedule)
                          : args->by == "net" ? scheduleNetTable(schedule)
                                              : scheduleLinesTable(schedule);
      if (args->format == "json")
        writeJson(ctx.out, schedule.year, args->by, table, totalOf(schedule.lines));
      else
        writeCsv(ctx.out, table);
      return kOk;
    };
  });
}

}  // namespace s113::cli
