// Each default rule: one case that makes it decide, one that makes it pass to
// the next rule.
#include <algorithm>
#include <catch2/catch.hpp>

#include "domain/Errors.h"
#include "protocol/DecisionEngine.h"
#include "protocol/DefaultProtocol.h"
#include "protocol/ProtocolFixtures.h"

using namespace s113;
using namespace s113::test;

namespace {

Decision run(const PostProposal& p) { return decide(defaultProtocol(), p, bnesPartners()); }

int decidedAt(const Decision& d) { return d.decidingRule ? d.decidingRule->position : 0; }

RuleStatus statusAt(const Decision& d, int position) {
  return d.trace.at(static_cast<std::size_t>(position - 1)).status;
}

const std::string& explanationAt(const Decision& d, int position) {
  return d.trace.at(static_cast<std::size_t>(position - 1)).explanation;
}

}  // namespace

TEST_CASE("rule 1 statutory office decides and passes on", "[protocol][rules]") {
  PostProposal dass = blankPost();
  dass.statutoryRole = StatutoryRole::DASS;
  dass.designatedEmployer = "CCG";  // would decide at rule 2, but rule 1 comes first
  Decision d = run(dass);
  CHECK(decidedAt(d) == 1);
  CHECK(d.employer == std::optional<std::string>("BNES"));
  CHECK_THAT(explanationAt(d, 1), Catch::Contains("remains a council officer"));
  CHECK_THAT(explanationAt(d, 1), Catch::Contains("placed at the council's disposal under s113"));

  PostProposal ao = blankPost();
  ao.statutoryRole = StatutoryRole::NhsAccountableOfficer;
  CHECK(run(ao).employer == std::optional<std::string>("CCG"));
  for (auto role : {StatutoryRole::DCS, StatutoryRole::S151, StatutoryRole::HeadOfPaidService,
                    StatutoryRole::DPH}) {
    PostProposal p = blankPost();
    p.statutoryRole = role;
    CHECK(run(p).employer == std::optional<std::string>("BNES"));
  }

  PostProposal none = blankPost();
  none.designatedEmployer = "CCG";
  d = run(none);
  CHECK(statusAt(d, 1) == RuleStatus::NotApplicable);
  CHECK(decidedAt(d) == 2);
}

TEST_CASE("rule 2 designated post decides and passes on", "[protocol][rules]") {
  PostProposal p = blankPost();
  p.designatedEmployer = "CCG";
  Decision d = run(p);
  CHECK(decidedAt(d) == 2);
  CHECK(d.employer == std::optional<std::string>("CCG"));

  PostProposal q = blankPost();
  q.kind = ProposalKind::Reorganisation;
  q.currentHolderEmployer = "CCG";
  d = run(q);
  CHECK(statusAt(d, 2) == RuleStatus::NotApplicable);
  CHECK(decidedAt(d) == 3);
}

TEST_CASE("rule 3 existing staff keep their employer, else passes on", "[protocol][rules]") {
  PostProposal p = splitPost(8000, 2000);  // majority would say the council
  p.kind = ProposalKind::Reorganisation;
  p.currentHolderEmployer = "CCG";
  Decision d = run(p);
  CHECK(decidedAt(d) == 3);
  CHECK(d.employer == std::optional<std::string>("CCG"));
  CHECK_THAT(explanationAt(d, 3), Catch::Contains("no TUPE transfer under s113"));

  PostProposal q = splitPost(8000, 2000);
  q.kind = ProposalKind::Reorganisation;  // nobody in post
  d = run(q);
  CHECK(statusAt(d, 3) == RuleStatus::NotApplicable);
  CHECK_THAT(explanationAt(d, 3), Catch::Contains("No existing staff"));
  CHECK(decidedAt(d) == 5);
  CHECK(d.employer == std::optional<std::string>("BNES"));
}

