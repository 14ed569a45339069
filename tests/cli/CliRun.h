// Drives s113reg-cli in-process for the CLI tests: the exit status and what
// it printed, and a demo register on the backend under test.
#pragma once
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/Cli.h"
#include "support/TestRegister.h"

namespace s113::test {

struct Run {
  int status;
  std::string out, err;
};

inline Run cli(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int status = s113::cli::run(args, out, err);
  return {status, out.str(), err.str()};
}

// A fresh register filled by `demo`, on the backend under test.
struct DemoRegister {
  TestRegister reg;
  std::string db = reg.target();
  DemoRegister() { REQUIRE(cli({"demo", db}).status == 0); }
};

}  // namespace s113::test
