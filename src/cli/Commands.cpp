#include "cli/Commands.h"

namespace s113::cli {

void registerCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  registerRegisterCommands(app, ctx, action);
  registerArrangementCommands(app, ctx, action);
  registerRechargeCommands(app, ctx, action);
  registerDecisionCommands(app, ctx, action);
  registerReportCommands(app, ctx, action);
  registerPayrollCommands(app, ctx, action);
  registerPersonalDataCommands(app, ctx, action);
  registerFinanceCommands(app, ctx, action);
}

}  // namespace s113::cli