TEST_CASE("rule 4 replacement keeps the outgoing employer unless overridden", "[protocol][rules]") {
  PostProposal p = splitPost(8000, 2000);
  p.kind = ProposalKind::Replacement;
  p.outgoingHolderEmployer = "CCG";
  Decision d = run(p);
  CHECK(statusAt(d, 3) == RuleStatus::NotApplicable);
  CHECK(decidedAt(d) == 4);
  CHECK(d.employer == std::optional<std::string>("CCG"));

  p.reorganisationDecisionOverrides = true;
  d = run(p);
  CHECK(statusAt(d, 4) == RuleStatus::NotApplicable);
  CHECK_THAT(explanationAt(d, 4), Catch::Contains("reorganisation decision says otherwise"));
  CHECK(decidedAt(d) == 5);
  CHECK(d.employer == std::optional<std::string>("BNES"));

  PostProposal unknown = blankPost();
  unknown.kind = ProposalKind::Replacement;
  d = run(unknown);
  CHECK(statusAt(d, 4) == RuleStatus::NotApplicable);
  CHECK_THAT(explanationAt(d, 4), Catch::Contains("No outgoing holder"));
}

TEST_CASE("rule 5 majority of functions decides and passes on", "[protocol][rules]") {
  Decision d = run(splitPost(3000, 7000));
  CHECK(decidedAt(d) == 5);
  CHECK(d.employer == std::optional<std::string>("CCG"));

  PostProposal tie = splitPost(5000, 5000);
  tie.registration = Registration::Nursing;
  d = run(tie);
  CHECK(statusAt(d, 5) == RuleStatus::NotApplicable);
  CHECK_THAT(explanationAt(d, 5), Catch::Contains("a tie"));
  CHECK(decidedAt(d) == 6);
  CHECK(d.employer == std::optional<std::string>("CCG"));
}

TEST_CASE("rule 5 says why when the split is missing or does not add up", "[protocol][rules]") {
  PostProposal missing = blankPost();
  missing.registration = Registration::SocialWork;
  Decision d = run(missing);
  CHECK(statusAt(d, 5) == RuleStatus::NotApplicable);
  CHECK_THAT(explanationAt(d, 5), Catch::Contains("No functional split is recorded"));
  const Facts& facts = d.trace[4].facts;
  CHECK(std::find(facts.begin(), facts.end(),
                  std::make_pair(std::string("functional_split"), std::string("not recorded"))) !=
        facts.end());
  CHECK(decidedAt(d) == 6);

  d = run(splitPost(6000, 3000));
  CHECK(statusAt(d, 5) == RuleStatus::NotApplicable);
  CHECK_THAT(explanationAt(d, 5), Catch::Contains("adds up to 90%, not 100%"));
  CHECK(decidedAt(d) == 8);
}

TEST_CASE("rule 6 professional fit decides and passes on", "[protocol][rules]") {
  PostProposal sw = blankPost();
  sw.registration = Registration::SocialWork;
  Decision d = run(sw);
  CHECK(decidedAt(d) == 6);
  CHECK(d.employer == std::optional<std::string>("BNES"));
  for (auto r : {Registration::Nursing, Registration::AlliedHealth, Registration::Medical}) {
    PostProposal p = blankPost();
    p.registration = r;
    CHECK(run(p).employer == std::optional<std::string>("CCG"));
  }

  PostProposal none = blankPost();
  none.expectedAppointeePool = PensionScheme::NHSPS;
  d = run(none);
  CHECK(statusAt(d, 6) == RuleStatus::NotApplicable);
  CHECK(decidedAt(d) == 7);
}

