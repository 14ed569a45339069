#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/Csv.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "services/KeptExchange.h"
#include "services/HistoryExchange.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every file of a folder, by name.
std::map<std::string, std::string> folderContents(const fs::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(folder)) files[entry.path().filename().string()] = slurp(entry.path());
  return files;
}

struct TempFolder {
  fs::path path{test::tempPath("-folder")};
  ~TempFolder() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("demo -> export -> import into an empty register -> export gives identical files", "[services][exchange]") {
  test::TestRegister source;
  buildDemoRegister(source.reg());
  TempFolder first, second;
  exportFolder(source.reg(), first.path.string());
  test::TestRegister copy;
  auto summary = importFolder(copy.reg(), first.path.string());
  CHECK(summary.created > 100);
  CHECK(summary.updated == 0);
  exportFolder(copy.reg(), second.path.string());
  auto a = folderContents(first.path), b = folderContents(second.path);
  REQUIRE(a.size() == allEntities().size() + historyFiles().size() + keptFiles().size());
  CHECK(a == b);
  CHECK(VersionStore(copy.reg(), postDef()).countLive() >= 40);
  // Importing the same files again changes nothing.
  auto again = importFolder(copy.reg(), first.path.string());
  CHECK(again.created == 0);
  CHECK(again.updated == 0);
}

TEST_CASE("a bad import is refused whole with row and column, and writes nothing", "[services][exchange]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  TempFolder folder;
  exportFolder(t.reg(), folder.path.string());
  const auto posts = VersionStore(t.reg(), postDef()).countLive();

  auto rewrite = [&](const std::string& file, const std::function<void(std::vector<CsvRow>&)>& change) {
    std::ifstream in(folder.path / file, std::ios::binary);
    auto rows = readCsv(in);
    in.close();
    change(rows);
    std::ofstream out(folder.path / file, std::ios::binary | std::ios::trunc);
    for (const auto& row : rows) writeCsvRow(out, row);
  };
  // A new, valid post in row 43 ...
  rewrite("posts.csv", [](std::vector<CsvRow>& rows) {
    CsvRow extra = rows[1];
    extra[0] = "NEW-001";
    rows.push_back(extra);
  });
  // ... and three bad cells elsewhere.
  rewrite("posts.csv", [](std::vector<CsvRow>& rows) { rows[3][10] = "BNES:50;BCCG:40"; });
  rewrite("contracts.csv", [](std::vector<CsvRow>& rows) { rows[2][8] = "2013-02-30"; });
  try {
    importFolder(t.reg(), folder.path.string());
    FAIL("the import was accepted");
  } catch (const ValidationErrors& e) {
    std::string text = e.what();
    CHECK_THAT(text, Catch::Contains("posts.csv row 4: column functional_split: shares sum to 90%, not 100%"));
    CHECK_THAT(text, Catch::Contains("contracts.csv row 3: column start_date:"));
  }
  CHECK(VersionStore(t.reg(), postDef()).countLive() == posts);
  CHECK_FALSE(VersionStore(t.reg(), postDef()).latest("NEW-001").has_value());
}

namespace {

// Records what an import reports and asks it to stop once it has written
// `stopAfter` rows.
struct StoppingProgress : Progress {
  std::size_t stopAfter;
  std::vector<std::string> heard;
  explicit StoppingProgress(std::size_t after) : stopAfter(after) {}
  bool step(std::size_t done, std::size_t, const std::string& what) override {
    heard.push_back(what);
    return !(what.rfind("Writing", 0) == 0 && done >= stopAfter);
  }
};

}  // namespace

TEST_CASE("an import reports its progress and, stopped half way, writes nothing", "[services][exchange]") {
  test::TestRegister source;
  buildDemoRegister(source.reg());
  TempFolder folder;
  StoppingProgress exportProgress(1000000);
  exportFolder(source.reg(), folder.path.string(), &exportProgress);
  CHECK(exportProgress.heard.size() == allEntities().size() + 1);  // + the history files
  CHECK(exportProgress.heard.front() == "Writing " + allEntities().front()->csvFile);

  test::TestRegister copy;
  StoppingProgress stopping(100);
  CHECK_THROWS_AS(importFolder(copy.reg(), folder.path.string(), &stopping), Cancelled);
  CHECK(stopping.heard.front() == "Reading " + allEntities().front()->csvFile);
  // Rows were written inside the transaction before the stop: all rolled back.
  CHECK(VersionStore(copy.reg(), partnerDef()).countLive() == 0);
  CHECK(VersionStore(copy.reg(), postDef()).countLive() == 0);

  StoppingProgress never(1000000);
  const auto summary = importFolder(copy.reg(), folder.path.string(), &never);
  CHECK(summary.created > 100);
  CHECK(VersionStore(copy.reg(), postDef()).countLive() == VersionStore(source.reg(), postDef()).countLive());
}

TEST_CASE("an unknown column and a dangling reference are named", "[services][exchange]") {
  test::TestRegister t;
  TempFolder folder;
  fs::create_directories(folder.path);
  {
    std::ofstream out(folder.path / "partners.csv", std::ios::binary);
    out << "code,name,kind,nation,colour\r\nBNES,B&NES,council,england,blue\r\n";
  }
  CHECK_THROWS_WITH(importFolder(t.reg(), folder.path.string()),
                    Catch::Contains("partners.csv row 1: column colour: is not a column of partners.csv"));
  {
    std::ofstream out(folder.path / "partners.csv", std::ios::binary | std::ios::trunc);
    out << "code,name,kind,nation,successor\r\nPCT,Stockport PCT,nhs,england,CCG\r\n";
  }
  CHECK_THROWS_WITH(importFolder(t.reg(), folder.path.string()),
                    Catch::Contains("partners.csv row 2: column successor: there is no Partner 'CCG'"));
  CHECK(VersionStore(t.reg(), partnerDef()).countLive() == 0);
  {
    std::ofstream out(folder.path / "partners.csv", std::ios::binary | std::ios::trunc);
    out << "code,name,kind,nation\r\nBNES,B&NES,council,england\r\n";
    std::ofstream posts(folder.path / "posts.csv", std::ios::binary);
    posts << "ref,title,grade,fte,employer,host,kind,statutory_role,registration,functional_split,status\r\n"
             "JC-1,Head,JNC 3,1,BNES,BNES,s113,none,none,BNES:60;NOPE:40,approved\r\n";
  }
  CHECK_THROWS_WITH(importFolder(t.reg(), folder.path.string()),
                    Catch::Contains("posts.csv row 2: column functional_split: there is no Partner 'NOPE'"));
  CHECK(VersionStore(t.reg(), partnerDef()).countLive() == 0);
}

TEST_CASE("CSV reads RFC 4180 quoting and line breaks", "[exchange]") {
  std::istringstream in("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\nlast,\n");
  std::vector<int> lines;
  auto rows = readCsv(in, &lines);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == CsvRow{"x, \"y\"", "two\nlines"});
  CHECK(rows[2] == CsvRow{"last", ""});
  CHECK(lines == std::vector<int>{1, 2, 5});
  std::ostringstream out;
  writeCsvRow(out, rows[1]);
  CHECK(out.str() == "\"x, \"\"y\"\"\",\"two\nlines\"\r\n");
  std::istringstream bad("a,\"open\n");
  CHECK_THROWS_WITH(readCsv(bad), Catch::Contains("line 1"));
}
