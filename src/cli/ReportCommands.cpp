#include "cli/Commands.h"

namespace s113::cli {

// No report commands yet.
void registerReportCommands(CLI::App&, CommandContext&, std::function<int()>&) {}

}  // namespace s113::cli
