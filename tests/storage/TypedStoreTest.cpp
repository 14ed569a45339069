// Typed reads (storage/TypedStore.h): live recharge agreements read from the
// versions table straight into RechargeAgreement, with no record in exchange
// form between: blank money apart from zero, dates, enums and flags; the
// newest version and the version as at a date; unflushed writes of a write
// batch seen; and a value in the database that does not parse named by
// record and field, never read as a default.
#include <catch2/catch.hpp>

#include <boost/optional/optional_io.hpp>  // Catch prints the optionals it compares

#include "domain/Catalog.h"
#include "domain/RechargeCatalog.h"
#include "domain/entities/Contract.h"
#include "domain/entities/RechargeAgreement.h"
#include "domain/Validation.h"
#include "storage/TypedStore.h"
#include "storage/VersionStore.h"
#include "storage/WriteBatch.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

using namespace s113;

namespace {

// A version of a `def` record, its fields written as a file spells them.
StoredVersion version(const EntityDef& def, const std::string& key, int number, const char* validFrom,
                      const Record& fields) {
  StoredVersion v;
  v.key = key;
  v.version = number;
  v.validFrom = parseIsoDate(validFrom);
  v.recordedAt = "2026-01-01T10:00:00Z";
  v.recordedBy = "tester";
  v.fields = test::values(def, fields);
  return v;
}

Record agreement(Record specific) {
  Record fields{{"payer", "BNES"},         {"payee", "BCCG"},          {"covers_kind", "other"},
                {"description", "Shared"}, {"basis", "actual_cost"},   {"share", "40"},
                {"on_costs", "none"},      {"part_period", "monthly"}, {"frequency", "quarterly"},
                {"vat", "standard"},       {"vat_confirmed", "true"},  {"netting_allowed", "false"},
                {"start_date", "2013-04-01"}};
  for (auto& [k, v] : specific) fields[k] = v;
  return fields;
}

// A version of a recharge agreement: agreement(specific).
StoredVersion agreementVersion(const std::string& key, int number, const char* validFrom, Record specific) {
  return version(rechargeAgreementDef(), key, number, validFrom, agreement(std::move(specific)));
}

void writePartners(Register& reg) {
  VersionStore partners(reg, partnerDef());
  for (const char* code : {"BNES", "BCCG"})
    partners.insert(
        version(partnerDef(), code, 1, "2013-04-01", {{"name", code}, {"kind", "council"}, {"nation", "england"}}));
}

}  // namespace

TEST_CASE("a typed read takes money, shares, dates, enums and flags from their columns", "[storage][typed]") {
  test::TestRegister t;
  VersionStore store(t.reg(), rechargeAgreementDef());
  {
    WriteTransaction tx(t.reg());
    writePartners(t.reg());
    store.insert(agreementVersion("RA-1", 1, "2013-04-01",
                                  {{"annual_cost", "0.00"}, {"levy_rate", "0"}, {"pay_day", "25"},
                                   {"end_date", "2016-03-31"}, {"on_costs", "itemised"},
                                   {"pension_rate", "14.38"}, {"payer_account", "4100"}}));
    store.insert(agreementVersion("RA-2", 1, "2013-04-01", {{"basis", "fixed_annual"}, {"fixed_annual", "12345.67"}}));
    tx.commit();
  }
  const auto read = liveEntities<RechargeAgreement>(t.reg(), rechargeAgreementDef());
  REQUIRE(read.size() == 2);
  const RechargeAgreement& zero = read[0];
  CHECK(zero.ref == "RA-1");
  CHECK(zero.payer == RecordKey{"BNES"});
  CHECK(zero.share == BasisPoints(4000));
  CHECK(zero.cost.annualCost == OptionalPence(Pence(0)));  // zero, not blank
  CHECK(zero.cost.levyRate == OptionalBasisPoints(BasisPoints(0)));
  CHECK(zero.cost.pensionRate == OptionalBasisPoints(BasisPoints(1438)));
  CHECK(zero.cost.payDay == OptionalInteger(25));
  CHECK(zero.cost.onCosts == OnCostKind::Itemised);
  CHECK(zero.cost.partPeriod == PartPeriodMethod::Monthly);
  CHECK(zero.cost.frequency == InvoiceFrequency::Quarterly);
  CHECK(zero.cost.vat == VatTreatment::Standard);
  CHECK(zero.cost.coversKind == CoversKind::Other);
  CHECK(zero.cost.vatConfirmed);
  CHECK_FALSE(zero.cost.nettingAllowed);
  CHECK(zero.cost.start == Date(2013, 4, 1));
  CHECK(zero.cost.end == OptionalDate(Date(2016, 3, 31)));
  CHECK(zero.payerAccount == "4100");
  CHECK(zero.payeeAccount.empty());

  const RechargeAgreement& blank = read[1];
  CHECK(blank.cost.basis == RechargeBasis::FixedAnnual);
  CHECK(blank.cost.fixedAnnual == OptionalPence(Pence(1234567)));
  CHECK_FALSE(blank.cost.annualCost);  // blank, not zero
  CHECK_FALSE(blank.cost.levyRate);
  CHECK_FALSE(blank.cost.payDay);
  CHECK_FALSE(blank.cost.end);
  CHECK(blank.cost.costContract.empty());
}

