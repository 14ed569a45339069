#include "cli/Commands.h"

namespace s113::cli {

// No arrangement commands yet.
void registerArrangementCommands(CLI::App&, CommandContext&, std::function<int()>&) {}

}  // namespace s113::cli
