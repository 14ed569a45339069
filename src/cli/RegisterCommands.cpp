// init, demo, import, export, check, backup, restore, audit: whole-register commands.
#include <filesystem>
#include <memory>

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "services/AuditReads.h"
#include "services/Backup.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "services/RecordReads.h"
#include "services/RegisterCheck.h"

namespace s113::cli {
namespace {

struct Args {
  std::string db;
  std::string path;
  std::string since;
};

CLI::App* command(CLI::App& app, const char* name, const char* description, std::shared_ptr<Args> args) {
  CLI::App* sub = app.add_subcommand(name, description);
  sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")->required();
  return sub;
}

void addInitCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<Args>();
  command(app, "init", "Create an empty register (or bring an existing one to this program's schema)", args)
      ->callback([&, args] {
        action = [&, args] {
          auto reg = Register::open(args->db, true);
          ctx.out << "Register " << reg->displayName() << " is ready (schema version " << reg->schemaVersion()
                  << ").\n";
          return kOk;
        };
      });
}

void addDemoCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<Args>();
  command(app, "demo", "Fill an empty register with the B&NES and Stockport sample", args)->callback([&, args] {
    action = [&, args] {
      auto reg = Register::open(args->db, true);
      if (liveCount(*reg, partnerDef()) > 0)
        throw ValidationError(reg->displayName(), "register", "already holds records: demo needs an empty register");
      buildDemoRegister(*reg);
      ctx.out << "Sample register written to " << reg->displayName() << ".\n";
      return kOk;
    };
  });
}

void addImportCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<Args>();
  auto* sub = command(app, "import", "Import a folder of CSV files (all or nothing)", args);
  sub->add_option("FOLDER", args->path, "folder holding partners.csv, posts.csv, ...")->required();
  sub->callback([&, args] {
    action = [&, args] {
      auto reg = Register::open(args->db, false);
      ImportSummary summary = importFolder(*reg, args->path);
      ctx.out << "Imported " << summary.created << " new, " << summary.updated << " changed, " << summary.unchanged
              << " unchanged records.\n";
      return kOk;
    };
  });
}

void addExportCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<Args>();
  auto* sub = command(app, "export", "Export the register as a folder of CSV files", args);
  sub->add_option("FOLDER", args->path, "folder to write (created when missing)")->required();
  sub->callback([&, args] {
    action = [&, args] {
      auto reg = Register::open(args->db, false);
      for (const auto& file : exportFolder(*reg, args->path)) ctx.out << file << "\n";
      return kOk;
    };
  });
}

void addCheckCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<Args>();
  auto options = std::make_shared<CheckOptions>();
  auto* sub = command(app, "check", "Check the register's integrity and validate every record", args);
  sub->add_flag("--integrity", options->integrity,
                "also SQLite's page-by-page integrity check of the file (as long again as the rest)");
  sub->callback([&, args, options] {
    action = [&, args, options] {
      auto reg = Register::open(args->db, false);
      CheckReport report = checkRegister(*reg, *options);
      for (const auto& e : report.errors) ctx.out << "error: " << e << "\n";
      for (const auto& w : report.warnings) ctx.out << "warning: " << w << "\n";
      ctx.out << report.recordsChecked << " records checked: " << report.errors.size() << " errors, "
              << report.warnings.size() << " warnings.\n";
      return report.errors.empty() ? kOk : kRefused;
    };
  });
}

void addBackupCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<Args>();
  auto* sub = command(app, "backup", "Copy the register into a new SQLite file", args);
  sub->add_option("FILE", args->path, "the backup file to create")->required();
  sub->callback([&, args] {
    action = [&, args] {
      if (std::filesystem::exists(args->path))
        throw ValidationError(args->path, "FILE", "already exists: choose a new file name");
      auto reg = Register::open(args->db, false);
      backupRegister(*reg, args->path);
      ctx.out << "Backup written to " << args->path << ".\n";
      return kOk;
    };
  });
}

void addRestoreCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand(
      "restore", "Restore a backup into a new register, after integrity and consistency checks");
  sub->add_option("BACKUP", args->path, "the backup file (a SQLite register)")->required();
  sub->add_option("DB", args->db, "the new register: a SQLite file that does not exist, or an empty "
                                  "postgresql:// database")
      ->required();
  sub->callback([&, args] {
    action = [&, args] {
      restoreRegister(args->path, args->db);
      ctx.out << "Restored " << args->path << " into a new register.\n";
      return kOk;
    };
  });
}

void addAuditCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<Args>();
  auto* sub = command(app, "audit", "Print the audit log", args);
  sub->add_option("--since", args->since, "only changes on or after this date (YYYY-MM-DD)");
  sub->callback([&, args] {
    action = [&, args] {
      boost::optional<std::string> since;
      if (!args->since.empty()) {
        try {
          since = formatIso(parseIsoDate(args->since));
        } catch (const std::exception& e) {
          throw UsageError(std::string("--since: ") + e.what());
        }
      }
      auto reg = Register::open(args->db, false);
      for (const auto& e : auditEntries(*reg, since))
        ctx.out << e.at << "\t" << e.actor << "\t" << e.entity << "\t" << e.key << "\tv" << e.version << "\t"
                << e.field << "\t" << e.oldValue << "\t" << e.newValue << "\n";
      return kOk;
    };
  });
}

}  // namespace

void registerRegisterCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  addInitCommand(app, ctx, action);
  addDemoCommand(app, ctx, action);
  addImportCommand(app, ctx, action);
  addExportCommand(app, ctx, action);
  addCheckCommand(app, ctx, action);
  addBackupCommand(app, ctx, action);
  addRestoreCommand(app, ctx, action);
  addAuditCommand(app, ctx, action);
}

}  // namespace s113::cli
