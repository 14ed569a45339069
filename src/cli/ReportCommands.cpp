// report, reports, issue-pack: the reports layer (src/reports) from the
// command line. A report never changes the register; issue-pack freezes a
// forum meeting's pack.
#include <memory>

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "reports/Catalogue.h"
#include "reports/Writers.h"

namespace s113::cli {
namespace {

struct ReportArgs {
  std::string db;
  std::string name;
  std::string out;
  std::string asAt;
  std::string year;
  std::string meeting;
  std::string post;
  std::string decision;
  std::string agreement;
  std::string placement;
  std::string title;
  int days = 90;
};

Date dateArgument(const std::string& option, const std::string& text) {
  try {
    return parseIsoDate(text);
  } catch (const std::exception&) {
    throw UsageError(option + " '" + text + "': give a date as YYYY-MM-DD");
  }
}

reports::ReportParams paramsOf(const ReportArgs& a) {
  reports::ReportParams p;
  if (!a.asAt.empty()) p.asAt = dateArgument("--as-at", a.asAt);
  if (!a.meeting.empty()) p.meeting = dateArgument("--meeting", a.meeting);
  if (!a.year.empty()) {
    try {
      p.year = FinancialYear::parse(a.year);
    } catch (const std::exception&) {
      throw UsageError("--year '" + a.year + "': give a financial year as YYYY/YY, e.g. 2013/14");
    }
  }
  if (a.days < 0) throw UsageError("--days must not be negative");
  p.post = a.post;
  p.decision = a.decision;
  p.agreement = a.agreement;
  p.placement = a.placement;
  p.reviewDays = a.days;
  return p;
}

// Report-layer usage mistakes become exit 2.
template <typename F>
int asUsage(F&& body) {
  try {
    return body();
  } catch (const reports::ReportUsageError& e) {
    throw UsageError(e.what());
  } catch (const reports::FormatError& e) {
    throw UsageError(e.what());
  }
}

void addParamOptions(CLI::App* sub, const std::shared_ptr<ReportArgs>& args) {
  sub->add_option("--as-at", args->asAt, "effective date YYYY-MM-DD (default today)");
  sub->add_option("--year", args->year, "financial year YYYY/YY for the recharge report");
  sub->add_option("--meeting", args->meeting, "forum meeting date YYYY-MM-DD for the forum pack");
  sub->add_option("--days", args->days,
                  "forum pack: reviews due within this many days (default 90)");
}

}  // namespace

void registerReportCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  {
    auto args = std::make_shared<ReportArgs>();
    std::string names;
    for (const auto& info : reports::reportCatalogue())
      names += (names.empty() ? "" : ", ") + info.name;
    auto* sub =
        app.add_subcommand("report", "Write one report as PDF, HTML, CSV or XLSX (reads only)");
    sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")
        ->required();
    sub->add_option("NAME", args->name, "the report: " + names)->required();
    sub->add_option("--out", args->out, "the file to write: .pdf, .html, .csv or .xlsx")
        ->required();
    addParamOptions(sub, args);
    sub->add_option("--post", args->post, "decision record: the post REF (its newest decision)");
    sub->add_option("--decision", args->decision, "decision record: one decision by its KEY");
    sub->add_option("--agreement", args->agreement, "exit scenario: the agreement REF");
    sub->add_option("--placement", args->placement, "placement letter: the placement REF");
    sub->callback([&, args] {
      action = [&, args] {
        return asUsage([&] {
          auto params = paramsOf(*args);
          reports::formatOfPath(args->out);  // a bad extension is refused before opening anything
          auto reg = Register::open(args->db, false);
          reports::writeReport(reports::buildReport(*reg, args->name, params), args->out);
          ctx.out << "Wrote " << args->out << ".\n";
          return kOk;
        });
      };
    });
  }
  {
    auto args = std::make_shared<ReportArgs>();
    auto* sub = app.add_subcommand(
        "reports", "Write every report for the register into a folder (reads only)");
    sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")
        ->required();
    sub->add_option("FOLDER", args->out, "folder to write (created when missing)")->required();
    addParamOptions(sub, args);
    sub->callback([&, args] {
      action = [&, args] {
        return asUsage([&] {
          auto params = paramsOf(*args);
          auto reg = Register::open(args->db, false);
          for (const auto& file : reports::writeAllReports(*reg, args->out, params))
            ctx.out << file << "\n";
          return kOk;
        });
      };
    });
  }
  {
    auto args = std::make_shared<ReportArgs>();
    auto* sub = app.add_subcommand(
        "issue-pack",
        "Record a forum meeting and freeze its review pack (later edits do not change it)");
    sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")
        ->required();
    sub->add_option("--meeting", args->meeting, "meeting date YYYY-MM-DD")->required();
    sub->add_option("--title", args->title, "meeting title, e.g. 'Joint Staff Forum, March 2016'");
    sub->add_option("--days", args->days, "reviews due within this many days (default 90)");
    sub->add_option("--out", args->out, "also write the issued pack to this file");
    sub->callback([&, args] {
      action = [&, args] {
        return asUsage([&] {
          auto params = paramsOf(*args);
          if (!args->out.empty()) reports::formatOfPath(args->out);
          auto reg = Register::open(args->db, false);
          auto doc = reports::issueForumPack(*reg, *params.meeting, args->title, params);
          ctx.out << "Forum pack for " << args->meeting << " issued and frozen.\n";
          if (!args->out.empty()) {
            reports::writeReport(doc, args->out);
            ctx.out << "Wrote " << args->out << ".\n";
          }
          return kOk;
        });
      };
    });
  }
}

}  // namespace s113::cli
