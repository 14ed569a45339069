// Typed entities described once (domain/Describe.h): the partner's
// EntityDef is its description, and records in exchange form convert to the
// type (parsed, then read from their typed values) and back without loss; a
// value that does not parse names the record and the field.
#include <catch2/catch.hpp>

#include <boost/optional/optional_io.hpp>  // Catch prints the optionals it compares

#include "support/FieldsByName.h"
#include "domain/Catalog.h"
#include "domain/RechargeCatalog.h"
#include "domain/entities/CostSharingAgreement.h"
#include "domain/entities/Partner.h"
#include "domain/entities/Person.h"
#include "domain/entities/RechargeAgreement.h"
#include "support/EntityText.h"

using namespace s113;
using test::entityFromText;
using test::entityText;

TEST_CASE("the partner's EntityDef lists the fields its type describes", "[domain][describe]") {
  const auto& fields = partnerDef().fields;
  REQUIRE(fields.size() == 4);
  CHECK(fields[0].name == "name");
  CHECK(fields[0].type == FieldType::Text);
  CHECK(fields[0].required);
  CHECK(fields[1].name == "kind");
  CHECK(fields[1].type == FieldType::Enum);
  CHECK(fields[1].allowed == std::vector<std::string>{"council", "nhs"});
  CHECK(fields[2].allowed == std::vector<std::string>{"england", "scotland"});
  CHECK(fields[3].name == "successor");
  CHECK(fields[3].type == FieldType::Ref);
  CHECK(fields[3].refEntity == "partner");
  CHECK_FALSE(fields[3].required);
}

TEST_CASE("a partner converts from its exchange form and back", "[domain][describe]") {
  const Record stored{{"name", "NHS Stockport"}, {"kind", "nhs"}, {"nation", "england"}, {"successor", "SCCG"}};
  const Partner p = entityFromText<Partner>(partnerDef(), "SPCT", stored, "partner SPCT");
  CHECK(p.code == "SPCT");
  CHECK(p.name == "NHS Stockport");
  CHECK(p.kind == PartnerKind::Nhs);
  CHECK(p.nation == Nation::England);
  CHECK(p.successor == RecordKey{"SCCG"});
  CHECK(entityText(partnerDef(), p) == stored);
  CHECK(valueIn(partnerDef(), toValues(p), "kind") == FieldValue(Choice{1}));  // "nhs", second in the list
  CHECK(valueIn(partnerDef(), toValues(p), "successor") == FieldValue(RecordKey{"SCCG"}));

  const Partner none = entityFromText<Partner>(
      partnerDef(), "BNES", {{"name", "B&NES"}, {"kind", "council"}, {"nation", "england"}}, "partner BNES");
  CHECK(none.successor.empty());
  CHECK(isBlank(valueIn(partnerDef(), toValues(none), "successor")));
  CHECK(entityText(partnerDef(), none).at("successor").empty());
}

TEST_CASE("a person is described once: their EntityDef and their exchange form", "[domain][describe]") {
  const auto& fields = personDef().fields;
  REQUIRE(fields.size() == 2);
  CHECK(fields[0].name == "name");
  CHECK(fields[0].required);
  CHECK(fields[1].name == "notes");
  CHECK_FALSE(fields[1].required);
  CHECK(personDef().keyField == "ref");

  const Record stored{{"name", "Jo Bloggs"}, {"notes", "part-time from May"}};
  const Person p = entityFromText<Person>(personDef(), "PER-1", stored, "person PER-1");
  CHECK(p.ref == "PER-1");
  CHECK(p.name == "Jo Bloggs");
  CHECK(p.notes == "part-time from May");
  CHECK(entityText(personDef(), p) == stored);
}

TEST_CASE("a stored spelling that is not in the list names the record and the field", "[domain][describe]") {
  try {
    entityFromText<Partner>(partnerDef(), "X", {{"name", "X"}, {"kind", "charity"}, {"nation", "england"}},
                            "partner X");
    FAIL("accepted");
  } catch (const ValidationErrors& e) {  // refused as it is parsed
    REQUIRE(e.errors().size() == 1);
    CHECK(e.errors()[0].record() == "partner X");
    CHECK(e.errors()[0].field() == "kind");
    CHECK_THAT(e.errors()[0].reason(), Catch::Contains("council, nhs"));
  }
  // A choice no spelling has, handed to the type as a value, is refused as well.
  FieldValues values =
      parseFields(partnerDef(), {{"name", "X"}, {"kind", "council"}, {"nation", "england"}}, "partner X");
  values[fieldIndex(partnerDef(), "kind")] = Choice{7};
  try {
    fromValues<Partner>("X", values, "partner X");
    FAIL("accepted");
  } catch (const ValidationError& e) {
    CHECK(e.record() == "partner X");
    CHECK(e.field() == "kind");
    CHECK_THAT(e.reason(), Catch::Contains("council, nhs"));
  }
}

// The recharge entities are described the same way (domain/entities/).

