// migrate, roles: who may do what, and bringing a register up to date.
#include <memory>

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "services/Roles.h"

namespace s113::cli {
namespace {

struct RoleArgs {
  std::string db, verb, login, role;
};

Role roleArgument(const std::string& name) {
  try {
    return parseRole(name);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

int runRoles(const RoleArgs& args, CommandContext& ctx) {
  const bool changes = args.verb == "grant" || args.verb == "revoke";
  if (args.verb != "list" && !changes) throw UsageError("roles: the second word is list, grant or revoke");
  if (changes && (args.login.empty() || args.role.empty()))
    throw UsageError("roles DB " + args.verb + " LOGIN ROLE: give a login name and a role");
  if (!changes && !args.login.empty()) throw UsageError("roles DB list takes nothing more");
  auto reg = Register::open(args.db, false);
  if (args.verb == "list") {
    for (const auto& grant : listRoles(*reg))
      ctx.out << grant.login << "\t" << roleName(grant.role) << "\t" << grant.grantedBy << "\t" << grant.grantedAt
              << "\n";
    return kOk;
  }
  const Role role = roleArgument(args.role);
  if (args.verb == "grant")
    ctx.out << (grantRole(*reg, args.login, role) ? "Granted " : "Already held: ") << roleName(role) << " to "
            << args.login << ".\n";
  else
    ctx.out << (revokeRole(*reg, args.login, role) ? "Revoked " : "Not held: ") << roleName(role) << " from "
            << args.login << ".\n";
  return kOk;
}

}  // namespace

void registerRoleCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  {
    auto db = std::make_shared<std::string>();
    auto* sub = app.add_subcommand("migrate", "Bring a register to this program's schema (admin only)");
    sub->add_option("DB", *db, "SQLite register file or postgresql:// connection string")->required();
    sub->callback([&, db] {
      action = [&, db] {
        auto reg = Register::openToMigrate(*db);
        ctx.out << "Register " << reg->displayName() << " is at schema version " << reg->schemaVersion() << ".\n";
        return kOk;
      };
    });
  }
  {
    auto args = std::make_shared<RoleArgs>();
    auto* sub = app.add_subcommand("roles", "List, grant or revoke users' roles (admin only): roles DB list | grant "
                                            "LOGIN ROLE | revoke LOGIN ROLE; ROLE is hr_editor, forum_reviewer, "
                                            "finance or admin");
    sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")->required();
    sub->add_option("VERB", args->verb, "list, grant or revoke")->required();
    sub->add_option("LOGIN", args->login, "the login name (the OS user on SQLite, the database role on PostgreSQL)");
    sub->add_option("ROLE", args->role, "hr_editor, forum_reviewer, finance or admin");
    sub->callback([&, args] {
      action = [&, args] { return runRoles(*args, ctx); };
    });
  }
}

}  // namespace s113::cli
