// Finance's year-end work (docs/money.md, "Closed periods", "Invoices",
// "True-up"):
//   s113reg-cli close DB --year 2013/14 --through 2013-06-30
//   s113reg-cli true-up DB --year 2013/14 [--dry-run]
//   s113reg-cli invoices DB --year 2013/14 [--through DATE] [--out FILE.pdf] [--journal FILE.{csv,xlsx}]
// Closing and recording a true-up write (audited, finance only); invoices
// read only what closes kept.
#include <memory>

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "recharge/Totals.h"
#include "reports/InvoiceReport.h"
#include "reports/Writers.h"
#include "services/ClosedPeriods.h"
#include "services/Invoices.h"
#include "services/TrueUp.h"

namespace s113::cli {
namespace {

struct FinanceArgs {
  std::string db, year, through, out, journal;
  bool dryRun = false;
};

FinancialYear yearOf(const std::string& text) {
  try {
    return FinancialYear::parse(text);
  } catch (const std::exception& e) {
    throw UsageError("--year '" + text + "': give a financial year as YYYY/YY, e.g. 2013/14");
  }
}

Date dateOf(const std::string& option, const std::string& text) {
  try {
    return parseIsoDate(text);
  } catch (const std::exception&) {
    throw UsageError(option + " '" + text + "': give a date as YYYY-MM-DD");
  }
}

CLI::App* withDbAndYear(CLI::App& app, const char* name, const char* about, FinanceArgs& a) {
  CLI::App* sub = app.add_subcommand(name, about);
  sub->add_option("DB", a.db, "SQLite register file or postgresql:// connection string")->required();
  sub->add_option("--year", a.year, "the financial year, e.g. 2013/14")->required();
  return sub;
}

int runClose(CommandContext& ctx, const FinanceArgs& a) {
  const FinancialYear year = yearOf(a.year);
  const Date through = dateOf("--through", a.through);
  auto reg = Register::open(a.db, false);
  const CloseResult r = closePeriods(*reg, year, through);
  std::size_t adjustments = 0;
  for (const auto& l : r.lines) adjustments += l.kind != LineKind::Charge;
  ctx.out << year.label() << " closed through " << formatIso(r.close.through) << " by " << r.close.closedBy << " at "
          << r.close.closedAt << ": " << r.lines.size() << " lines kept as invoiced (" << adjustments
          << " adjustments or true-ups), invoiced total " << formatMoney(totalOf(r.lines).total) << ".\n";
  return kOk;
}

int runTrueUp(CommandContext& ctx, const FinanceArgs& a) {
  const FinancialYear year = yearOf(a.year);
  auto reg = Register::open(a.db, false);
  const TrueUpResult r = a.dryRun ? computeTrueUp(*reg, year) : recordTrueUp(*reg, year);
  ctx.out << "True-up of " << year.label() << " (actual pay imported less the estimate invoiced):\n";
  for (const auto& row : r.rows) {
    ctx.out << "  " << row.agreement << " on " << row.contract << ": ";
    if (!row.missingMonths.empty()) {
      ctx.out << "no true-up, no pay imported for";
      for (const auto& m : row.missingMonths) ctx.out << " " << m;
      ctx.out << "\n";
      continue;
    }
    ctx.out << "actual " << formatMoney(row.actual.net()) << ", estimate " << formatMoney(row.estimate.net());
    if (row.line)
      ctx.out << ", true-up " << formatMoney(row.line->net) << " + VAT " << formatMoney(row.line->vat)
              << " in " << formatIso(row.line->period.first) << " to " << formatIso(row.line->period.last) << "\n";
    else
      ctx.out << ", nothing to true up\n";
  }
  ctx.out << (a.dryRun ? "Dry run: nothing was recorded.\n" : "Recorded.\n");
  return kOk;
}

int runInvoices(CommandContext& ctx, const FinanceArgs& a) {
  const FinancialYear year = yearOf(a.year);
  boost::optional<Date> through;
  if (!a.through.empty()) through = dateOf("--through", a.through);
  if (!a.out.empty() && reports::formatOfPath(a.out) != reports::Format::Pdf)
    throw UsageError("--out '" + a.out + "': invoices are written as .pdf");
  if (!a.journal.empty() && reports::formatOfPath(a.journal) != reports::Format::Csv &&
      reports::formatOfPath(a.journal) != reports::Format::Xlsx)
    throw UsageError("--journal '" + a.journal + "': the journal is written as .csv or .xlsx");
  auto reg = Register::open(a.db, false);
  const auto invoices = invoicesOf(*reg, year, through);
  for (const auto& inv : invoices)
    ctx.out << inv.number << "  " << formatIso(inv.date) << "  " << inv.payer << " -> " << inv.payee << "  "
            << formatIso(inv.period.first) << " to " << formatIso(inv.period.last) << "  " << inv.lines.size()
            << " lines  net " << formatMoney(inv.totals.net) << "  VAT " << formatMoney(inv.totals.vat)
            << "  total " << formatMoney(inv.totals.total) << "\n";
  if (invoices.empty()) ctx.out << "No closed period of " << year.label() << " to invoice.\n";
  if (!a.out.empty()) reports::writeReport(reports::invoiceDocument(year, invoices), a.out);
  if (!a.journal.empty()) reports::writeReport(reports::journalDocument(year, invoices), a.journal);
  return kOk;
}

}  // namespace

void registerFinanceCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto close = std::make_shared<FinanceArgs>();
  CLI::App* sub = withDbAndYear(app, "close",
                                "Close the year's invoicing periods through a date: their lines are kept "
                                "exactly as invoiced", *close);
  sub->add_option("--through", close->through, "the last day closed (YYYY-MM-DD)")->required();
  sub->callback([&, close] { action = [&, close] { return runClose(ctx, *close); }; });

  auto trueUp = std::make_shared<FinanceArgs>();
  sub = withDbAndYear(app, "true-up",
                      "True up the year's actual-cost agreements to the pay imported", *trueUp);
  sub->add_flag("--dry-run", trueUp->dryRun, "show the true-up, record nothing");
  sub->callback([&, trueUp] { action = [&, trueUp] { return runTrueUp(ctx, *trueUp); }; });

  auto invoices = std::make_shared<FinanceArgs>();
  sub = withDbAndYear(app, "invoices",
                      "The invoices of the year's closed periods, one per payer -> payee per period",
                      *invoices);
  sub->add_option("--through", invoices->through, "only the close through this date");
  sub->add_option("--out", invoices->out, "write the invoices as a PDF");
  sub->add_option("--journal", invoices->journal, "write the ledger journal as .csv or .xlsx");
  sub->callback([&, invoices] { action = [&, invoices] { return runInvoices(ctx, *invoices); }; });
}

}  // namespace s113::cli
