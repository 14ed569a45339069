// Hostile and stale input to the CSV exchange: refused with file, row and
// column, nothing written; identical rows change nothing.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/Csv.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "services/ExchangeFile.h"
#include "services/RecordService.h"
#include "storage/AuditStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
  fs::path path{test::tempPath("-folder")};
  ~TempFolder() { fs::remove_all(path); }
};

void spit(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

void rewrite(const fs::path& file, const std::function<void(std::vector<CsvRow>&)>& change) {
  std::ifstream in(file, std::ios::binary);
  auto rows = readCsv(in);
  in.close();
  change(rows);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  for (const auto& row : rows) writeCsvRow(out, row);
}

std::size_t indexOf(const CsvRow& header, const std::string& column) {
  return static_cast<std::size_t>(std::find(header.begin(), header.end(), column) - header.begin());
}

// The row of `key` in a file's rows.
CsvRow& rowOf(std::vector<CsvRow>& rows, const std::string& key) {
  for (auto& row : rows)
    if (row[0] == key) return row;
  throw std::runtime_error("no row " + key);
}

std::string importRefusal(Register& reg, const fs::path& folder) {
  try {
    importFolder(reg, folder.string());
  } catch (const ValidationErrors& e) {
    return e.what();
  } catch (const ValidationError& e) {
    return e.what();
  }
  return "accepted";
}

std::size_t auditRows(Register& reg) { return AuditStore(reg).list(boost::none, boost::none, boost::none).size(); }

// A demo register and its export, for each test.
struct Exported {
  test::TestRegister t;
  TempFolder folder;
  Exported() {
    buildDemoRegister(t.reg());
    exportFolder(t.reg(), folder.path.string());
  }
  fs::path file(const std::string& name) const { return folder.path / name; }
};

}  // namespace

TEST_CASE("an import of an old export does not undo a colleague's later change", "[services][exchange][input]") {
  Exported e;
  // A colleague raises BN-003's grade after the export.
  auto colleague = e.t.openAnother();
  auto before = VersionStore(*colleague, postDef()).latest("BN-003");
  REQUIRE(before.has_value());
  Record changed = test::text(postDef(), before->fields);
  changed["grade"] = "JNC Grade X";
  RecordService(*colleague)
      .save(test::textEdit(postDef(), "BN-003", changed, before->version, before->validFrom));
  const auto now = VersionStore(e.t.reg(), postDef()).latest("BN-003");

  // Re-importing the old export unchanged is harmless: rows identical to the
  // register change nothing, and BN-003's row is simply older.
  rewrite(e.file("posts.csv"), [](std::vector<CsvRow>& rows) { rowOf(rows, "BN-003")[indexOf(rows[0], "status")] = "approved"; });
  const std::string refusal = importRefusal(e.t.reg(), e.folder.path);
  CHECK_THAT(refusal, Catch::Contains("posts.csv row ") && Catch::Contains("column version: post BN-003 was changed by " + now->recordedBy + " at " + now->recordedAt));
  CHECK_THAT(refusal, Catch::Contains("based on version " + std::to_string(before->version)));
  CHECK(test::text(postDef(), VersionStore(e.t.reg(), postDef()).latest("BN-003")->fields,
                   "grade") == "JNC Grade X");
  CHECK(VersionStore(e.t.reg(), postDef()).latest("BN-003")->version == now->version);

  // A row claiming a version the register never had is refused too.
  rewrite(e.file("posts.csv"), [](std::vector<CsvRow>& rows) { rowOf(rows, "BN-003")[indexOf(rows[0], "version")] = "99"; });
  CHECK_THAT(importRefusal(e.t.reg(), e.folder.path), Catch::Contains("post BN-003 has no version 99"));

  // Without the version column (a spreadsheet's rows) the row is new data, as before.
  rewrite(e.file("posts.csv"), [](std::vector<CsvRow>& rows) {
    const auto column = indexOf(rows[0], "version");
    for (auto& row : rows) row.erase(row.begin() + static_cast<long>(column));
  });
  importFolder(e.t.reg(), e.folder.path.string());
  auto after = VersionStore(e.t.reg(), postDef()).latest("BN-003");
  CHECK(test::text(postDef(), after->fields, "status") == "approved");
  CHECK(
      test::text(postDef(), after->fields, "grade") ==
      test::text(postDef(), before->fields, "grade"));  // the spreadsheet's value wins: it said so
}

TEST_CASE("an import of a fresh export applies changes and keeps identical rows unchanged", "[services][exchange][input]") {
  Exported e;
  rewrite(e.file("posts.csv"), [](std::vector<CsvRow>& rows) { rowOf(rows, "BN-003")[indexOf(rows[0], "grade")] = "JNC 2"; });
  const auto audits = auditRows(e.t.reg());
  const auto summary = importFolder(e.t.reg(), e.folder.path.string());
  CHECK(summary.updated == 1);
  CHECK(summary.created == 0);
  CHECK(test::text(postDef(), VersionStore(e.t.reg(), postDef()).latest("BN-003")->fields,
                   "grade") == "JNC 2");
  CHECK(auditRows(e.t.reg()) == audits + 1);  // the grade, nothing else
}

