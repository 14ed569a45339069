// What a forum member reads (text) and what --format json prints.
#include <catch2/catch.hpp>

#include "protocol/DecisionEngine.h"
#include "protocol/DecisionJson.h"
#include "protocol/DecisionText.h"
#include "protocol/DefaultProtocol.h"
#include "protocol/ProtocolFixtures.h"

using namespace s113;
using namespace s113::test;

TEST_CASE("the decision text names the outcome, the rule, its source and the facts",
          "[protocol][text]") {
  PostProposal p = splitPost(BasisPoints(6000), BasisPoints(4000), "JWT-060");
  p.officerConsulted = true;
  const Decision d = decide(defaultProtocol(), p, bnesPartners());
  const std::string text = renderDecisionText(d, bnesPartners());
  CHECK_THAT(text,
             Catch::Contains("Outcome: Bath and North East Somerset Council (BNES) employs."));
  CHECK_THAT(text, Catch::Contains("Decided by rule 5, Majority of functions"));
  CHECK_THAT(text, Catch::Contains("Source: B&NES Joint Working Framework 2013, guidelines for "
                                   "new posts"));
  CHECK_THAT(text, Catch::Contains("functional_split: BNES 60%, CCG 40%"));
  CHECK_THAT(text, Catch::Contains("threshold: 50%"));
  CHECK_THAT(text, Catch::Contains("1. Statutory office [not applicable]"));
  CHECK_THAT(text, Catch::Contains("8. Unresolved: refer to the joint HR group [not reached]"));
  CHECK_THAT(text, Catch::Contains("graded in both organisations"));
  CHECK_THAT(text, !Catch::Contains("s113 requires"));  // officer consulted: condition met
}

TEST_CASE("an unresolved decision reads as a referral", "[protocol][text]") {
  const Decision d = decide(defaultProtocol(), blankPost(), bnesPartners());
  const std::string text = renderDecisionText(d, bnesPartners());
  CHECK_THAT(text, Catch::Contains("Outcome: Refer to the joint HR group."));
  CHECK_THAT(text, Catch::Contains("Decided by rule 8"));
  CHECK_THAT(text, Catch::Contains("s113 requires"));
}

TEST_CASE("pension protection text says the post-holder is placed under s113", "[protocol][text]") {
  PostProposal p = blankPost();
  p.expectedAppointeePool = PensionScheme::NHSPS;
  const Decision d = decide(defaultProtocol(), p, bnesPartners());
  const std::string text = renderDecisionText(d, bnesPartners());
  CHECK_THAT(text, Catch::Contains("Outcome: B&NES Clinical Commissioning Group (CCG) employs."));
  CHECK_THAT(text, Catch::Contains("placed at the disposal of Bath and North East Somerset "
                                   "Council (BNES) under s113"));
}

TEST_CASE("the JSON form carries the outcome, the deciding rule and the whole trace",
          "[protocol][json]") {
  PostProposal p = blankPost("JC-001");
  p.statutoryRole = StatutoryRole::DASS;
  const Decision d = decide(defaultProtocol(), p, bnesPartners());
  const nlohmann::json j = decisionToJson(d, bnesPartners());
  CHECK(j.at("protocol_version") == 1);
  CHECK(j.at("post_ref") == "JC-001");
  CHECK(j.at("proposal_kind") == "new_post");
  CHECK(j.at("outcome").at("employer") == "BNES");
  CHECK(j.at("outcome").at("employer_name") == "Bath and North East Somerset Council");
  CHECK(j.at("outcome").at("refer_to_joint_hr_group") == false);
  CHECK(j.at("deciding_rule").at("kind") == "statutory_office");
  REQUIRE(j.at("trace").size() == 8);
  CHECK(j.at("trace")[0].at("status") == "decided");
  CHECK(j.at("trace")[0].at("facts")[0].at("name") == "statutory_role");
  CHECK(j.at("trace")[0].at("facts")[0].at("value") == "DASS");
  CHECK(j.at("trace")[7].at("status") == "not_reached");
  CHECK(j.at("trace")[7].at("kind") == "unresolved");
  CHECK(j.at("open_conditions").size() == 4);
  CHECK(nlohmann::json::parse(decisionToJsonText(d, bnesPartners())) == j);

  const nlohmann::json referral =
      decisionToJson(decide(defaultProtocol(), blankPost(), bnesPartners()), bnesPartners());
  CHECK(referral.at("outcome").at("employer").is_null());
  CHECK(referral.at("outcome").at("refer_to_joint_hr_group") == true);
}
