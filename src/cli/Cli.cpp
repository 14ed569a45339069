#include "cli/Cli.h"

#include <CLI/CLI.hpp>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <functional>

#include "cli/Commands.h"
#include "domain/Errors.h"
#include "storage/OsUser.h"

namespace s113::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  restrictNewFilesToOwner();
  CLI::App app{"S113 Register: the joint staffing register of a council and an NHS body", "s113reg-cli"};
  app.require_subcommand(1);
  std::function<int()> action;
  CommandContext ctx{out, err};
  registerCommands(app, ctx, action);
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kOk;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return kOk;
  } catch (const CLI::ParseError& e) {
    err << "s113reg-cli: " << e.what() << "\n" << "Run 's113reg-cli --help' for the commands.\n";
    return kUsage;
  }
  try {
    return action ? action() : kUsage;
  } catch (const UsageError& e) {
    err << "s113reg-cli: " << e.what() << "\n";
    return kUsage;
  } catch (const ValidationErrors& e) {
    for (const auto& error : e.errors()) err << "error: " << error.what() << "\n";
    err << "Refused: nothing was written.\n";
    return kRefused;
  } catch (const ValidationError& e) {
    err << "error: " << e.what() << "\nRefused: nothing was written.\n";
    return kRefused;
  } catch (const Conflict& e) {
    err << "error: " << e.what() << "\n";
    return kRefused;
  } catch (const NotFound& e) {
    err << "error: " << e.what() << "\n";
    return kRefused;
  } catch (const NotPermitted& e) {
    err << "error: " << e.what() << "\n";
    return kRefused;
  } catch (const StorageError& e) {
    err << "error: " << e.what() << "\n";
    return kRefused;
  } catch (const boost::gregorian::bad_year&) {
    // A date given on the command line near the end of the calendar, carried
    // past it by the command's arithmetic (a year on, the notice period).
    err << "s113reg-cli: a date given or worked out from it falls after 9999, the end of the calendar the "
           "register handles: give an earlier date\n";
    return kUsage;
  } catch (const std::exception& e) {
    err << "error: " << e.what() << "\n";
    return kRefused;
  }
}

}  // namespace s113::cli