TEST_CASE("a typed read gives the newest version or the one in force on a date", "[storage][typed]") {
  test::TestRegister t;
  VersionStore store(t.reg(), rechargeAgreementDef());
  {
    WriteTransaction tx(t.reg());
    writePartners(t.reg());
    store.insert(agreementVersion("RA-1", 1, "2013-04-01", {{"annual_cost", "1000.00"}}));
    store.insert(agreementVersion("RA-1", 2, "2014-04-01", {{"annual_cost", "2000.00"}}));
    StoredVersion gone = agreementVersion("RA-2", 1, "2013-04-01", {});
    store.insert(gone);
    gone.version = 2;
    gone.validFrom = Date(2014, 4, 1);  // deleted from then on
    gone.deleted = true;
    store.insert(gone);
    tx.commit();
  }
  const auto newest = liveEntities<RechargeAgreement>(t.reg(), rechargeAgreementDef());
  REQUIRE(newest.size() == 1);  // the deleted one left out
  CHECK(newest[0].cost.annualCost == OptionalPence(Pence(200000)));
  const auto then = liveEntities<RechargeAgreement>(t.reg(), rechargeAgreementDef(), Date(2013, 12, 31));
  REQUIRE(then.size() == 2);
  CHECK(then[0].cost.annualCost == OptionalPence(Pence(100000)));
  CHECK(then[1].ref == "RA-2");
}

TEST_CASE("a typed read sees what a write batch has not written yet", "[storage][typed]") {
  test::TestRegister t;
  WriteTransaction tx(t.reg());
  WriteBatch batch(t.reg());
  writePartners(t.reg());
  VersionStore(t.reg(), rechargeAgreementDef()).insert(agreementVersion("RA-1", 1, "2013-04-01", {}));
  const auto read = liveEntities<RechargeAgreement>(t.reg(), rechargeAgreementDef());
  REQUIRE(read.size() == 1);
  CHECK(read[0].ref == "RA-1");
}

TEST_CASE("a value in the database that does not parse names the record and the field", "[storage][typed]") {
  test::TestRegister t;
  {
    WriteTransaction tx(t.reg());
    writePartners(t.reg());
    VersionStore(t.reg(), rechargeAgreementDef()).insert(agreementVersion("RA-1", 1, "2013-04-01", {}));
    tx.commit();
  }
  // Written past the program, as a hand edit of the database would.
  sessionOf(*t) << "INSERT INTO recharge_agreements_versions (ref, version, valid_from, recorded_at, recorded_by, "
              "deleted, payer, payee, covers_kind, description, basis, share, on_costs, part_period, frequency, "
              "vat, vat_confirmed, netting_allowed, start_date) VALUES ('RA-1', 2, '2014-04-01', 'x', 'tester', "
              "0, 'BNES', 'BCCG', 'other', 'Shared', 'actual_cost', 4000, 'none', 'monthly', 'monthly', "
              "'exempt', 1, 0, '1st April 2013')";
  try {
    liveEntities<RechargeAgreement>(t.reg(), rechargeAgreementDef());
    FAIL("read a start date that is not a date");
  } catch (const ValidationError& e) {
    CHECK(e.record() == recordLabel(rechargeAgreementDef(), "RA-1"));
    CHECK(e.field() == "start_date");
    CHECK_THAT(e.reason(), Catch::Contains("1st April 2013"));
  }
  // The version before it still reads.
  CHECK(liveEntities<RechargeAgreement>(t.reg(), rechargeAgreementDef(), Date(2013, 5, 1)).size() == 1);
}

