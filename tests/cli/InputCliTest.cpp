// Usage errors exit 2 with a plain message; refused input exits 1, on the
// backend under test.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli/CliRun.h"

namespace fs = std::filesystem;
using s113::test::cli;
using s113::test::DemoRegister;

TEST_CASE("a financial year or date the calendar cannot hold is a usage error with a plain message", "[cli][postgresql]") {
  DemoRegister demo;
  auto year = cli({"recharges", demo.db, "--year", "9999/00"});
  CHECK(year.status == 2);
  CHECK_THAT(year.err, Catch::Contains("outside the financial years the register handles"));
  CHECK_THAT(year.err, !Catch::Contains("valid range"));
  const fs::path out = s113::test::tempPath("-reports");
  auto late = cli({"reports", demo.db, out.string(), "--as-at", "9999-12-31"});
  CHECK(late.status == 2);
  CHECK_THAT(late.err, Catch::Contains("end of the calendar"));
  CHECK_THAT(late.err, !Catch::Contains("valid range"));
  fs::remove_all(out);
}
