// Payroll extracts in two layouts (the sample's ESR-like and iTrent-like
// profiles) reconciled against the sample register for April 2015, with
// deliberate mismatches planted in each; refusals name file, row and column.
#include <catch2/catch.hpp>

#include <sstream>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/Demo.h"
#include "services/PayrollImport.h"
#include "services/PayrollReconcile.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;

namespace {

struct Paid {
  std::string number, name;
  Pence gross;
  FteUnits fte;
};

// Everyone the register has on the employer's payroll in April 2015, paid
// exactly the contract's annual salary / 12 at the contract's FTE.
std::vector<Paid> exactPay(Register& reg, const std::string& employer) {
  std::vector<Paid> list;
  for (auto& c : VersionStore(reg, contractDef()).asAt({Date(2015, 4, 30), boost::none}))
    if (test::text(contractDef(), c.fields, "employer") == employer)
      list.push_back(
          {test::text(contractDef(), c.fields, "payroll_number"), c.key,
           mulDiv(parseMoney(test::text(contractDef(), c.fields, "annual_salary")), 1, 12),
           parseFte(test::text(contractDef(), c.fields, "fte"))});
  return list;
}

Paid& find(std::vector<Paid>& list, const std::string& number) {
  for (auto& p : list)
    if (p.number == number) return p;
  FAIL("no " << number);
  throw 0;
}

void drop(std::vector<Paid>& list, const std::string& number) {
  list.erase(std::remove_if(list.begin(), list.end(), [&](const Paid& p) { return p.number == number; }),
             list.end());
}

// ESR-like: start and end of the period as 01-APR-2015, FTE as a decimal.
std::string esrExtract(const std::vector<Paid>& list) {
  std::string csv = "Assignment Number,Employee Name,Cost Centre,Period Start Date,Period End Date,Gross Pay,Assignment FTE\r\n";
  for (const auto& p : list)
    csv += p.number + "," + p.name + ",BC1001,01-APR-2015,30-APR-2015," + formatMoney(p.gross) + "," +
           formatFte(p.fte) + "\r\n";
  return csv;
}

// iTrent-like: the month as 04/2015, money with £ and thousands commas, FTE as a percentage.
std::string itrentExtract(const std::vector<Paid>& list) {
  std::string csv = "Employee No,Name,Pay Month,Total Gross,FTE %\n";
  for (const auto& p : list)
    csv += p.number + "," + p.name + ",04/2015,\"" + formatMoneyDisplay(p.gross) + "\"," +
           formatPercent(BasisPoints(p.fte.value())) + "%\n";  // 1.0 FTE is 100%
  return csv;
}

PayrollExtract read(Register& reg, const std::string& csv, const std::string& profile) {
  std::istringstream in(csv);
  return readPayrollExtract(in, "april.csv", loadPayrollProfile(reg, profile));
}

// "kind staff_number contract placement paid expected" per mismatch.
std::vector<std::string> summary(const std::vector<Mismatch>& list) {
  std::vector<std::string> out;
  for (const auto& m : list) {
    CHECK(formatIso(m.period.first) == "2015-04-01");
    CHECK(formatIso(m.period.last) == "2015-04-30");
    out.push_back(m.kind + " " + m.staffNumber + " " + m.contract + " " + m.placement + " " +
                  (m.paid ? formatMoney(*m.paid) : "-") + " " + (m.expected ? formatMoney(*m.expected) : "-"));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("an ESR-like extract of the CCG's payroll reconciles with the planted mismatches", "[payroll]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto pay = exactPay(t.reg(), "BCCG");
  REQUIRE(pay.size() == 12);
  find(pay, "20500009").gross += Pence(10000);  // Andrea Pearce: 100.00 more than 58,698 / 12 = 4,891.50
  find(pay, "20500028").fte = FteUnits(5000);  // Dr Ian Orpen paid at 0.5, contracted 0.4
  drop(pay, "20500032");                 // Jane Porter not paid
  pay.push_back({"20509999", "Pat Nobody", Pence(250000), FteUnits(10000)});
  auto found = reconcilePayroll(t.reg(), read(t.reg(), esrExtract(pay), "ESR-BCCG"));
  CHECK(summary(found) == std::vector<std::string>{
                              "contract_without_pay 20500032 C-0032  - 1833.33",
                              "fte_difference 20500028 C-0028  3333.33 -",
                              "paid_without_contract 20509999   2500.00 -",
                              "recharge_basis_difference 20500009 C-0009 PL-001 4991.50 4891.50",
                              "salary_difference 20500009 C-0009  4991.50 4891.50",
                          });
}

TEST_CASE("an iTrent-like extract of the council's payroll reconciles with the planted mismatches", "[payroll]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto pay = exactPay(t.reg(), "BNES");
  find(pay, "BN40007").gross -= Pence(5000);  // Mike Bowden: 50.00 short of 72,500 / 12 = 6,041.67
  drop(pay, "BN40033");                // Karen Hughes not paid
  pay.push_back({"BN49999", "Sam Agency", Pence(180000), FteUnits(6000)});
  const auto extract = read(t.reg(), itrentExtract(pay), "ITRENT-BNES");
  CHECK(extract.rows.front().period.first == Date(2015, 4, 1));
  auto found = reconcilePayroll(t.reg(), extract);
  // C-0007 is costed by an actual-cost recharge but is not a placement: only its salary differs.
  CHECK(summary(found) == std::vector<std::string>{
                              "contract_without_pay BN40033 C-0033  - 2166.67",
                              "paid_without_contract BN49999   1800.00 -",
                              "salary_difference BN40007 C-0007  5991.67 6041.67",
                          });
}

TEST_CASE("the same pay in both layouts reconciles to the same mismatches", "[payroll]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  // The CCG's April pay, with the ESR test's planted mismatches, read as an
  // ESR-like extract and as an iTrent-like one through a profile saved for it.
  auto itrent = VersionStore(t.reg(), payrollProfileDef()).latest("ITRENT-BNES");
  REQUIRE(itrent.has_value());
  Record fields = test::text(payrollProfileDef(), itrent->fields);
  fields["employer"] = "BCCG";
  fields["description"] = "iTrent-like extract of the CCG's payroll";
  RecordService(t.reg()).save(
      test::textEdit(payrollProfileDef(), "ITRENT-BCCG", fields, 0, Date(2015, 4, 1)));
  auto pay = exactPay(t.reg(), "BCCG");
  find(pay, "20500009").gross += Pence(10000);
  find(pay, "20500028").fte = FteUnits(5000);
  drop(pay, "20500032");
  pay.push_back({"20509999", "Pat Nobody", Pence(250000), FteUnits(10000)});
  const auto esr = summary(reconcilePayroll(t.reg(), read(t.reg(), esrExtract(pay), "ESR-BCCG")));
  const auto itr = summary(reconcilePayroll(t.reg(), read(t.reg(), itrentExtract(pay), "ITRENT-BCCG")));
  CHECK(esr.size() == 5);
  CHECK(itr == esr);
}

TEST_CASE("a bad payroll extract is refused naming file, row and column", "[payroll]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  std::string csv =
      "Employee No,Name,Pay Month,Total Gross,FTE %\n"
      "BN40001,Ashley Morgan,13/2015,9775.92,100%\n"
      "BN40003,Jo Farrant,04/2015,lots,100%\n"
      "BN40003,Jo Farrant,04/2015,8208.33,100%\n";
  try {
    read(t.reg(), csv, "ITRENT-BNES");
    FAIL("accepted");
  } catch (const ValidationErrors& e) {
    REQUIRE(e.errors().size() == 2);
    CHECK(std::string(e.errors()[0].what()) == "april.csv row 2: column Pay Month: '13/2015' is not a date written mm/yyyy");
    CHECK(std::string(e.errors()[1].what()) ==
          "april.csv row 3: column Total Gross: 'lots' is not an amount in pounds such as 1234.56");
  }
  CHECK_THROWS_WITH(read(t.reg(), "Employee No,Name,Total Gross\nBN40001,A,1\n", "ITRENT-BNES"),
                    Catch::Contains("april.csv row 1: column Pay Month: is missing"));
  CHECK_THROWS_AS(read(t.reg(), csv, "NO-SUCH"), NotFound);
}

TEST_CASE("a payroll number is unique per employer among live contracts", "[payroll]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  RecordService service(t.reg());
  auto c2 = VersionStore(t.reg(), contractDef()).latest("C-0002");
  Record fields = test::text(contractDef(), c2->fields);
  fields["payroll_number"] = "20500005";  // Sarah James's
  CHECK_THROWS_WITH(
      service.save(test::textEdit(contractDef(), "C-0002", fields, c2->version, Date(2015, 4, 1))),
      Catch::Contains("already contract C-0005's at BCCG"));
  fields["payroll_number"] = "BN40001";  // a council number: another employer's payroll
  CHECK(service.save(test::textEdit(contractDef(), "C-0002", fields, c2->version,
                                    Date(2015, 4, 1))) == c2->version + 1);
}

TEST_CASE("a rejected match reconciles as pay with no contract; a dry run stores nothing", "[payroll]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto pay = exactPay(t.reg(), "BCCG");
  const auto extract = read(t.reg(), esrExtract(pay), "ESR-BCCG");
  std::vector<std::string> contracts = matchedContracts(t.reg(), extract);
  CHECK(reconcilePayroll(t.reg(), extract, contracts).empty());  // paid exactly as contracted
  for (std::size_t i = 0; i < extract.rows.size(); ++i)
    if (extract.rows[i].staffNumber == "20500032") contracts[i].clear();  // not the register's Jane Porter
  const auto found = reconcilePayroll(t.reg(), extract, contracts);
  CHECK(summary(found) == std::vector<std::string>{"contract_without_pay 20500032 C-0032  - 1833.33",
                                                   "paid_without_contract 20500032   1833.33 -"});
  CHECK_THAT(found.size() == 2 ? found[0].detail + found[1].detail : "",
             Catch::Contains("the match to contract C-0032 was rejected"));

  // The dry run: every row would be written, and nothing is.
  CHECK(payRowsToStore(t.reg(), extract, contracts).size() == extract.rows.size());
  CHECK(VersionStore(t.reg(), payrollPayDef()).asAt({Date(2015, 4, 30), boost::none}).empty());
  CHECK(storePayroll(t.reg(), extract, contracts) == static_cast<int>(extract.rows.size()));
  CHECK(payRowsToStore(t.reg(), extract, contracts).empty());
  contracts.assign(contracts.size(), "");  // every match rejected: all but Jane Porter's row change
  CHECK(payRowsToStore(t.reg(), extract, contracts).size() == extract.rows.size() - 1);
}