TEST_CASE("a typed read of contracts takes the FTE and salary from their integer columns", "[storage][typed]") {
  test::TestRegister t;
  {
    WriteTransaction tx(t.reg());
    writePartners(t.reg());
    VersionStore(t.reg(), personDef()).insert(version(personDef(), "PER-1", 1, "2013-04-01", {{"name", "Jo"}}));
    VersionStore(t.reg(), contractDef())
        .insert(version(contractDef(), "C-1", 1, "2013-04-01",
                        {{"person", "PER-1"}, {"employer", "BNES"}, {"fte", "0.6"}, {"annual_salary", "31234.56"},
                         {"pay_framework", "AfC"}, {"pension_scheme", "NHSPS"},
                         {"start_date", "2013-04-01"}, {"end_date", "2016-03-31"}}));
    tx.commit();
  }
  const auto contracts = liveEntities<Contract>(t.reg(), contractDef());
  REQUIRE(contracts.size() == 1);
  const Contract& c = contracts.front();
  CHECK(c.ref == "C-1");
  CHECK(c.person == RecordKey{"PER-1"});
  CHECK(c.post.empty());
  CHECK(c.fte == FteUnits(6000));
  CHECK(c.annualSalary == Pence(3123456));
  CHECK(c.payFramework == PayFramework::AgendaForChange);
  CHECK(c.pensionScheme == PensionScheme::NHSPS);
  CHECK(c.end == OptionalDate(Date(2016, 3, 31)));
  CHECK(c.payrollNumber.empty());
  // The same contract as the values the store reads, and back.
  const auto stored = VersionStore(t.reg(), contractDef()).latest("C-1");
  CHECK(toValues(c) == stored->fields);
  CHECK(fromValues<Contract>("C-1", stored->fields, "contract C-1").annualSalary == Pence(3123456));
}

namespace {

// Views of a contract (storage/TypedStore.h): two of its fields, in order
// and out of it.
struct ContractDates {
  std::string ref;
  Date start;
  OptionalDate end;
};
template <class Visitor>
void describe(Visitor& v, ContractDates& c) {
  v.key("ref", c.ref);
  v.date("start_date", "Start", c.start);
  v.date("end_date", "End", c.end);
}
struct DatesBackwards : ContractDates {};
template <class Visitor>
void describe(Visitor& v, DatesBackwards& c) {
  v.key("ref", c.ref);
  v.date("end_date", "End", c.end);
  v.date("start_date", "Start", c.start);
}

}  // namespace

TEST_CASE("a view reads some of an entity's fields, and must name them as the entity does, in its order",
          "[storage][typed]") {
  test::TestRegister t;
  {
    WriteTransaction tx(t.reg());
    writePartners(t.reg());
    VersionStore(t.reg(), personDef()).insert(version(personDef(), "PER-1", 1, "2013-04-01", {{"name", "Jo"}}));
    VersionStore(t.reg(), contractDef())
        .insert(version(contractDef(), "C-1", 1, "2013-04-01",
                        {{"person", "PER-1"}, {"employer", "BNES"}, {"fte", "1"}, {"annual_salary", "30000.00"},
                         {"pay_framework", "NJC"}, {"pension_scheme", "LGPS"}, {"start_date", "2013-04-01"}}));
    tx.commit();
  }
  std::vector<ContractDates> read;
  forEachLiveView<ContractDates>(t.reg(), contractDef(), [&](ContractDates&& c) { read.push_back(c); });
  REQUIRE(read.size() == 1);
  CHECK(read[0].ref == "C-1");
  CHECK(read[0].start == Date(2013, 4, 1));
  CHECK_FALSE(read[0].end);
  CHECK_THROWS_AS(forEachLiveView<DatesBackwards>(t.reg(), contractDef(), [](DatesBackwards&&) {}),
                  std::logic_error);
  CHECK_THROWS_AS(viewFieldNames(contractDef(), {{"start", FieldType::Date, true, "Start", {}, ""}}),
                  std::logic_error);
  CHECK_THROWS_AS(viewFieldNames(contractDef(), {{"start_date", FieldType::Text, true, "Start", {}, ""}}),
                  std::logic_error);
}
