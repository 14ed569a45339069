#include <catch2/catch.hpp>

#include "domain/Errors.h"
#include "protocol/DefaultProtocol.h"
#include "protocol/ProtocolValidation.h"
#include "protocol/RuleParams.h"

using namespace s113;

TEST_CASE("the default protocol is version 1 with the eight rules of docs/domain.md in order",
          "[protocol][validate]") {
  const Protocol p = defaultProtocol();
  CHECK(p.version == 1);
  CHECK_NOTHROW(validate(p));
  const std::vector<RuleKind> expected = {RuleKind::StatutoryOffice,     RuleKind::DesignatedPost,
                                          RuleKind::ExistingStaff,       RuleKind::Replacement,
                                          RuleKind::MajorityOfFunctions, RuleKind::ProfessionalFit,
                                          RuleKind::PensionProtection,   RuleKind::Unresolved};
  REQUIRE(p.rules.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(p.rules[i].position == static_cast<int>(i) + 1);
    CHECK(p.rules[i].kind == expected[i]);
    CHECK(p.rules[i].enabled);
    CHECK_FALSE(p.rules[i].source.empty());
  }
  CHECK(thresholdOf(*p.findRule(5)) == BasisPoints(5000));
  CHECK(p.findRule(1)->params.offices.at(StatutoryRole::NhsAccountableOfficer) == PartnerKind::Nhs);
  CHECK(p.findRule(1)->params.offices.at(StatutoryRole::DASS) == PartnerKind::Council);
  CHECK(p.findRule(6)->params.registrations.at(Registration::SocialWork) == PartnerKind::Council);
  CHECK(p.findRule(7)->params.schemes.at(PensionScheme::NHSPS) == PartnerKind::Nhs);
}

TEST_CASE("validate refuses duplicate positions", "[protocol][validate]") {
  Protocol p = defaultProtocol();
  p.rules[3].position = 3;
  try {
    validate(p);
    FAIL("no error");
  } catch (const ValidationError& e) {
    CHECK(e.record() == "protocol rule 3");
    CHECK(e.field() == "position");
  }
}

TEST_CASE("validate refuses a threshold outside (0, 10000]", "[protocol][validate]") {
  Protocol p = defaultProtocol();
  p.rules[4].params.threshold = BasisPoints(0);
  CHECK_THROWS_AS(validate(p), ValidationError);
  p.rules[4].params.threshold = BasisPoints(10001);
  CHECK_THROWS_AS(validate(p), ValidationError);
  p.rules[4].params.threshold = BasisPoints(10000);
  CHECK_NOTHROW(validate(p));
  p.rules[4].params.threshold = BasisPoints(1);
  CHECK_NOTHROW(validate(p));
}

TEST_CASE("validate refuses unknown kinds and other malformed protocols", "[protocol][validate]") {
  Protocol p = defaultProtocol();
  p.rules[7].kind = static_cast<RuleKind>(99);
  try {
    validate(p);
    FAIL("no error");
  } catch (const ValidationError& e) {
    CHECK(e.field() == "rule_kind");
  }
  Protocol noRules = defaultProtocol();
  noRules.rules.clear();
  CHECK_THROWS_AS(validate(noRules), ValidationError);
  Protocol zero = defaultProtocol();
  zero.rules[0].position = 0;
  CHECK_THROWS_AS(validate(zero), ValidationError);
  Protocol noSource = defaultProtocol();
  noSource.rules[2].source.clear();
  CHECK_THROWS_AS(validate(noSource), ValidationError);
  Protocol badVersion = defaultProtocol();
  badVersion.version = 0;
  CHECK_THROWS_AS(validate(badVersion), ValidationError);
}