namespace {
// A recharge agreement as the store gives it: every field present, each in
// its canonical spelling.
Record storedAgreement() {
  return {{"payer", "BNES"},
          {"payee", "BCCG"},
          {"covers_kind", "joint_post"},
          {"covers_ref", "JP-001"},
          {"description", "Director of Adult Social Services"},
          {"basis", "fixed_total"},
          {"cost_contract", ""},
          {"annual_cost", ""},
          {"fixed_annual", "0.00"},
          {"fixed_total", "172500.00"},
          {"phasing", "2009/10:95000; 2010/11:77500.00"},  // kept as written
          {"share", "33.33"},
          {"on_costs", "none"},
          {"on_cost_rate", ""},
          {"pension_rate", ""},
          {"levy_rate", "0"},
          {"pay_day", "15"},
          {"part_period", "working_day"},
          {"frequency", "annual"},
          {"vat", "exempt"},
          {"vat_confirmed", "false"},
          {"netting_allowed", "true"},
          {"start_date", "2009-04-01"},
          {"end_date", "2012-03-31"},
          {"payer_cost_centre", "CC1"},
          {"payer_account", ""},
          {"payee_cost_centre", ""},
          {"payee_account", "A9"}};
}
}  // namespace

TEST_CASE("a recharge agreement converts from its exchange form and back byte for byte", "[domain][describe]") {
  const Record stored = storedAgreement();
  const auto a = entityFromText<RechargeAgreement>(rechargeAgreementDef(), "RA-1", stored, "recharge_agreement RA-1");
  CHECK(a.ref == "RA-1");
  CHECK(a.cost.coversKind == CoversKind::JointPost);
  CHECK(a.cost.basis == RechargeBasis::FixedTotal);
  CHECK_FALSE(a.cost.annualCost);                              // blank
  CHECK(a.cost.fixedAnnual == OptionalPence(Pence(0)));        // zero
  CHECK(a.cost.fixedTotal == OptionalPence(Pence(17250000)));
  CHECK(a.share == BasisPoints(3333));
  CHECK(a.cost.levyRate == OptionalBasisPoints(BasisPoints(0)));
  CHECK_FALSE(a.cost.pensionRate);
  CHECK(a.cost.payDay == OptionalInteger(15));
  CHECK(a.cost.partPeriod == PartPeriodMethod::WorkingDay);
  CHECK_FALSE(a.cost.vatConfirmed);
  CHECK(a.cost.nettingAllowed);
  CHECK(a.cost.end == OptionalDate(Date(2012, 3, 31)));
  CHECK(entityText(rechargeAgreementDef(), a) == stored);
}

TEST_CASE("a cost-sharing agreement converts from its exchange form and back", "[domain][describe]") {
  Record stored = storedAgreement();
  for (const char* gone : {"payer", "share", "payer_cost_centre", "payer_account"}) stored.erase(gone);
  stored["split_by"] = "headcount";
  stored["parts"] = "BNES:512;BCCG:110";
  const auto a =
      entityFromText<CostSharingAgreement>(costSharingAgreementDef(), "CS-1", stored, "cost_sharing_agreement CS-1");
  CHECK(a.splitBy == SplitBy::Headcount);
  CHECK(a.parts == "BNES:512;BCCG:110");
  CHECK(entityText(costSharingAgreementDef(), a) == stored);
  std::vector<std::string> names;
  for (const auto& f : costSharingAgreementDef().fields) names.push_back(f.name);
  CHECK(names.size() == stored.size());
  CHECK(names[0] == "payee");
  CHECK(names[1] == "split_by");
  CHECK(names[2] == "parts");
}

TEST_CASE("each field kind gives its field type and says whether it is required", "[domain][describe]") {
  const EntityDef& def = rechargeAgreementDef();
  auto kind = [&](const char* name) { return std::make_pair(def.field(name)->type, def.field(name)->required); };
  CHECK(kind("share") == std::make_pair(FieldType::Percent, true));
  CHECK(kind("levy_rate") == std::make_pair(FieldType::Percent, false));
  CHECK(kind("annual_cost") == std::make_pair(FieldType::Money, false));
  CHECK(kind("start_date") == std::make_pair(FieldType::Date, true));
  CHECK(kind("end_date") == std::make_pair(FieldType::Date, false));
  CHECK(kind("pay_day") == std::make_pair(FieldType::Integer, false));
  CHECK(kind("vat_confirmed") == std::make_pair(FieldType::Bool, true));
  CHECK(kind("covers_kind") == std::make_pair(FieldType::Enum, true));
  CHECK(def.field("covers_kind")->allowed ==
        std::vector<std::string>{"post", "contract", "placement", "joint_post", "single_manager_contract", "other"});
}

TEST_CASE("a recharge value that does not parse, or a required one left blank, names the field",
          "[domain][describe]") {
  auto fieldAtFault = [](const char* field, const char* value) {
    Record bad = storedAgreement();
    bad[field] = value;
    return test::refusalOf<RechargeAgreement>(rechargeAgreementDef(), "RA-1", bad, "recharge_agreement RA-1");
  };
  CHECK(fieldAtFault("fixed_total", "lots") == "recharge_agreement RA-1: fixed_total");
  CHECK(fieldAtFault("share", "") == "recharge_agreement RA-1: share");
  CHECK(fieldAtFault("pay_day", "15th") == "recharge_agreement RA-1: pay_day");
  CHECK(fieldAtFault("vat_confirmed", "yes") == "recharge_agreement RA-1: vat_confirmed");
  CHECK(fieldAtFault("end_date", "2012-02-30") == "recharge_agreement RA-1: end_date");
  CHECK(fieldAtFault("start_date", "") == "recharge_agreement RA-1: start_date");
  CHECK(fieldAtFault("basis", "hourly") == "recharge_agreement RA-1: basis");
}
