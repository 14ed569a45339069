#include <catch2/catch.hpp>

#include "domain/Errors.h"
#include "protocol/DefaultProtocol.h"
#include "protocol/PostProposal.h"
#include "protocol/RuleParams.h"

using namespace s113;

TEST_CASE("params encode in sorted key order and round-trip for every default rule",
          "[protocol][params]") {
  CHECK(encodeParams({}) == "");
  RuleParams majority;
  majority.threshold = BasisPoints(5000);
  CHECK(encodeParams(majority) == "threshold_bp=5000");
  RuleParams fit;
  fit.registrations[Registration::SocialWork] = PartnerKind::Council;
  fit.registrations[Registration::Nursing] = PartnerKind::Nhs;
  CHECK(encodeParams(fit) == "nursing=nhs;social_work=council");
  for (const Rule& rule : defaultProtocol().rules) {
    const std::string text = encodeParams(rule.params);
    CHECK(decodeParams(rule.kind, rule.position, text) == rule.params);
  }
}

TEST_CASE("decoding refuses bad params naming the rule and the param", "[protocol][params]") {
  auto failure = [](RuleKind kind, int position, const std::string& text) {
    try {
      decodeParams(kind, position, text);
    } catch (const ValidationError& e) {
      return std::make_pair(e.record(), e.field());
    }
    return std::make_pair(std::string("no error"), std::string());
  };
  using P = std::pair<std::string, std::string>;
  CHECK(failure(RuleKind::MajorityOfFunctions, 5, "threshold_bp=0") ==
        P{"protocol rule 5 (majority_of_functions)", "threshold_bp"});
  CHECK(failure(RuleKind::MajorityOfFunctions, 5, "threshold_bp=10001") ==
        P{"protocol rule 5 (majority_of_functions)", "threshold_bp"});
  CHECK(failure(RuleKind::MajorityOfFunctions, 5, "threshold_bp=50%") ==
        P{"protocol rule 5 (majority_of_functions)", "threshold_bp"});
  CHECK(failure(RuleKind::MajorityOfFunctions, 5, "") ==
        P{"protocol rule 5 (majority_of_functions)", "threshold_bp"});
  CHECK(failure(RuleKind::ProfessionalFit, 6, "nursing=hospital") ==
        P{"protocol rule 6 (professional_fit)", "nursing"});
  CHECK(failure(RuleKind::ProfessionalFit, 6, "dentistry=nhs") ==
        P{"protocol rule 6 (professional_fit)", "dentistry"});
  CHECK(failure(RuleKind::StatutoryOffice, 1, "DASS=council;DASS=nhs") ==
        P{"protocol rule 1 (statutory_office)", "DASS"});
  CHECK(failure(RuleKind::StatutoryOffice, 1, "none=council") ==
        P{"protocol rule 1 (statutory_office)", "none"});
  CHECK(failure(RuleKind::PensionProtection, 7, "NHSPS") ==
        P{"protocol rule 7 (pension_protection)", "NHSPS"});
  CHECK(failure(RuleKind::DesignatedPost, 2, "x=y") == P{"protocol rule 2 (designated_post)", "x"});
  CHECK(failure(RuleKind::PensionProtection, 7, "NHSPS=nhs;") ==
        P{"protocol rule 7 (pension_protection)", "(empty)"});
  CHECK(decodeParams(RuleKind::MajorityOfFunctions, 5, "threshold_bp=10000").threshold ==
        BasisPoints(10000));
  CHECK(decodeParams(RuleKind::StatutoryOffice, 1, "DASS=nhs").offices.at(StatutoryRole::DASS) ==
        PartnerKind::Nhs);
}

TEST_CASE("validation refuses params the rule's kind does not use", "[protocol][params]") {
  RuleParams params;
  params.threshold = BasisPoints(5000);
  CHECK_THROWS_AS(validateParams(RuleKind::ProfessionalFit, 6, params), ValidationError);
  params = {};
  params.schemes[PensionScheme::NHSPS] = PartnerKind::Nhs;
  CHECK_THROWS_AS(validateParams(RuleKind::StatutoryOffice, 1, params), ValidationError);
  CHECK_NOTHROW(validateParams(RuleKind::PensionProtection, 7, params));
  params.schemes[PensionScheme::None] = PartnerKind::Council;
  CHECK_THROWS_AS(validateParams(RuleKind::PensionProtection, 7, params), ValidationError);
  CHECK_THROWS_AS(validateParams(RuleKind::MajorityOfFunctions, 5, RuleParams{}), ValidationError);
}

TEST_CASE("rule kinds have stable spellings", "[protocol]") {
  CHECK(toString(RuleKind::StatutoryOffice) == "statutory_office");
  CHECK(toString(RuleKind::DesignatedPost) == "designated_post");
  CHECK(toString(RuleKind::ExistingStaff) == "existing_staff");
  CHECK(toString(RuleKind::Replacement) == "replacement");
  CHECK(toString(RuleKind::MajorityOfFunctions) == "majority_of_functions");
  CHECK(toString(RuleKind::ProfessionalFit) == "professional_fit");
  CHECK(toString(RuleKind::PensionProtection) == "pension_protection");
  CHECK(toString(RuleKind::Unresolved) == "unresolved");
  CHECK(parseEnum<RuleKind>("majority_of_functions") == RuleKind::MajorityOfFunctions);
  CHECK_THROWS_AS(parseEnum<RuleKind>("coin_toss"), std::invalid_argument);
  CHECK(toString(ProposalKind::Reorganisation) == "reorganisation");
  CHECK(parseEnum<ProposalKind>("new_post") == ProposalKind::NewPost);
}
