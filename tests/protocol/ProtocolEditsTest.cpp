#include <catch2/catch.hpp>

#include "domain/Errors.h"
#include "protocol/DefaultProtocol.h"
#include "protocol/ProtocolEdits.h"
#include "protocol/RuleParams.h"

using namespace s113;

TEST_CASE("an edit produces a new version and leaves the old one intact", "[protocol][edit]") {
  const Protocol v1 = defaultProtocol();
  const Protocol v2 = withThreshold(v1, BasisPoints(6500));
  CHECK(v2.version == 2);
  CHECK(thresholdOf(*v2.findRule(5)) == BasisPoints(6500));
  CHECK(thresholdOf(*v1.findRule(5)) == BasisPoints(5000));
  CHECK(v1.version == 1);
  CHECK_THROWS_AS(withThreshold(v1, BasisPoints(0)), ValidationError);
  CHECK_THROWS_AS(withThreshold(v1, BasisPoints(10001)), ValidationError);
}

TEST_CASE("rules can be disabled and enabled again", "[protocol][edit]") {
  const Protocol v2 = withRuleEnabled(defaultProtocol(), 6, false);
  CHECK_FALSE(v2.findRule(6)->enabled);
  const Protocol v3 = withRuleEnabled(v2, 6, true);
  CHECK(v3.version == 3);
  CHECK(v3.findRule(6)->enabled);
  CHECK_THROWS_AS(withRuleEnabled(defaultProtocol(), 42, false), ValidationError);
}

TEST_CASE("moving a rule renumbers the rules in their new order", "[protocol][edit]") {
  const Protocol moved = withRuleMoved(defaultProtocol(), 6, 2);  // professional fit second
  CHECK(moved.version == 2);
  CHECK(moved.findRule(1)->kind == RuleKind::StatutoryOffice);
  CHECK(moved.findRule(2)->kind == RuleKind::ProfessionalFit);
  CHECK(moved.findRule(3)->kind == RuleKind::DesignatedPost);
  CHECK(moved.findRule(6)->kind == RuleKind::MajorityOfFunctions);
  CHECK(moved.findRule(8)->kind == RuleKind::Unresolved);
  const Protocol back = withRuleMoved(moved, 2, 6);
  for (int i = 1; i <= 8; ++i) CHECK(back.findRule(i)->kind == defaultProtocol().findRule(i)->kind);
  CHECK_THROWS_AS(withRuleMoved(defaultProtocol(), 6, 9), ValidationError);
  CHECK_THROWS_AS(withRuleMoved(defaultProtocol(), 9, 1), ValidationError);
}

TEST_CASE("a profession can be mapped to a partner kind or unmapped", "[protocol][edit]") {
  const Protocol v2 =
      withProfessionMapping(defaultProtocol(), Registration::AlliedHealth, PartnerKind::Council);
  CHECK(v2.findRule(6)->params.registrations.at(Registration::AlliedHealth) == PartnerKind::Council);
  const Protocol v3 = withProfessionMapping(v2, Registration::Medical, std::nullopt);
  CHECK(v3.findRule(6)->params.registrations.count(Registration::Medical) == 0);
  CHECK(v3.findRule(6)->params.registrations.at(Registration::AlliedHealth) == PartnerKind::Council);
  CHECK_THROWS_AS(withProfessionMapping(v2, Registration::None, PartnerKind::Nhs), ValidationError);
  Protocol noFit = defaultProtocol();
  noFit.rules.erase(noFit.rules.begin() + 5);
  CHECK_THROWS_AS(withProfessionMapping(noFit, Registration::Nursing, PartnerKind::Nhs),
                  ValidationError);
}
