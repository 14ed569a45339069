// `s113reg-cli recharges`, driven in-process on the demo register: the
// worked examples to the penny, CSV/JSON shapes, the workbook, refusals and
// usage errors. Tagged [postgresql] so cli.postgresql runs them there too.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/Cli.h"
#include "cli/CliRun.h"
#include "services/Csv.h"
#include "support/TestRegister.h"

namespace fs = std::filesystem;
using s113::test::cli;
using s113::test::DemoRegister;
using s113::test::Run;

namespace {

std::vector<s113::CsvRow> csv(const std::string& text) {
  std::istringstream in(text);
  return s113::readCsv(in);
}

// The rows of a CSV table as column -> value maps.
std::vector<std::map<std::string, std::string>> records(const std::string& text) {
  const auto rows = csv(text);
  std::vector<std::map<std::string, std::string>> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    std::map<std::string, std::string> m;
    for (std::size_t c = 0; c < rows[0].size(); ++c) m[rows[0][c]] = rows[r][c];
    out.push_back(m);
  }
  return out;
}

std::string pairTotal(const std::string& db, const std::string& year, const std::string& payer,
                      const std::string& payee) {
  const Run run = cli({"recharges", db, "--year", year, "--by", "pair"});
  REQUIRE(run.status == 0);
  for (const auto& row : records(run.out))
    if (row.at("payer") == payer && row.at("payee") == payee) return row.at("total");
  return "none";
}

struct TempDir {
  fs::path dir{s113::test::tempPath("-rchcli")};
  TempDir() { fs::create_directories(dir); }
  ~TempDir() { fs::remove_all(dir); }
};

}  // namespace

TEST_CASE("recharges: the worked examples to the penny", "[cli][recharge][postgresql]") {
  DemoRegister demo;
  // B&NES: the council's 172,500 phased 95,000 / 38,750 / 38,750.
  CHECK(pairTotal(demo.db, "2009/10", "BNES", "BCCG") == "95000.00");
  CHECK(pairTotal(demo.db, "2010/11", "BNES", "BCCG") == "38750.00");
  CHECK(pairTotal(demo.db, "2011-12", "BNES", "BCCG") == "38750.00");
  // Stockport: 173,596 shared 50/50.
  CHECK(pairTotal(demo.db, "2013/14", "SPCT", "SMBC") == "86798.00");

  // 3 days of 5 on the officer's £117,311: an agreement imported from a spreadsheet.
  TempDir folder;
  std::ofstream(folder.dir / "recharge_agreements.csv", std::ios::binary)
      << "ref,payer,payee,covers_kind,covers_ref,description,basis,cost_contract,share,on_costs,"
         "part_period,"
         "frequency,vat,vat_confirmed,netting_allowed,start_date,valid_from\r\n"
         "RA-3-5,BCCG,BNES,contract,C-0001,3 days of "
         "5,actual_cost,C-0001,60,none,calendar_day,annual,"
         "outside_scope,true,false,2014-04-01,2014-04-01\r\n";
  REQUIRE(cli({"import", demo.db, folder.dir.string()}).status == 0);
  const Run lines = cli({"recharges", demo.db, "--year", "2014/15"});
  REQUIRE(lines.status == 0);
  bool found = false;
  for (const auto& row : records(lines.out))
    if (row.at("agreement") == "RA-3-5") {
      found = true;
      CHECK(row.at("pay") == "70386.60");
      CHECK(row.at("total") == "70386.60");
      CHECK(row.at("days") == "365");
    }
  CHECK(found);
}

