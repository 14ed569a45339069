// Personal data (services/PersonalData.h): the subject access export holds
// everything about one person; anonymisation after the retention period
// replaces their identifying fields everywhere, keeps the audit chain
// verifiable, and leaves every financial record, total and decision as it was.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/Demo.h"
#include "services/PersonalData.h"
#include "services/RechargeService.h"
#include "services/RecordService.h"
#include "services/RegisterCheck.h"
#include "storage/AuditChain.h"
#include "storage/AuditStore.h"
#include "storage/DecisionStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

const std::string kPerson = "P-0002", kName = "Dr Sam Whitfield", kContract = "C-0002";

// Every line of the year's recharge schedule, money included, as text.
std::string rechargeFigures(Register& reg) {
  std::ostringstream out;
  for (const auto& line : rechargeSchedule(reg, FinancialYear::parse("2013/14")).lines)
    out << line.agreementKey << " " << line.payer << ">" << line.payee << " " << formatIso(line.period.first) << " "
        << formatMoney(line.pay) << " " << formatMoney(line.onCosts) << " " << formatMoney(line.vat) << " "
        << formatMoney(line.total) << "\n";
  return out.str();
}

std::string decisionsAsText(Register& reg) {
  std::ostringstream out;
  for (const auto& d : DecisionStore(reg).list())
    out << d.key << " " << d.inputsJson << " " << d.traceJson << " " << d.employer().value_or("refer") << "\n";
  return out.str();
}

std::string contractMoney(Register& reg) {
  std::ostringstream out;
  VersionStore(reg, contractDef()).forEachVersion([&](const StoredVersion& v) {
    out << v.key << " " << v.version << " " << test::text(contractDef(), v.fields, "annual_salary")
        << " " << test::text(contractDef(), v.fields, "fte") << " "
        << test::text(contractDef(), v.fields, "employer") << "\n";
  });
  return out.str();
}

// The person's contract ends on 31 March 2016, long enough ago for a retention of `months`.
void endContract(Register& reg, int months) {
  RecordService service(reg);
  auto contract = VersionStore(reg, contractDef()).latest(kContract);
  REQUIRE(static_cast<bool>(contract));
  Record fields = test::text(contractDef(), contract->fields);
  fields["end_date"] = "2016-03-31";
  service.save(test::textEdit(contractDef(), kContract, fields, contract->version,
                              parseIsoDate("2016-03-31")));
  setRetentionMonths(reg, months);
}

std::size_t auditRowsHolding(Register& reg, const std::string& text) {
  std::size_t n = 0;
  AuditStore(reg).forEach([&](const AuditEntry& e) {
    if (e.oldValue.find(text) != std::string::npos || e.newValue.find(text) != std::string::npos) ++n;
  });
  return n;
}

