#include "cli/Commands.h"

namespace s113::cli {

// No recharge commands yet.
void registerRechargeCommands(CLI::App&, CommandContext&, std::function<int()>&) {}

}  // namespace s113::cli