TEST_CASE("recharges: CSV lines, JSON pairs and net, every total from its lines",
          "[cli][recharge][postgresql]") {
  DemoRegister demo;
  const Run run =
      cli({"recharges", demo.db, "--year", "2013/14", "--by", "line", "--format", "csv"});
  REQUIRE(run.status == 0);
  const auto rows = csv(run.out);
  REQUIRE(rows.size() > 1);
  CHECK(rows[0] == s113::CsvRow{"agreement",     "payer",
                                "payee",         "covers",
                                "share",
                                "period_start",  "period_end",
                                "active_start",  "active_end",
                                "days",          "weekdays",
                                "invoice_date",
                                "pay",           "employer_ni",
                                "pension",       "apprenticeship_levy",
                                "flat_on_costs", "on_costs",
                                "net",           "vat_treatment",
                                "vat_confirmed", "vat",
                                "total",         "invoiced",
                                "netting_allowed", "line_kind",
                                "adjusts_start", "adjusts_end",
                                "cause"});
  long long lineTotal = 0;
  for (const auto& row : records(run.out)) {
    CHECK(row.at("period_start") >= "2013-04-01");
    CHECK(row.at("period_end") <= "2014-03-31");
    lineTotal += std::llround(std::stod(row.at("total")) * 100);
    if (row.at("vat_treatment") == "standard") CHECK(row.at("vat") != "0.00");
  }

  const Run pairs =
      cli({"recharges", demo.db, "--year", "2013/14", "--by", "pair", "--format", "json"});
  REQUIRE(pairs.status == 0);
  const auto doc = nlohmann::json::parse(pairs.out);
  CHECK(doc["year"] == "2013/14");
  CHECK(doc["by"] == "pair");
  REQUIRE(doc["pairs"].is_array());
  long long pairTotal = 0;
  for (const auto& p : doc["pairs"]) {
    REQUIRE(p["total"].is_string());
    CHECK(p["lines"].is_number_integer());
    pairTotal += std::llround(std::stod(p["total"].get<std::string>()) * 100);
  }
  CHECK(pairTotal == lineTotal);
  CHECK(std::llround(std::stod(doc["totals"]["total"].get<std::string>()) * 100) == lineTotal);

  const Run net =
      cli({"recharges", demo.db, "--year", "2013/14", "--by", "net", "--format", "json"});
  REQUIRE(net.status == 0);
  const auto settlement = nlohmann::json::parse(net.out);
  REQUIRE(settlement["net"].is_array());
  bool netted = false;
  for (const auto& s : settlement["net"])
    if (s["settlement"] == "netted") {
      netted = true;
      // The payer first: whoever owes the difference.
      const long long paid = std::llround(std::stod(s["payer_to_payee"].get<std::string>()) * 100);
      const long long received =
          std::llround(std::stod(s["payee_to_payer"].get<std::string>()) * 100);
      CHECK(paid >= received);
      CHECK(std::llround(std::stod(s["amount"].get<std::string>()) * 100) == paid - received);
    }
  CHECK(netted);
  CHECK_FALSE(settlement.contains("totals"));
}

TEST_CASE("recharges --xlsx writes a workbook", "[cli][recharge][postgresql]") {
  DemoRegister demo;
  TempDir folder;
  const std::string file = (folder.dir / "recharges-2013-14.xlsx").string();
  const Run run = cli({"recharges", demo.db, "--year", "2013/14", "--xlsx", file});
  REQUIRE(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("written to"));
  REQUIRE(fs::exists(file));
  CHECK(fs::file_size(file) > 1000);
  std::ifstream in(file, std::ios::binary);
  char magic[2] = {0, 0};
  in.read(magic, 2);
  CHECK(std::string(magic, 2) == "PK");
}

TEST_CASE("recharges: usage errors exit 2, refusals exit 1 with nothing written",
          "[cli][recharge][postgresql]") {
  DemoRegister demo;
  CHECK(cli({"recharges", demo.db, "--year", "2013"}).status == 2);
  CHECK(cli({"recharges", demo.db, "--year", "2013/15"}).status == 2);
  CHECK(cli({"recharges", demo.db}).status == 2);
  CHECK(cli({"recharges", demo.db, "--year", "2013/14", "--by", "month"}).status == 2);
  CHECK(cli({"recharges", demo.db, "--year", "2013/14", "--format", "xml"}).status == 2);
  CHECK(cli({"recharges", demo.db, "--year", "2013/14", "--as-at", "31/03/2014"}).status == 2);

  TempDir folder;
  std::ofstream(folder.dir / "recharge_agreements.csv", std::ios::binary)
      << "ref,payer,payee,covers_kind,description,basis,fixed_total,phasing,share,on_costs,part_"
         "period,"
         "frequency,vat,vat_confirmed,netting_allowed,start_date,end_date\r\n"
         "RA-BAD,BNES,BNES,other,x,fixed_total,172500,2009/10:95000;2010/"
         "11:38750,50,none,calendar_day,"
         "annual,outside_scope,true,false,2009-04-01,2012-03-31\r\n";
  const Run refused = cli({"import", demo.db, folder.dir.string()});
  CHECK(refused.status == 1);
  CHECK_THAT(
      refused.err,
      Catch::Contains("recharge_agreements.csv row 2: column payee: must differ from the payer"));
  CHECK_THAT(
      refused.err,
      Catch::Contains("recharge_agreements.csv row 2: column phasing: years sum to 133750.00"));
  const Run after = cli({"recharges", demo.db, "--year", "2009/10"});
  CHECK(after.out.find("RA-BAD") == std::string::npos);
}
