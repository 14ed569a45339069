// The storage side of the command line: no command but init turns a file
// into a register; backup then restore round-trips a register; a restore
// never overwrites.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <soci/sqlite3/soci-sqlite3.h>

#include "cli/CliRun.h"
#include "support/TestRegister.h"

namespace fs = std::filesystem;
using s113::test::cli;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Folder {
  fs::path dir{s113::test::tempPath("-storage-cli")};
  Folder() { fs::create_directories(dir); }
  ~Folder() { fs::remove_all(dir); }
  std::string path(const std::string& name) const { return (dir / name).string(); }
};

bool says(const s113::test::Run& run, const std::string& text) {
  return run.err.find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("read-only commands never turn another file into a register", "[cli][opening]") {
  Folder folder;
  const std::string foreign = folder.path("songs.db"), empty = folder.path("empty.s113");
  {
    soci::session other(soci::sqlite3, "db=" + foreign);
    other << "CREATE TABLE songs (title TEXT)";
  }
  std::ofstream(empty).close();
  const std::string foreignBefore = slurp(foreign);
  for (const std::string& file : {foreign, empty}) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"check", file}, {"export", file, folder.path("out")}, {"audit", file},
          {"report", file, "register", "--out", folder.path("r.csv")}}) {
      auto run = cli(args);
      INFO(args[0] << " " << file << ": " << run.err);
      CHECK(run.status == 1);
      CHECK(says(run, "is not an S113 register"));
    }
  }
  CHECK(slurp(foreign) == foreignBefore);
  CHECK(fs::file_size(empty) == 0);
  // init refuses the foreign file but makes a register of the empty one.
  CHECK(cli({"init", foreign}).status == 1);
  CHECK(slurp(foreign) == foreignBefore);
  CHECK(cli({"init", empty}).status == 0);
}

TEST_CASE("backup then restore gives the same register; restore never overwrites", "[cli][restore]") {
  Folder folder;
  const std::string db = folder.path("a.s113"), copy = folder.path("copy.s113"), back = folder.path("back.s113");
  REQUIRE(cli({"demo", db}).status == 0);
  REQUIRE(cli({"backup", db, copy}).status == 0);
  auto restored = cli({"restore", copy, back});
  INFO(restored.err);
  REQUIRE(restored.status == 0);
  REQUIRE(cli({"export", db, folder.path("one")}).status == 0);
  REQUIRE(cli({"export", back, folder.path("two")}).status == 0);
  for (const auto& entry : fs::directory_iterator(folder.path("one")))
    CHECK(slurp(entry.path()) == slurp(fs::path(folder.path("two")) / entry.path().filename()));
  CHECK(cli({"audit", db}).out == cli({"audit", back}).out);
  auto again = cli({"restore", copy, back});
  CHECK(again.status == 1);
  CHECK(says(again, "already exists"));
  CHECK(cli({"restore", folder.path("nowhere.s113"), folder.path("x.s113")}).status == 1);
  CHECK_FALSE(fs::exists(folder.path("x.s113")));
}

TEST_CASE("a PostgreSQL register backs up and restores with its whole history", "[.postgresql][postgresql]") {
  s113::test::TestRegister pg, restoredPg;
  Folder folder;
  REQUIRE(cli({"demo", pg.target()}).status == 0);
  REQUIRE(cli({"backup", pg.target(), folder.path("copy.s113")}).status == 0);
  CHECK(cli({"audit", folder.path("copy.s113")}).out == cli({"audit", pg.target()}).out);
  auto restored = cli({"restore", folder.path("copy.s113"), restoredPg.target()});
  INFO(restored.err);
  REQUIRE(restored.status == 0);
  CHECK(cli({"audit", restoredPg.target()}).out == cli({"audit", pg.target()}).out);
  CHECK(cli({"check", restoredPg.target()}).status == 0);
}
