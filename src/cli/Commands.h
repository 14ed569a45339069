// The subcommands of s113reg-cli, each registered on the CLI11 app; the
// chosen one leaves its work in `action`, run after parsing succeeds.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <ostream>
#include <stdexcept>

namespace s113::cli {

struct CommandContext {
  std::ostream& out;
  std::ostream& err;
};

// Wrong use of a command that parsing alone cannot see (exit 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void registerCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action);

// Each file registers its own commands.
void registerRegisterCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action);
void registerArrangementCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action);
void registerRechargeCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action);
void registerDecisionCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action);
void registerReportCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action);
void registerPayrollCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action);
void registerPersonalDataCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action);
void registerFinanceCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action);

}  // namespace s113::cli
