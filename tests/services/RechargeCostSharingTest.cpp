// Cost-sharing agreements through the register: imported from
// cost_sharing_agreements.csv, costed by the schedule, exported again, on
// SQLite and PostgreSQL.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "domain/Errors.h"
#include "recharge/Totals.h"
#include "services/Exchange.h"
#include "services/RechargeService.h"
#include "support/TestRegister.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

const char* kPartners =
    "code,name,kind,nation\n"
    "BNES,B&NES Council,council,england\n"
    "BCCG,B&NES CCG,nhs,england\n"
    "WCCG,Wiltshire CCG,nhs,england\n";

const char* kHeader =
    "ref,payee,split_by,parts,covers_kind,description,basis,annual_cost,fixed_annual,on_costs,"
    "part_period,frequency,vat,vat_confirmed,netting_allowed,start_date,valid_from\n";

void write(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

fs::path folderWith(const std::string& suffix, const std::string& rows) {
  const fs::path folder = test::tempPath(suffix);
  fs::create_directories(folder);
  write(folder / "partners.csv", kPartners);
  write(folder / "cost_sharing_agreements.csv", kHeader + rows);
  return folder;
}

const std::string kRows =
    // Three councils' shared service, £100.00 a year split three ways.
    "CS-3,BNES,other_count,BNES:1;BCCG:1;WCCG:1,other,Shared service,fixed_annual,,100.00,none,"
    "calendar_day,annual,outside_scope,true,true,2024-04-01,2024-04-01\n"
    // £62,200 a year apportioned by headcount, 512 of 622 to the council.
    "CS-HC,BNES,headcount,BNES:512;BCCG:110,other,Shared team by headcount,actual_cost,62200.00,,"
    "none,calendar_day,annual,standard,true,true,2024-04-01,2024-04-01\n";

const ScheduleLine& lineOf(const Schedule& s, const std::string& key, const std::string& payer) {
  for (const auto& line : s.lines)
    if (line.agreementKey == key && line.payer == payer) return line;
  FAIL("no line " << key << " " << payer);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("cost-sharing agreements imported and costed: parts add up to the cost",
          "[services][recharge][sharing]") {
  test::TestRegister t;
  const fs::path folder = folderWith("-cs1", kRows);
  importFolder(t.reg(), folder.string());
  const Schedule s = rechargeSchedule(t.reg(), FinancialYear::parse("2024/25"));
  REQUIRE(s.lines.size() == 5);
  CHECK(lineOf(s, "CS-3", "BNES").pay + lineOf(s, "CS-3", "BCCG").pay +
            lineOf(s, "CS-3", "WCCG").pay ==
        Pence(10000));
  CHECK(lineOf(s, "CS-3", "BNES").pay == Pence(3334));
  CHECK_FALSE(lineOf(s, "CS-3", "BNES").invoiced);
  const ScheduleLine& council = lineOf(s, "CS-HC", "BNES");
  const ScheduleLine& ccg = lineOf(s, "CS-HC", "BCCG");
  CHECK(council.pay == Pence(5120000));  // exactly 512/622 of £62,200
  CHECK(ccg.pay == Pence(1100000));
  CHECK(ccg.share == "110/622");
  CHECK(ccg.vat == Pence(220000));     // VAT on the invoiced part
  CHECK(council.vat == Pence(0));      // the payee's own part is no supply
  CHECK(totalOf(s.lines).net == Pence(3333 + 3333 + 1100000));

  // Exported and imported into a fresh register: the same schedule.
  const fs::path out = test::tempPath("-cs2");
  exportFolder(t.reg(), out.string());
  REQUIRE(fs::exists(out / "cost_sharing_agreements.csv"));
  test::TestRegister copy;
  importFolder(copy.reg(), out.string());
  const Schedule again = rechargeSchedule(copy.reg(), FinancialYear::parse("2024/25"));
  REQUIRE(again.lines.size() == s.lines.size());
  for (std::size_t i = 0; i < s.lines.size(); ++i) {
    CHECK(again.lines[i].payer == s.lines[i].payer);
    CHECK(again.lines[i].total == s.lines[i].total);
  }
  fs::remove_all(folder);
  fs::remove_all(out);
}

TEST_CASE("bad parts refuse the import and name the cell", "[services][recharge][sharing]") {
  test::TestRegister t;
  for (const std::string parts :
       {"BNES:60;BCCG:30", "BNES:50;ZZZ:50", "BNES:100", "BNES:50;BCCG:49.99999"}) {
    const fs::path folder = folderWith(
        "-cs3", "CS-BAD,BNES,percentage," + parts +
                    ",other,Bad,fixed_annual,,100.00,none,calendar_day,annual,outside_scope,"
                    "true,true,2024-04-01,2024-04-01\n");
    INFO(parts);
    try {
      importFolder(t.reg(), folder.string());
      FAIL("expected the import to be refused");
    } catch (const ValidationErrors& e) {
      bool named = false;
      for (const auto& error : e.errors())
        named = named || (error.record().find("cost_sharing_agreements.csv") != std::string::npos &&
                          error.field().find("parts") != std::string::npos);
      CHECK(named);
    }
    fs::remove_all(folder);
  }
  CHECK(rechargeSchedule(t.reg(), FinancialYear::parse("2024/25")).lines.empty());
}
