// subject-access, anonymise, retention: personal data (services/PersonalData.h).
#include <memory>

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Dates.h"
#include "services/PersonalData.h"

namespace s113::cli {
namespace {

struct Args {
  std::string db;
  std::string person;
  std::string out;
  int months = -1;
};

CLI::App* command(CLI::App& app, const char* name, const char* description, std::shared_ptr<Args> args) {
  CLI::App* sub = app.add_subcommand(name, description);
  sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")->required();
  return sub;
}

}  // namespace

void registerPersonalDataCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  {
    auto args = std::make_shared<Args>();
    auto* sub = command(app, "subject-access", "Everything the register holds about one person, as one JSON file (admin)", args);
    sub->add_option("PERSON", args->person, "the person's reference (people.csv ref)")->required();
    sub->add_option("--out", args->out, "the file to write")->required();
    sub->callback([&, args] {
      action = [&, args] {
        auto reg = Register::open(args->db, false);
        writeSubjectAccess(*reg, args->person, args->out);
        ctx.out << "Everything held about " << args->person << " written to " << args->out << ".\n";
        return kOk;
      };
    });
  }
  {
    auto args = std::make_shared<Args>();
    auto* sub = command(app, "anonymise",
                        "Replace a person's identifying fields, past versions and audit rows included, once the "
                        "retention period has passed (admin)",
                        args);
    sub->add_option("PERSON", args->person, "the person's reference (people.csv ref)")->required();
    sub->callback([&, args] {
      action = [&, args] {
        auto reg = Register::open(args->db, false);
        const AnonymisationResult r = anonymisePerson(*reg, args->person, today());
        ctx.out << "Anonymised " << args->person << ": " << r.valuesReplaced << " values in versions, "
                << r.auditRowsChanged << " audit rows; " << r.auditRowsRechained << " audit rows re-chained.\n";
        return kOk;
      };
    });
  }
  {
    auto args = std::make_shared<Args>();
    auto* sub = command(app, "retention", "Show, or set (admin), how many months personal data is kept after a "
                                          "person's last contract ends", args);
    sub->add_option("MONTHS", args->months, "the new retention period in months");
    sub->callback([&, args] {
      action = [&, args] {
        auto reg = Register::open(args->db, false);
        if (args->months >= 0) setRetentionMonths(*reg, args->months);
        ctx.out << "Personal data is kept " << retentionMonths(*reg) << " months after a person's last contract ends.\n";
        return kOk;
      };
    });
  }
}

}  // namespace s113::cli
