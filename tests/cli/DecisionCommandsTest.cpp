// `s113reg-cli decide`, `decisions` and `protocol`, driven in-process on the
// demo register. Tagged [postgresql] so cli.postgresql runs them there too.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/Cli.h"
#include "cli/CliRun.h"
#include "support/TestRegister.h"

namespace fs = std::filesystem;
using s113::test::cli;
using s113::test::DemoRegister;
using s113::test::Run;

namespace {

// The line of `decide --all` for a post.
std::string lineOf(const std::string& text, const std::string& post) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(post + "\t", 0) == 0) return line;
  return "";
}

std::size_t lineCount(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("decide --post explains the employer decision", "[cli][decision][postgresql]") {
  DemoRegister demo;
  Run run = cli({"decide", demo.db, "--post", "BN-001"});
  REQUIRE(run.status == 0);
  CHECK_THAT(run.out,
             Catch::Contains("Outcome: Bath and North East Somerset Council (BNES) employs."));
  CHECK_THAT(run.out, Catch::Contains("Decided by rule 1, Statutory office"));
  CHECK_THAT(run.out, Catch::Contains("Source: LASSA 1970 s6"));
  CHECK_THAT(run.out, Catch::Contains("statutory_role: DASS"));

  run = cli({"decide", demo.db, "--post", "BN-036", "--kind", "replacement", "--format", "json"});
  REQUIRE(run.status == 0);
  auto j = nlohmann::json::parse(run.out);
  CHECK(j["outcome"]["employer"] == "BCCG");
  CHECK(j["deciding_rule"]["position"] == 4);
  CHECK(j["trace"].size() == 8);
  CHECK(j["record"].is_null());

  run = cli({"decide", demo.db, "--post", "BN-031", "--pool", "NHSPS", "--officer-consulted",
             "--graded-in-both", "--funding-agreed", "--forum-consulted", "2026-11-20", "--format",
             "json"});
  REQUIRE(run.status == 0);
  j = nlohmann::json::parse(run.out);
  CHECK(j["outcome"]["employer"] == "BCCG");
  CHECK(j["deciding_rule"]["kind"] == "pension_protection");
  CHECK(j["open_conditions"].empty());
}

TEST_CASE("decide --all prints a line per post and changes nothing",
          "[cli][decision][postgresql]") {
  DemoRegister demo;
  const std::string auditBefore = cli({"audit", demo.db}).out;
  Run run = cli({"decide", demo.db, "--all"});
  REQUIRE(run.status == 0);
  CHECK(lineCount(run.out) == 41);
  CHECK(lineOf(run.out, "BN-001") == "BN-001\tBNES\trule 1 (statutory_office)");
  CHECK(lineOf(run.out, "SK-001") == "SK-001\tSMBC\trule 1 (statutory_office)");
  CHECK(lineOf(run.out, "BN-005") == "BN-005\tBCCG\trule 2 (designated_post)");
  CHECK(lineOf(run.out, "BN-007") == "BN-007\tBNES\trule 5 (majority_of_functions)");
  CHECK(lineOf(run.out, "BN-037") == "BN-037\trefer\trule 8 (unresolved)");
  run = cli({"decide", demo.db, "--all", "--proposed", "--format", "json"});
  REQUIRE(run.status == 0);
  auto j = nlohmann::json::parse(run.out);
  REQUIRE(j.size() == 1);
  CHECK(j[0]["post_ref"] == "BN-037");
  CHECK(j[0]["refer_to_joint_hr_group"] == true);
  CHECK(cli({"audit", demo.db}).out == auditBefore);
}

TEST_CASE("decide --record and --override record decisions; refusals write nothing",
          "[cli][decision][postgresql]") {
  DemoRegister demo;
  Run run = cli({"decide", demo.db, "--post", "BN-007", "--record", "--on", "2026-11-24"});
  REQUIRE(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("Recorded as decision D-BN-007-1: decided on 2026-11-24"));

  run = cli({"decide", demo.db, "--post", "BN-007", "--override", "BCCG"});
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains("needs a reason"));
  CHECK_THAT(run.err, Catch::Contains("Refused: nothing was written."));

  run = cli({"decide", demo.db, "--post", "BN-007", "--override", "BCCG", "--reason",
             "CCG clinical assessor post", "--on", "2026-11-25"});
  REQUIRE(run.status == 0);
  CHECK_THAT(run.out,
             Catch::StartsWith(
                 "OVERRIDE: Bath and North East Somerset Clinical Commissioning Group (BCCG)"));
  CHECK_THAT(run.out, Catch::Contains("Reason: CCG clinical assessor post"));
  CHECK_THAT(run.out, Catch::Contains("Recorded as decision D-BN-007-2"));

  run = cli({"decisions", demo.db, "--post", "BN-007"});
  REQUIRE(run.status == 0);
  CHECK(lineCount(run.out) == 2);
  CHECK_THAT(
      run.out,
      Catch::Contains("D-BN-007-2\tBN-007\t2026-11-25\tnew_post\tv1\trule 5 (majority_of_functions)"
                      "\toutcome BNES\tOVERRIDE -> BCCG: CCG clinical assessor post"));
  run = cli({"decisions", demo.db, "--key", "D-BN-037-1", "--format", "json"});
  REQUIRE(run.status == 0);
  auto j = nlohmann::json::parse(run.out);
  CHECK(j["override"]["employer"] == "BNES");
  CHECK(j["outcome_employer"].is_null());
  CHECK(j["trace"]["trace"].size() == 8);
}

