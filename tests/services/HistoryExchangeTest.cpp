// Protocol versions and recorded decisions in the CSV folder
// (services/HistoryExchange.h): they survive an export and import, and an
// import never changes one already in the register.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "protocol/ProtocolEdits.h"
#include "services/Csv.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "storage/DecisionStore.h"
#include "storage/ForumStore.h"
#include "storage/ProtocolStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path path{test::tempPath("-history")};
  ~Folder() { fs::remove_all(path); }
};

void rewrite(const fs::path& file, const std::function<void(std::vector<CsvRow>&)>& change) {
  std::ifstream in(file, std::ios::binary);
  auto rows = readCsv(in);
  in.close();
  change(rows);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  for (const auto& row : rows) writeCsvRow(out, row);
}

// The demo with a second protocol version (threshold 65%).
void demoWithVersion2(Register& reg) {
  buildDemoRegister(reg);
  ProtocolStore store(reg);
  WriteTransaction tx(reg);
  store.saveNew(withThreshold(store.load(), BasisPoints(6500)), "hr.admin", "2015-06-01", "65% majority");
  tx.commit();
}

}  // namespace

TEST_CASE("decisions and protocol versions survive export and import into an empty register",
          "[services][exchange][history]") {
  test::TestRegister source;
  demoWithVersion2(source.reg());
  Folder folder;
  exportFolder(source.reg(), folder.path.string());
  REQUIRE(fs::exists(folder.path / "decisions.csv"));

  test::TestRegister copy;
  importFolder(copy.reg(), folder.path.string());
  const auto before = DecisionStore(source.reg()).list(), after = DecisionStore(copy.reg()).list();
  REQUIRE(after.size() == before.size());
  REQUIRE(after.size() >= 3);
  for (std::size_t i = 0; i < before.size(); ++i) {
    CHECK(after[i].key == before[i].key);
    CHECK(after[i].traceJson == before[i].traceJson);
    CHECK(after[i].employer() == before[i].employer());
    CHECK(after[i].overrideReason == before[i].overrideReason);
    CHECK(after[i].decidedBy == before[i].decidedBy);
    CHECK(after[i].recordedAt == before[i].recordedAt);
  }
  ProtocolStore copied(copy.reg());
  REQUIRE(copied.latestVersion() == 2);
  CHECK(copied.versions().back().note == "65% majority");
  CHECK(copied.versions().back().createdBy == "hr.admin");
  CHECK(copied.load(2).findRule(5)->params.threshold == BasisPoints(6500));

  // Again: nothing new, nothing refused.
  const auto again = importFolder(copy.reg(), folder.path.string());
  CHECK(again.created == 0);
  CHECK(DecisionStore(copy.reg()).count() == before.size());
}

TEST_CASE("an import never changes a recorded decision or protocol version; it names the row",
          "[services][exchange][history]") {
  test::TestRegister t;
  demoWithVersion2(t.reg());
  Folder folder;
  exportFolder(t.reg(), folder.path.string());
  const auto decisions = DecisionStore(t.reg()).count();

  rewrite(folder.path / "decisions.csv", [](std::vector<CsvRow>& rows) { rows[1][14] = "someone.else"; });  // decided_by
  try {
    importFolder(t.reg(), folder.path.string());
    FAIL("the changed decision was accepted");
  } catch (const ValidationErrors& e) {
    CHECK_THAT(e.what(), Catch::Contains("decisions.csv row 2: column decision_key:") &&
                             Catch::Contains("decisions are never changed"));
  }
  exportFolder(t.reg(), folder.path.string());
  rewrite(folder.path / "protocol_rules.csv", [](std::vector<CsvRow>& rows) {
    for (auto& row : rows)
      if (row[0] == "2" && row[1] == "5") row[4] = "threshold_bp=7000";
  });
  CHECK_THROWS_WITH(importFolder(t.reg(), folder.path.string()),
                    Catch::Contains("protocol_versions.csv row 3: column version: version 2 differs"));
  CHECK(DecisionStore(t.reg()).count() == decisions);
  CHECK(ProtocolStore(t.reg()).load(2).findRule(5)->params.threshold == BasisPoints(6500));
}

TEST_CASE("bad history rows are refused with row and column, and nothing is written",
          "[services][exchange][history]") {
  test::TestRegister source;
  buildDemoRegister(source.reg());
  Folder folder;
  exportFolder(source.reg(), folder.path.string());
  rewrite(folder.path / "decisions.csv", [](std::vector<CsvRow>& rows) {
    rows[1][3] = "promotion";   // proposal_kind
    rows[2][7] = "{not json";   // trace_json
    rows[3][1] = "BN-999";      // post_ref: the key no longer matches
    rows[2][16] = "2026-11-24 06:40";  // recorded_at: not a UTC time
  });
  test::TestRegister copy;
  try {
    importFolder(copy.reg(), folder.path.string());
    FAIL("the bad rows were accepted");
  } catch (const ValidationErrors& e) {
    const std::string text = e.what();
    CHECK_THAT(text, Catch::Contains("decisions.csv row 2: column proposal_kind: 'promotion' is not one of"));
    CHECK_THAT(text, Catch::Contains("column trace_json: is not JSON"));
    CHECK_THAT(text, Catch::Contains("column decision_key: must be D-BN-999-"));
    CHECK_THAT(text, Catch::Contains("decisions.csv row 3: column recorded_at: '2026-11-24 06:40' is not a UTC time"));
  }
  CHECK(DecisionStore(copy.reg()).count() == 0);
  CHECK(VersionStore(copy.reg(), postDef()).countLive() == 0);
}

TEST_CASE("a frozen forum pack survives export and import; a changed one is refused",
          "[services][exchange][history]") {
  test::TestRegister source;
  buildDemoRegister(source.reg());
  ForumStore sourceForum(source.reg());
  {
    WriteTransaction tx(source.reg());
    sourceForum.insertMeeting({"2016-03-10", "Joint Staff Forum, March 2016", "2016-03-10T23:59:59Z",
                               "2016-03-01T09:00:00Z", "hr.admin"});
    sourceForum.insertPack("2016-03-10", "2016-03-01T09:00:00Z", "hr.admin", R"({"title":"pack"})");
    tx.commit();
  }
  Folder folder;
  exportFolder(source.reg(), folder.path.string());
  test::TestRegister copy;
  importFolder(copy.reg(), folder.path.string());
  ForumStore copied(copy.reg());
  REQUIRE(copied.meeting("2016-03-10").has_value());
  CHECK(copied.meeting("2016-03-10")->recordedBy == "hr.admin");
  CHECK(copied.frozenPack("2016-03-10").value_or("") == R"({"title":"pack"})");

  rewrite(folder.path / "forum_packs.csv", [](std::vector<CsvRow>& rows) { rows[1][7] = R"({"title":"edited"})"; });
  CHECK_THROWS_WITH(importFolder(copy.reg(), folder.path.string()),
                    Catch::Contains("forum_packs.csv row 2: column meeting_date: the forum meeting of 2016-03-10 "
                                    "differs"));
  CHECK(copied.frozenPack("2016-03-10").value_or("") == R"({"title":"pack"})");
}
