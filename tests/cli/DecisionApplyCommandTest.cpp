// `decide --record --apply`: a proposed post imported without employer or
// host gets the decision's employer as one audited change. Tagged
// [postgresql] so cli.postgresql runs it there too.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/CliRun.h"
#include "services/Csv.h"
#include "support/TestRegister.h"

namespace fs = std::filesystem;
using s113::test::cli;
using s113::test::DemoRegister;
using s113::test::Run;

namespace {

// The newest row of post REF in an export.
std::map<std::string, std::string> exportedPost(const std::string& db, const std::string& ref) {
  const fs::path out = s113::test::tempPath("-applyexp");
  REQUIRE(cli({"export", db, out.string()}).status == 0);
  std::ifstream in(out / "posts.csv", std::ios::binary);
  const auto rows = s113::readCsv(in);
  std::map<std::string, std::string> post;
  for (std::size_t r = 1; r < rows.size(); ++r)
    if (rows[r][0] == ref)
      for (std::size_t c = 0; c < rows[0].size(); ++c) post[rows[0][c]] = rows[r][c];
  fs::remove_all(out);
  return post;
}

}  // namespace

TEST_CASE("decide --record --apply gives a proposed post its employer",
          "[cli][decision][apply][postgresql]") {
  DemoRegister demo;
  const fs::path folder = s113::test::tempPath("-apply");
  fs::create_directories(folder);
  std::ofstream(folder / "posts.csv", std::ios::binary)
      << "ref,title,fte,employer,host,kind,statutory_role,registration,functional_split,status,"
         "agreement,valid_from\r\n"
         "BN-NEW,New joint commissioner,1,,,s113,none,none,BNES:60;BCCG:40,proposed,"
         "BNES-S113-2013,2026-11-01\r\n"
         "BN-HALF,Half and half,1,,,s113,none,none,BNES:50;BCCG:50,proposed,BNES-S113-2013,"
         "2026-11-01\r\n";
  Run run = cli({"import", demo.db, folder.string()});
  INFO(run.err);
  REQUIRE(run.status == 0);
  CHECK(exportedPost(demo.db, "BN-NEW").at("employer").empty());

  // --apply needs --record.
  CHECK(cli({"decide", demo.db, "--post", "BN-NEW", "--apply"}).status == 2);

  run = cli({"decide", demo.db, "--post", "BN-NEW", "--record", "--apply", "--on", "2026-11-24",
             "--format", "json"});
  REQUIRE(run.status == 0);
  const auto doc = nlohmann::json::parse(run.out);
  CHECK(doc["record"]["employer"] == "BNES");
  CHECK(doc["applied_post_version"] == 2);
  const auto post = exportedPost(demo.db, "BN-NEW");
  CHECK(post.at("employer") == "BNES");
  CHECK(post.at("host") == "BNES");
  CHECK(post.at("valid_from") == "2026-11-24");

  // The change is in the audit log, field by field.
  run = cli({"audit", demo.db});
  REQUIRE(run.status == 0);
  CHECK(run.out.find("BN-NEW") != std::string::npos);

  // A referred decision has no employer: refused, nothing recorded or changed.
  run = cli({"decide", demo.db, "--post", "BN-HALF", "--record", "--apply", "--on", "2026-11-24"});
  CHECK(run.status == 1);
  CHECK(exportedPost(demo.db, "BN-HALF").at("employer").empty());
  run = cli({"decisions", demo.db, "--post", "BN-HALF"});
  CHECK(run.out.find("D-BN-HALF") == std::string::npos);
  fs::remove_all(folder);
}
