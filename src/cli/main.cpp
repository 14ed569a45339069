#include <iostream>

#include "cli/Cli.h"
#include "s113/Version.h"
#include "storage/SqliteThreading.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 1 && args[0] == "--version") {
    std::cout << "s113reg-cli " << s113::kVersion << "\n";
    return 0;
  }
  s113::useOneThreadPerSqliteConnection();  // before any connection opens
  return s113::cli::run(args, std::cout, std::cerr);
}
