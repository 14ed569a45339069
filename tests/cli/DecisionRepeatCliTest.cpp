// decide --record run twice within a minute records once: the second run is
// refused (exit status 1) and says which decision it repeats.
#include <algorithm>

#include "cli/CliRun.h"

using namespace s113::test;

TEST_CASE("decide --record twice in a minute records once", "[cli][decision][postgresql]") {
  DemoRegister demo;
  const std::vector<std::string> record = {"decide", demo.db, "--post", "BN-007", "--record",
                                           "--on", "2026-11-24"};
  REQUIRE(cli(record).status == 0);
  Run again = cli(record);
  CHECK(again.status == 1);
  CHECK_THAT(again.err, Catch::Contains("was recorded"));
  CHECK_THAT(again.err, Catch::Contains("as D-BN-007-1"));
  Run listed = cli({"decisions", demo.db, "--post", "BN-007"});
  REQUIRE(listed.status == 0);
  CHECK(std::count(listed.out.begin(), listed.out.end(), '\n') == 1);
}