TEST_CASE("rule 7 pension protection decides with an s113 placement and passes on",
          "[protocol][rules]") {
  PostProposal p = blankPost();
  p.expectedAppointeePool = PensionScheme::NHSPS;
  Decision d = run(p);
  CHECK(decidedAt(d) == 7);
  CHECK(d.employer == std::optional<std::string>("CCG"));
  CHECK(d.s113PlacementTo == std::optional<std::string>("BNES"));
  CHECK_THAT(explanationAt(d, 7), Catch::Contains("under s113"));

  PostProposal lgps = blankPost();
  lgps.expectedAppointeePool = PensionScheme::LGPS;
  d = run(lgps);
  CHECK(statusAt(d, 7) == RuleStatus::NotApplicable);
  CHECK(decidedAt(d) == 8);
  CHECK_FALSE(d.s113PlacementTo);
}

TEST_CASE("rule 8 refers to the joint HR group; with it disabled nothing decides",
          "[protocol][rules]") {
  Decision d = run(blankPost());
  CHECK(decidedAt(d) == 8);
  CHECK_FALSE(d.employer);
  CHECK(statusAt(d, 8) == RuleStatus::Decided);
  CHECK_THAT(explanationAt(d, 8), Catch::Contains("joint HR group"));

  Protocol p = defaultProtocol();
  p.rules[7].enabled = false;
  d = decide(p, blankPost(), bnesPartners());
  CHECK_FALSE(d.decidingRule);
  CHECK_FALSE(d.employer);
  CHECK(statusAt(d, 8) == RuleStatus::Skipped);
}

TEST_CASE("the trace lists every rule; rules after the deciding one are not reached",
          "[protocol][rules]") {
  PostProposal p = blankPost();
  p.designatedEmployer = "BNES";
  Decision d = run(p);
  REQUIRE(d.trace.size() == 8);
  CHECK(statusAt(d, 1) == RuleStatus::NotApplicable);
  CHECK(statusAt(d, 2) == RuleStatus::Decided);
  for (int i = 3; i <= 8; ++i) {
    CHECK(statusAt(d, i) == RuleStatus::NotReached);
    CHECK_THAT(explanationAt(d, i), Catch::Contains("rule 2 (Designated post) decided first"));
  }
  CHECK(d.protocolVersion == 1);
}

TEST_CASE("open process conditions are listed until met", "[protocol][rules]") {
  PostProposal p = blankPost();
  Decision d = run(p);
  REQUIRE(d.openConditions.size() == 4);
  CHECK(d.openConditions[0].key == "officer_consulted");
  CHECK_THAT(d.openConditions[0].text, Catch::Contains("s113 requires"));
  CHECK(d.openConditions[1].key == "graded_in_both");
  CHECK(d.openConditions[2].key == "funding_shares_agreed");
  CHECK(d.openConditions[3].key == "forum_consulted");
  p.officerConsulted = p.gradedInBoth = p.forumConsulted = true;
  d = run(p);
  REQUIRE(d.openConditions.size() == 1);
  CHECK(d.openConditions[0].key == "funding_shares_agreed");
}

TEST_CASE("decide refuses unknown partner codes and a partnership without both kinds",
          "[protocol][rules]") {
  PostProposal p = blankPost();
  p.designatedEmployer = "PCT";
  CHECK_THROWS_AS(run(p), ValidationError);
  PostProposal q = splitPost(6000, 4000);
  q.functionalSplit[1].partner = "ICB";
  CHECK_THROWS_AS(run(q), ValidationError);
  Partners twoCouncils = bnesPartners();
  twoCouncils[1].kind = PartnerKind::Council;
  CHECK_THROWS_AS(decide(defaultProtocol(), blankPost(), twoCouncils), ValidationError);
}

TEST_CASE("a disabled rule after the deciding rule is not reached, and says it is disabled",
          "[protocol][rules]") {
  Protocol p = defaultProtocol();
  p.rules[6].enabled = false;
  PostProposal post = blankPost();
  post.statutoryRole = StatutoryRole::DPH;
  const Decision d = decide(p, post, bnesPartners());
  CHECK(statusAt(d, 7) == RuleStatus::NotReached);
  CHECK_THAT(explanationAt(d, 7), Catch::Contains("also disabled"));
  CHECK_FALSE(d.trace[6].enabled);
}