TEST_CASE("an import row identical to the register's changes nothing, with or without valid_from", "[services][exchange][input]") {
  Exported e;
  rewrite(e.file("posts.csv"), [](std::vector<CsvRow>& rows) {
    const auto column = indexOf(rows[0], "valid_from");
    for (std::size_t r = 1; r < rows.size(); ++r) rows[r][column] = "";
  });
  const auto versions = VersionStore(e.t.reg(), postDef()).latest("BN-001")->version;
  const auto audits = auditRows(e.t.reg());
  const auto summary = importFolder(e.t.reg(), e.folder.path.string());
  CHECK(summary.updated == 0);
  CHECK(summary.created == 0);
  CHECK(VersionStore(e.t.reg(), postDef()).latest("BN-001")->version == versions);
  CHECK(auditRows(e.t.reg()) == audits);
}

TEST_CASE("an edit that changes nothing writes no version and no audit row", "[services][input]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto latest = VersionStore(t.reg(), postDef()).latest("BN-001");
  const auto audits = auditRows(t.reg());
  RecordService service(t.reg());
  CHECK(service.save({&postDef(), "BN-001", latest->fields, latest->version, latest->validFrom}) == latest->version);
  // The same values effective later change nothing either.
  CHECK(service.save({&postDef(), "BN-001", latest->fields, latest->version, latest->validFrom + boost::gregorian::days(30)}) ==
        latest->version);
  CHECK(VersionStore(t.reg(), postDef()).latest("BN-001")->version == latest->version);
  CHECK(auditRows(t.reg()) == audits);
  // A real change still writes.
  Record changed = test::text(postDef(), latest->fields);
  changed["grade"] = "JNC 9";
  CHECK(service.save(test::textEdit(postDef(), "BN-001", changed, latest->version,
                                    latest->validFrom)) == latest->version + 1);
  CHECK(auditRows(t.reg()) > audits);
}

TEST_CASE("control characters and broken UTF-8 in a file are refused with file, row and column", "[services][exchange][input]") {
  Exported e;
  const auto posts = VersionStore(e.t.reg(), postDef()).countLive();
  rewrite(e.file("posts.csv"), [](std::vector<CsvRow>& rows) {
    CsvRow twin = rowOf(rows, "BN-003");
    twin[0] = std::string("BN-003\0", 7);  // looks like BN-003 on screen
    rows.push_back(twin);
    rowOf(rows, "BN-002")[indexOf(rows[0], "title")] = "CCG \x1B[2J Officer";
    rowOf(rows, "BN-001")[indexOf(rows[0], "grade")] = "JNC \xFF";
  });
  const std::string refusal = importRefusal(e.t.reg(), e.folder.path);
  CHECK_THAT(refusal, Catch::Contains("column ref: contains the control character U+0000"));
  CHECK_THAT(refusal, Catch::Contains("posts.csv row 3: column title: contains the control character U+001B"));
  CHECK_THAT(refusal, Catch::Contains("posts.csv row 2: column grade: is not valid UTF-8"));
  CHECK(VersionStore(e.t.reg(), postDef()).countLive() == posts);
}

TEST_CASE("whole numbers too large for the register are refused by the import, not truncated", "[services][exchange][input]") {
  Exported e;
  rewrite(e.file("agreements.csv"), [](std::vector<CsvRow>& rows) { rows[1][indexOf(rows[0], "protocol_version")] = "2147483648"; });
  rewrite(e.file("placements.csv"), [](std::vector<CsvRow>& rows) { rows[1][indexOf(rows[0], "termination_notice_months")] = "2147483647"; });
  const std::string refusal = importRefusal(e.t.reg(), e.folder.path);
  CHECK_THAT(refusal, Catch::Contains("agreements.csv row 2: column protocol_version: '2147483648' is out of range"));
  CHECK_THAT(refusal, Catch::Contains("placements.csv row 2: column termination_notice_months: '2147483647' months is more than 1200"));
}

TEST_CASE("exchange file names are matched without regard to case; a clash or an unknown file is refused", "[services][exchange][input]") {
  Exported e;
  rewrite(e.file("posts.csv"), [](std::vector<CsvRow>& rows) { rowOf(rows, "BN-003")[indexOf(rows[0], "grade")] = "JNC 2"; });
  fs::rename(e.file("posts.csv"), e.file("POSTS.CSV"));
  CHECK(importFolder(e.t.reg(), e.folder.path.string()).updated == 1);
  CHECK(test::text(postDef(), VersionStore(e.t.reg(), postDef()).latest("BN-003")->fields,
                   "grade") == "JNC 2");

  fs::copy_file(e.file("POSTS.CSV"), e.file("posts.csv"));
  CHECK_THAT(importRefusal(e.t.reg(), e.folder.path), Catch::Contains("names are matched without regard to case"));
  fs::remove(e.file("POSTS.CSV"));
  spit(e.file("Postz.CSV"), "ref\r\n");
  CHECK_THAT(importRefusal(e.t.reg(), e.folder.path), Catch::Contains("Postz.CSV: file: is not a file of the exchange format"));
}

