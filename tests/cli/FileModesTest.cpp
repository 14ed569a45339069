// The register holds salaries and personal data: every file and folder the
// program creates is its owner's alone (0600 files, 0700 folders), so another
// local user cannot read a register, its WAL, a backup, an export or a report.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli/CliRun.h"
#include "support/TestRegister.h"

namespace fs = std::filesystem;
using s113::test::cli;

namespace {

// Group and others can neither read, write nor enter.
bool ownerOnly(const fs::path& path) {
  const fs::perms none = fs::perms::group_all | fs::perms::others_all;
  return (fs::status(path).permissions() & none) == fs::perms::none;
}

void requireOwnerOnlyTree(const fs::path& root) {
  CHECK(ownerOnly(root));
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    INFO(entry.path().string());
    CHECK(ownerOnly(entry.path()));
  }
}

}  // namespace

#if !defined(_WIN32)
TEST_CASE("registers, backups, exports and reports are created readable by their owner only", "[cli][security]") {
  const fs::path dir = s113::test::tempPath("-modes");
  fs::create_directories(dir);
  fs::permissions(dir, fs::perms::owner_all);
  const std::string db = (dir / "register.s113").string();

  REQUIRE(cli({"demo", db}).status == 0);
  REQUIRE(cli({"backup", db, (dir / "backup.s113").string()}).status == 0);
  REQUIRE(cli({"export", db, (dir / "export").string()}).status == 0);
  REQUIRE(cli({"report", db, "register", "--out", (dir / "register.pdf").string()}).status == 0);
  REQUIRE(cli({"reports", db, (dir / "all-reports").string()}).status == 0);

  CHECK(fs::exists(dir / "export" / "posts.csv"));
  CHECK(fs::exists(dir / "register.pdf"));
  requireOwnerOnlyTree(dir);
  fs::remove_all(dir);
}
#endif
