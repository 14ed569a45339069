#include "cli/Commands.h"

namespace s113::cli {

// No decision commands yet.
void registerDecisionCommands(CLI::App&, CommandContext&, std::function<int()>&) {}

}  // namespace s113::cli