bool hasTamperError(const CheckReport& report) {
  for (const auto& e : report.errors)
    if (e.find("tamper evidence") != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a subject access export holds the person's records, versions, audit rows and decisions",
          "[services][personal-data]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const auto doc = subjectAccess(t.reg(), kPerson);
  CHECK(doc.at("person") == kPerson);
  bool person = false, contract = false;
  for (const auto& r : doc.at("records")) {
    if (r.at("entity") == "person" && r.at("key") == kPerson) {
      person = true;
      CHECK(r.at("versions").at(0).at("fields").at("name") == kName);
    }
    if (r.at("entity") == "contract" && r.at("key") == kContract) contract = true;
  }
  CHECK(person);
  CHECK(contract);
  bool auditedName = false;
  for (const auto& a : doc.at("audit"))
    if (a.at("entity") == "person" && a.at("field") == "name" && a.at("new_value") == kName) auditedName = true;
  CHECK(auditedName);
  for (const auto& d : doc.at("decisions")) CHECK_THAT(d.at("inputs").dump(), Catch::Contains(kContract));
  // The export itself is audited.
  bool exported = false;
  for (const auto& e : AuditStore(t.reg()).list(boost::none, std::string("person"), kPerson))
    if (e.field == "subject_access" && e.actor == t->actingUser()) exported = true;
  CHECK(exported);
  CHECK_THROWS_AS(subjectAccess(t.reg(), "P-9999"), NotFound);

  const fs::path file = test::tempPath("-subject.json");
  writeSubjectAccess(t.reg(), kPerson, file);
  CHECK((fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
  std::ifstream in(file);
  CHECK(nlohmann::json::parse(in).at("records").size() == doc.at("records").size());
  fs::remove(file);
}

TEST_CASE("anonymisation keeps every recharge total, salary and decision and the audit chain verifiable",
          "[services][personal-data][tamper]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  endContract(t.reg(), 0);
  const std::string recharges = rechargeFigures(t.reg()), decisions = decisionsAsText(t.reg()),
                    money = contractMoney(t.reg());
  REQUIRE_FALSE(recharges.empty());
  REQUIRE(auditRowsHolding(t.reg(), kName) > 0);

  const AnonymisationResult result = anonymisePerson(t.reg(), kPerson, today());
  CHECK(result.valuesReplaced > 0);
  CHECK(result.auditRowsChanged > 0);
  CHECK(result.auditRowsRechained > 0);

  CHECK(rechargeFigures(t.reg()) == recharges);
  CHECK(decisionsAsText(t.reg()) == decisions);
  CHECK(contractMoney(t.reg()) == money);
  for (const auto& v : VersionStore(t.reg(), personDef()).history(kPerson)) {
    CHECK(test::text(personDef(), v.fields, "name") == anonymisedName(kPerson));
    CHECK(test::text(personDef(), v.fields, "notes").empty());
  }
  for (const auto& v : VersionStore(t.reg(), contractDef()).history(kContract))
    CHECK(test::text(contractDef(), v.fields, "payroll_number").empty());
  CHECK(auditRowsHolding(t.reg(), kName) == 0);
  CHECK_FALSE(verifyAuditChain(t.reg(), nullptr));
  const CheckReport report = checkRegister(t.reg());
  CHECK_FALSE(hasTamperError(report));
  // The anonymisation is itself in the log, with the chain head it replaced.
  bool recorded = false;
  for (const auto& e : AuditStore(t.reg()).list(boost::none, std::string("person"), kPerson))
    if (e.field == "anonymised") {
      recorded = true;
      CHECK_THAT(e.oldValue, Catch::StartsWith("audit chain head before: "));
    }
  CHECK(recorded);
  CHECK_THROWS_WITH(anonymisePerson(t.reg(), kPerson, today()), Catch::Contains("is anonymised already"));
}

TEST_CASE("anonymisation waits for the end of the last contract and the retention period",
          "[services][personal-data]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto auditBefore = AuditStore(t.reg()).list().size();
  CHECK_THROWS_WITH(anonymisePerson(t.reg(), kPerson, today()), Catch::Contains("contract " + kContract) &&
                                                                     Catch::Contains("has no end date"));
  CHECK(AuditStore(t.reg()).list().size() == auditBefore);
  endContract(t.reg(), 72);
  auditBefore = AuditStore(t.reg()).list().size();
  CHECK(retentionMonths(t.reg()) == 72);
  CHECK_THROWS_WITH(anonymisePerson(t.reg(), kPerson, parseIsoDate("2020-01-01")),
                    Catch::Contains("kept until 2022-03-31"));
  CHECK(test::text(personDef(), VersionStore(t.reg(), personDef()).latest(kPerson)->fields,
                   "name") == kName);
  // A refused anonymisation writes nothing.
  CHECK(AuditStore(t.reg()).list().size() == auditBefore);
  CHECK(anonymisePerson(t.reg(), kPerson, parseIsoDate("2022-03-31")).valuesReplaced > 0);
}