TEST_CASE("only regular files are read, never a pipe or a device, and within a size limit", "[services][exchange][input]") {
  Exported e;
  fs::remove(e.file("posts.csv"));
  REQUIRE(::mkfifo(e.file("posts.csv").c_str(), 0600) == 0);  // would block a reader for ever
  CHECK_THAT(importRefusal(e.t.reg(), e.folder.path), Catch::Contains("posts.csv: file: is not a regular file"));
  fs::remove(e.file("posts.csv"));
  fs::create_symlink("/dev/zero", e.file("posts.csv"));  // would fill the memory
  CHECK_THAT(importRefusal(e.t.reg(), e.folder.path), Catch::Contains("posts.csv: file: is not a regular file"));
  fs::remove(e.file("decisions.csv"));
  fs::create_symlink("/dev/zero", e.file("decisions.csv"));
  CHECK_THAT(importRefusal(e.t.reg(), e.folder.path), Catch::Contains("decisions.csv: file: is not a regular file"));

  std::vector<ValidationError> errors;
  spit(e.file("big.csv"), std::string(2000, 'x'));
  CHECK(readExchangeFile(e.file("big.csv"), "big.csv", errors, 1000).rows.empty());
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].what(), Catch::Contains("big.csv: file: is larger than"));
}

TEST_CASE("a decision whose trace nests too deep is refused, not stored", "[services][exchange][input]") {
  Exported e;
  rewrite(e.file("decisions.csv"), [](std::vector<CsvRow>& rows) {
    rows[1][indexOf(rows[0], "trace_json")] = std::string(100000, '[') + std::string(100000, ']');
  });
  CHECK_THAT(importRefusal(e.t.reg(), e.folder.path),
             Catch::Contains("decisions.csv row 2: column trace_json: nests more than 64 levels deep"));
}

TEST_CASE("line-manager cycles of any length are refused", "[services][input]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  RecordService service(t.reg());
  auto setManager = [&](const std::string& post, const std::string& manager) {
    auto latest = VersionStore(t.reg(), postDef()).latest(post);
    Record fields = test::text(postDef(), latest->fields);
    fields["line_manager"] = manager;
    service.save(test::textEdit(postDef(), post, fields, latest->version, latest->validFrom));
  };
  auto refusal = [&](const std::string& post, const std::string& manager) -> std::string {
    try {
      setManager(post, manager);
    } catch (const ValidationErrors& e) {
      return e.what();
    }
    return "accepted";
  };
  CHECK_THAT(refusal("BN-001", "BN-001"), Catch::Contains("line_manager: a post cannot manage itself"));  // the post's own rule
  setManager("BN-002", "BN-001");
  CHECK_THAT(refusal("BN-001", "BN-002"), Catch::Contains("(BN-001 -> BN-002 -> BN-001)"));
  setManager("BN-003", "BN-002");
  setManager("BN-004", "BN-003");
  CHECK_THAT(refusal("BN-001", "BN-004"), Catch::Contains("(BN-001 -> BN-004 -> BN-003 -> BN-002 -> BN-001)"));
  CHECK(test::text(postDef(), VersionStore(t.reg(), postDef()).latest("BN-001")->fields,
                   "line_manager")
            .empty());
  setManager("BN-005", "BN-004");  // a chain without a loop is fine
}

TEST_CASE("a line-manager cycle closed across rows of one import is refused", "[services][exchange][input]") {
  Exported e;
  rewrite(e.file("posts.csv"), [](std::vector<CsvRow>& rows) {
    const auto column = indexOf(rows[0], "line_manager");
    rowOf(rows, "BN-001")[column] = "BN-002";
    rowOf(rows, "BN-002")[column] = "BN-001";
  });
  CHECK_THAT(importRefusal(e.t.reg(), e.folder.path), Catch::Contains("column line_manager: would make a post its own line manager"));
  CHECK(test::text(postDef(), VersionStore(e.t.reg(), postDef()).latest("BN-001")->fields,
                   "line_manager")
            .empty());
}

TEST_CASE("a row of one empty field writes back as a row, not a blank line", "[exchange][input]") {
  std::istringstream in("a\r\n\"\"\r\nb\r\n");
  std::vector<int> lines;
  const auto rows = readCsv(in, &lines);
  REQUIRE(rows.size() == 3);
  std::ostringstream out;
  for (const auto& row : rows) writeCsvRow(out, row);
  std::istringstream back(out.str());
  CHECK(readCsv(back) == rows);
}
