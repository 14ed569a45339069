// Payroll extracts (docs/payroll.md):
//   s113reg-cli payroll-import DB FILE --profile NAME [--dry-run]
//   s113reg-cli reconcile DB --payroll FILE --profile NAME [--format text|csv|json]
// An import previews what it read and, unless a dry run, stores the pay as
// audited payroll_pay records; a reconciliation reads the file and stores nothing.
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "services/Csv.h"
#include "services/PayrollImport.h"
#include "services/PayrollReconcile.h"
#include "services/RecordService.h"

namespace s113::cli {
namespace {

struct PayrollArgs {
  std::string db, file, profile, format = "text";
  bool dryRun = false;
};

std::string month(const Period& p) { return formatIso(p.first).substr(0, 7); }

int runImport(CommandContext& ctx, const PayrollArgs& args) {
  auto reg = Register::open(args.db, false);
  const PayrollExtract extract = readPayrollExtract(args.file, loadPayrollProfile(*reg, args.profile));
  const std::vector<std::string> contracts = matchedContracts(*reg, extract);
  std::vector<const PayRow*> unmatched;
  for (std::size_t i = 0; i < extract.rows.size(); ++i)
    if (contracts[i].empty()) unmatched.push_back(&extract.rows[i]);
  ctx.out << args.file << " read with profile " << args.profile << " (" << extract.profile.employer.value
          << "): " << extract.rows.size() << " rows, " << extract.rows.size() - unmatched.size()
          << " matched to contracts by staff number, " << unmatched.size() << " unmatched.\n";
  for (std::size_t i = 0; i < extract.rows.size(); ++i) {
    const PayRow& row = extract.rows[i];
    ctx.out << "  row " << row.row << "  " << month(row.period) << "  " << row.staffNumber << "  " << row.name
            << "  " << formatMoney(row.grossPay) << "  -> "
            << (contracts[i].empty() ? "no contract" : "contract " + contracts[i]) << "\n";
  }
  if (args.dryRun) {
    ctx.out << "Dry run: nothing was stored.\n";
    return kOk;
  }
  ctx.out << storePayroll(*reg, extract, contracts) << " pay rows stored (unchanged rows left alone).\n";
  return kOk;
}

void writeReconciliation(CommandContext& ctx, const std::string& format, const std::vector<Mismatch>& found) {
  if (format == "csv") {
    writeCsvRow(ctx.out, CsvRow(mismatchColumns().begin(), mismatchColumns().end()));
    for (const auto& m : found) writeCsvRow(ctx.out, mismatchCells(m));
    return;
  }
  if (format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& m : found) {
      nlohmann::json o = nlohmann::json::object();
      const auto values = mismatchCells(m);
      for (std::size_t i = 0; i < values.size(); ++i) o[mismatchColumns()[i]] = values[i];
      list.push_back(o);
    }
    ctx.out << nlohmann::json{{"salary_tolerance", formatMoney(kSalaryTolerance)}, {"mismatches", list}}.dump(2)
            << "\n";
    return;
  }
  ctx.out << found.size() << " mismatches (salary tolerance " << formatMoney(kSalaryTolerance) << ").\n";
  for (const auto& m : found)
    ctx.out << month(m.period) << "  " << m.kind << "  " << m.staffNumber
            << (m.contract.empty() ? "" : "  " + m.contract) << (m.name.empty() ? "" : "  " + m.name) << ": "
            << m.detail << "\n";
}

}  // namespace

void registerPayrollCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<PayrollArgs>();
  CLI::App* import = app.add_subcommand("payroll-import", "Read a payroll extract through a profile; store its pay");
  import->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")->required();
  import->add_option("FILE", args->file, "the payroll extract (CSV)")->required();
  import->add_option("--profile", args->profile, "the payroll profile to read it with")->required();
  import->add_flag("--dry-run", args->dryRun, "preview only: store nothing");
  import->callback([&, args] { action = [&, args] { return runImport(ctx, *args); }; });

  auto rec = std::make_shared<PayrollArgs>();
  CLI::App* reconcile = app.add_subcommand("reconcile", "Compare a payroll extract with the register (stores nothing)");
  reconcile->add_option("DB", rec->db, "SQLite register file or postgresql:// connection string")->required();
  reconcile->add_option("--payroll", rec->file, "the payroll extract (CSV)")->required();
  reconcile->add_option("--profile", rec->profile, "the payroll profile to read it with")->required();
  reconcile->add_option("--format", rec->format, "text, csv or json")->check(CLI::IsMember({"text", "csv", "json"}));
  reconcile->callback([&, rec] {
    action = [&, rec] {
      auto reg = Register::open(rec->db, false);
      const auto extract = readPayrollExtract(rec->file, loadPayrollProfile(*reg, rec->profile));
      writeReconciliation(ctx, rec->format, reconcilePayroll(*reg, extract));
      return kOk;
    };
  });
}

}  // namespace s113::cli
