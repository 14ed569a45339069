#include "cli/Commands.h"

namespace s113::cli {

void registerCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  registerRegisterCommands(app, ctx, action);
}

}  // namespace s113::cli
