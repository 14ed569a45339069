// Typed entities described once (domain/Describe.h): the partner's
// EntityDef is its description, and records in exchange form convert to the
// type and back without loss; a value that does not parse names the record
// and the field.
#include <catch2/catch.hpp>

#include "domain/Catalog.h"
#include "domain/entities/Partner.h"

using namespace s113;

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
  const Partner p = fromRecord<Partner>("SPCT", stored, "partner SPCT");
  CHECK(p.code == "SPCT");
  CHECK(p.name == "NHS Stockport");
  CHECK(p.kind == PartnerKind::Nhs);
  CHECK(p.nation == Nation::England);
  CHECK(p.successor == RecordKey{"SCCG"});
  CHECK(toRecord(p) == stored);

  const Partner none = fromRecord<Partner>("BNES", {{"name", "B&NES"}, {"kind", "council"}, {"nation", "england"}},
                                           "partner BNES");
  CHECK(none.successor.empty());
  CHECK(toRecord(none).at("successor").empty());
}

TEST_CASE("a stored spelling that is not in the list names the record and the field", "[domain][describe]") {
  try {
    fromRecord<Partner>("X", {{"name", "X"}, {"kind", "charity"}, {"nation", "england"}}, "partner X");
    FAIL("accepted");
  } catch (const ValidationError& e) {
    CHECK(e.record() == "partner X");
    CHECK(e.field() == "kind");
    CHECK_THAT(e.reason(), Catch::Contains("council, nhs"));
  }
}
