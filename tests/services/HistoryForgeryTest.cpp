// A history import takes no decision on trust (services/DecisionReplay.h): a
// decision whose recorded outcome or trace does not follow from its recorded
// inputs under its protocol version is refused and nothing is written; what
// an import adds is audited under the importing user.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/Csv.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "services/RegisterCheck.h"
#include "storage/AuditStore.h"
#include "storage/DecisionStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "storage/Session.h"

using namespace s113;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Folder {
  fs::path path{test::tempPath("-forgery")};
  ~Folder() { fs::remove_all(path); }
};

void rewriteDecisions(const fs::path& folder, const std::function<void(CsvRow&)>& change) {
  const fs::path file = folder / "decisions.csv";
  std::ifstream in(file, std::ios::binary);
  auto rows = readCsv(in);
  in.close();
  REQUIRE(rows.size() > 1);
  change(rows[1]);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  for (const auto& row : rows) writeCsvRow(out, row);
}

long long rowsOf(Register& reg, const std::string& table) {
  long long n = 0;
  sessionOf(reg) << "SELECT COUNT(*) FROM " + table, soci::into(n);
  return n;
}

// Imports the folder into an empty register and requires the refusal to
// name decisions.csv row 2 and say why; then that nothing was written.
void requireRefused(const fs::path& folder, const std::string& why) {
  test::TestRegister copy;
  try {
    importFolder(copy.reg(), folder.string());
    FAIL("the forged decision was imported");
  } catch (const ValidationErrors& e) {
    CHECK_THAT(e.what(), Catch::Contains("decisions.csv row 2: column trace_json: ") && Catch::Contains(why));
  }
  for (const char* table : {"decisions", "audit_log", "posts_versions", "protocol_versions"})
    CHECK(rowsOf(copy.reg(), table) == (std::string(table) == "protocol_versions" ? 1 : 0));
}

}  // namespace

TEST_CASE("a forged decision import is refused and writes nothing", "[services][exchange][history][tamper]") {
  test::TestRegister source;
  buildDemoRegister(source.reg());
  Folder folder;
  exportFolder(source.reg(), folder.path.string());

  SECTION("an outcome the protocol did not give") {
    rewriteDecisions(folder.path, [](CsvRow& row) {
      const json inputs = json::parse(row[6]);
      for (const auto& partner : inputs.at("partners"))
        if (partner.at("code").get<std::string>() != row[8]) {
          row[8] = partner.at("code").get<std::string>();  // outcome_employer
          break;
        }
    });
    requireRefused(folder.path, "the recorded outcome");
  }
  SECTION("a trace the protocol did not produce") {
    rewriteDecisions(folder.path, [](CsvRow& row) {
      json trace = json::parse(row[7]);
      trace.at("trace").at(0)["status"] = trace.at("trace").at(0).at("status") == "decided" ? "not_applicable" : "decided";
      row[7] = trace.dump();
    });
    requireRefused(folder.path, "the recorded trace does not follow");
  }
  SECTION("inputs changed under the recorded outcome") {
    rewriteDecisions(folder.path, [](CsvRow& row) {
      json inputs = json::parse(row[6]);
      inputs["decision_date"] = "2001-01-01";
      row[6] = inputs.dump();
    });
    requireRefused(folder.path, "not the decision day");
  }
}

TEST_CASE("an imported history is audited under the importing user and passes check",
          "[services][exchange][history][tamper]") {
  test::TestRegister source;
  buildDemoRegister(source.reg());
  Folder folder;
  exportFolder(source.reg(), folder.path.string());
  test::TestRegister copy;
  importFolder(copy.reg(), folder.path.string());
  const auto decisions = DecisionStore(copy.reg()).list();
  REQUIRE_FALSE(decisions.empty());
  for (const auto& d : decisions) {
    bool imported = false;
    for (const auto& e : AuditStore(copy.reg()).list(boost::none, std::string("decision"), d.key))
      if (e.field == "imported") {
        imported = true;
        CHECK(e.actor == copy->actingUser());
        CHECK_THAT(e.newValue, Catch::Contains("decided by " + d.decidedBy));
      }
    CHECK(imported);
  }
  const CheckReport report = checkRegister(copy.reg());
  for (const auto& error : report.errors) CHECK_THAT(error, !Catch::Contains("tamper evidence"));
}
