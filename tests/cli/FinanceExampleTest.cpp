// docs/finance-example.md matches what the program prints: its console
// blocks are run in order on a new sample register, in-process. "$ cat FILE"
// shows a file: one the program wrote is compared, one it did not is written
// from the page (the user's input). Output is compared line by line, with
// the acting user and timestamps as "<user>" and "<time>", and "…" standing
// for any lines left out. Tagged [postgresql] so cli.postgresql runs it too.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "cli/CliRun.h"

using s113::test::cli;
namespace fs = std::filesystem;

namespace {

struct Step {
  std::string command;               // after "$ "
  std::vector<std::string> expected;  // the lines shown after it
};

std::vector<Step> consoleSteps(const std::string& docPath) {
  std::ifstream in(docPath);
  REQUIRE(in.good());
  std::vector<Step> steps;
  bool inConsole = false;
  for (std::string line; std::getline(in, line);) {
    if (!inConsole) {
      inConsole = line == "```console";
      continue;
    }
    if (line == "```")
      inConsole = false;
    else if (line.rfind("$ ", 0) == 0)
      steps.push_back({line.substr(2), {}});
    else if (!steps.empty())
      steps.back().expected.push_back(line);
  }
  return steps;
}

std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

// The page's lines in order, "…" matching any run of lines.
bool shows(const std::vector<std::string>& actual, const std::vector<std::string>& expected) {
  std::size_t at = 0;
  bool skipping = false;
  for (const auto& line : expected) {
    if (line == "…") {
      skipping = true;
      continue;
    }
    if (skipping)
      while (at < actual.size() && actual[at] != line) ++at;
    if (at >= actual.size() || actual[at] != line) return false;
    ++at;
    skipping = false;
  }
  return skipping || at == actual.size();
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); !from.empty() && at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

TEST_CASE("the worked finance example prints what docs/finance-example.md shows", "[cli][finance][postgresql]") {
  s113::test::TestRegister reg;
  const std::string db = reg.target();
  const fs::path folder = fs::path(s113::test::tempPath("")).concat("-finance-example");
  fs::create_directories(folder);
  const std::string prefix = folder.string() + "/";
  const std::regex stamp("by [^ ]+ at [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z");

  const auto steps = consoleSteps(std::string(S113_SOURCE_DIR) + "/docs/finance-example.md");
  REQUIRE(steps.size() >= 10);
  for (const auto& step : steps) {
    INFO("$ " << step.command);
    std::istringstream words(step.command);
    std::vector<std::string> args;
    for (std::string w; words >> w;) args.push_back(w);
    if (args.front() == "cat") {
      const fs::path file = folder / args.at(1);
      if (fs::exists(file)) {  // written by the program
        std::ifstream in(file, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        INFO(text);
        CHECK(shows(linesOf(text), step.expected));
      } else {  // the user's input
        fs::create_directories(file.parent_path());
        std::ofstream(file) << joined(step.expected);
      }
      continue;
    }
    REQUIRE(args.front() == "s113reg-cli");
    args.erase(args.begin());
    for (auto& a : args) {
      const bool named = a.size() > 4 && (a.find(".csv") != std::string::npos || a.find(".pdf") != std::string::npos);
      if (a == "sample.s113")
        a = db;
      else if (named || fs::exists(folder / a))
        a = prefix + a;
    }
    const auto run = cli(args);
    INFO(run.err);
    REQUIRE(run.status == 0);
    std::string out = replaceAll(replaceAll(run.out, prefix, ""), db, "sample.s113");
    out = std::regex_replace(out, stamp, "by <user> at <time>");
    INFO(out);
    CHECK(shows(linesOf(out), step.expected));
  }
  CHECK(fs::file_size(folder / "invoices.pdf") > 1000);
  fs::remove_all(folder);
}