TEST_CASE("decide refuses unknown posts and bad usage", "[cli][decision][postgresql]") {
  DemoRegister demo;
  Run run = cli({"decide", demo.db, "--post", "XX-999"});
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains("There is no post 'XX-999'."));
  CHECK(cli({"decide", demo.db, "--post", "BN-001", "--format", "xml"}).status == 2);
  CHECK(cli({"decide", demo.db, "--post", "BN-001", "--kind", "promotion"}).status == 2);
  CHECK(cli({"decide", demo.db}).status == 2);
  CHECK(cli({"decide", demo.db, "--post", "BN-001", "--all"}).status == 2);
  CHECK(cli({"decide", demo.db, "--all", "--record"}).status == 2);
  CHECK(cli({"decide", demo.db, "--post", "BN-001", "--reason", "why"}).status == 2);
  CHECK(cli({"decide", demo.db, "--post", "BN-001", "--on", "24/11/2026"}).status == 2);
  CHECK(cli({"decisions", demo.db, "--key", "D-NONE-1"}).status == 1);
}

TEST_CASE("protocol edits save new versions and compare lists the changed posts",
          "[cli][protocol][postgresql]") {
  DemoRegister demo;
  Run run = cli({"protocol", demo.db, "show"});
  REQUIRE(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("(version 1)"));
  CHECK_THAT(run.out, Catch::Contains("## 5. Majority of functions"));
  run = cli({"protocol", demo.db, "compare"});
  REQUIRE(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("no earlier version"));

  run = cli({"protocol", demo.db, "set-threshold", "6500", "--note", "65% threshold"});
  REQUIRE(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("Saved HR protocol version 2"));
  run = cli({"protocol", demo.db, "compare", "--all-posts"});
  REQUIRE(run.status == 0);
  CHECK_THAT(run.out,
             Catch::Contains("Protocol version 1 -> 2: 41 posts checked, 7 would change."));
  CHECK_THAT(run.out,
             Catch::Contains(
                 "BN-007\tBNES -> refer\trule 5 (majority_of_functions) -> rule 8 (unresolved)"));
  CHECK_THAT(run.out, Catch::Contains("BN-036\tBNES -> BCCG"));

  CHECK(cli({"protocol", demo.db, "disable", "7"}).status == 0);
  CHECK(cli({"protocol", demo.db, "enable", "7"}).status == 0);
  CHECK(cli({"protocol", demo.db, "move", "6", "5"}).status == 0);
  CHECK(cli({"protocol", demo.db, "map-profession", "nursing", "none"}).status == 0);
  run = cli({"protocol", demo.db, "versions"});
  REQUIRE(run.status == 0);
  CHECK(lineCount(run.out) == 6);
  CHECK_THAT(run.out, Catch::Contains("65% threshold"));
  run = cli({"protocol", demo.db, "show"});
  CHECK_THAT(run.out, Catch::Contains("(version 6)"));
  CHECK_THAT(run.out, Catch::Contains("## 5. Professional fit"));

  // Decisions use the newest version unless told otherwise.
  run = cli({"decide", demo.db, "--post", "BN-007", "--format", "json"});
  CHECK(nlohmann::json::parse(run.out)["protocol_version"] == 6);
  run = cli({"decide", demo.db, "--post", "BN-007", "--protocol-version", "1", "--format", "json"});
  CHECK(nlohmann::json::parse(run.out)["protocol_version"] == 1);

  const fs::path file = s113::test::tempPath(".md");
  run = cli({"protocol", demo.db, "export", file.string(), "--version", "1"});
  REQUIRE(run.status == 0);
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  CHECK_THAT(
      text.str(),
      Catch::Contains(
          "# HR protocol: Default protocol (B&NES Joint Working Framework 2013) (version 1)"));
  fs::remove(file);

  // Refusals and usage errors.
  CHECK(cli({"protocol", demo.db, "enable", "42"}).status == 1);
  CHECK(cli({"protocol", demo.db, "set-threshold", "0"}).status == 1);
  CHECK(cli({"protocol", demo.db, "set-threshold", "lots"}).status == 2);
  CHECK(cli({"protocol", demo.db, "map-profession", "plumbing", "nhs"}).status == 2);
  CHECK(cli({"protocol", demo.db, "rewrite"}).status == 2);
  CHECK(cli({"protocol", demo.db, "show", "--version", "99"}).status == 1);
  CHECK(lineCount(cli({"protocol", demo.db, "versions"}).out) == 6);
}
