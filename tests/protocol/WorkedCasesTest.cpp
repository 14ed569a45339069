// The protocol's worked cases of docs/domain.md ("Worked examples").
#include <catch2/catch.hpp>

#include "protocol/DecisionEngine.h"
#include "protocol/DefaultProtocol.h"
#include "protocol/ProtocolComparison.h"
#include "protocol/ProtocolEdits.h"
#include "protocol/ProtocolFixtures.h"

using namespace s113;
using namespace s113::test;

TEST_CASE("a joint DASS post is employed by the council", "[protocol][worked]") {
  PostProposal p = blankPost("JC-001");
  p.title = "Corporate Director Adults / DASS and PCT Chief Executive";
  p.statutoryRole = StatutoryRole::DASS;
  p.functionalSplit = {{"BNES", BasisPoints(5000)}, {"CCG", BasisPoints(5000)}};
  const Decision d = decide(defaultProtocol(), p, bnesPartners());
  CHECK(d.employer == std::optional<std::string>("BNES"));
  REQUIRE(d.decidingRule);
  CHECK(d.decidingRule->kind == RuleKind::StatutoryOffice);
}

TEST_CASE("a post reserved to the CCG is employed by the CCG", "[protocol][worked]") {
  PostProposal p = splitPost(BasisPoints(7000), BasisPoints(3000));
  p.designatedEmployer = "CCG";
  const Decision d = decide(defaultProtocol(), p, bnesPartners());
  CHECK(d.employer == std::optional<std::string>("CCG"));
  CHECK(d.decidingRule->kind == RuleKind::DesignatedPost);
}

TEST_CASE("a 60/40 council/NHS split is employed by the council", "[protocol][worked]") {
  const Decision d = decide(defaultProtocol(), splitPost(BasisPoints(6000), BasisPoints(4000)), bnesPartners());
  CHECK(d.employer == std::optional<std::string>("BNES"));
  CHECK(d.decidingRule->kind == RuleKind::MajorityOfFunctions);
}

TEST_CASE("a like-for-like replacement of an NHS-employed holder stays NHS", "[protocol][worked]") {
  PostProposal p = splitPost(BasisPoints(6000), BasisPoints(4000));
  p.kind = ProposalKind::Replacement;
  p.registration = Registration::SocialWork;
  p.outgoingHolderEmployer = "CCG";
  const Decision d = decide(defaultProtocol(), p, bnesPartners());
  CHECK(d.employer == std::optional<std::string>("CCG"));
  CHECK(d.decidingRule->kind == RuleKind::Replacement);
}

TEST_CASE("a disabled rule is skipped and the next rule decides", "[protocol][worked]") {
  PostProposal p = splitPost(BasisPoints(6000), BasisPoints(4000));
  p.registration = Registration::Nursing;
  const Protocol v2 = withRuleEnabled(defaultProtocol(), 5, false);
  const Decision d = decide(v2, p, bnesPartners());
  CHECK(d.trace[4].status == RuleStatus::Skipped);
  CHECK_FALSE(d.trace[4].enabled);
  CHECK_THAT(d.trace[4].explanation, Catch::Contains("disabled in protocol version 2"));
  CHECK(d.employer == std::optional<std::string>("CCG"));
  CHECK(d.decidingRule->kind == RuleKind::ProfessionalFit);
  CHECK(d.protocolVersion == 2);
}

TEST_CASE("raising the threshold to 65% flips the 60/40 case and wouldChange lists it",
          "[protocol][worked]") {
  const Protocol v1 = defaultProtocol();
  const Protocol v2 = withThreshold(v1, BasisPoints(6500));
  const PostProposal sixtyForty = splitPost(BasisPoints(6000), BasisPoints(4000), "JWT-060");
  const PostProposal seventyThirty = splitPost(BasisPoints(3000), BasisPoints(7000), "JWT-070");
  PostProposal dass = blankPost("JC-001");
  dass.statutoryRole = StatutoryRole::DASS;

  const Decision after = decide(v2, sixtyForty, bnesPartners());
  CHECK_FALSE(after.employer);
  CHECK(after.trace[4].status == RuleStatus::NotApplicable);
  CHECK_THAT(after.trace[4].explanation, Catch::Contains("below the threshold of 65%"));

  const auto changes = wouldChange(v1, v2, {dass, sixtyForty, seventyThirty}, bnesPartners());
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].postRef == "JWT-060");
  CHECK(changes[0].oldEmployer == std::optional<std::string>("BNES"));
  CHECK_FALSE(changes[0].newEmployer);
  CHECK(changes[0].oldRule->kind == RuleKind::MajorityOfFunctions);
  CHECK(changes[0].newRule->kind == RuleKind::Unresolved);

  CHECK(wouldChange(v1, v1, {dass, sixtyForty, seventyThirty}, bnesPartners()).empty());
}

TEST_CASE("a share exactly at the threshold decides", "[protocol][worked]") {
  const Protocol v2 = withThreshold(defaultProtocol(), BasisPoints(6000));
  const Decision d = decide(v2, splitPost(BasisPoints(6000), BasisPoints(4000)), bnesPartners());
  CHECK(d.employer == std::optional<std::string>("BNES"));
  CHECK(d.decidingRule->kind == RuleKind::MajorityOfFunctions);
  const Decision below =
      decide(withThreshold(defaultProtocol(), BasisPoints(6001)), splitPost(BasisPoints(6000), BasisPoints(4000)), bnesPartners());
  CHECK_FALSE(below.employer);
}

TEST_CASE("moving professional fit before the majority rule changes who decides",
          "[protocol][worked]") {
  PostProposal p = splitPost(BasisPoints(6000), BasisPoints(4000));
  p.registration = Registration::Nursing;
  CHECK(decide(defaultProtocol(), p, bnesPartners()).employer ==
        std::optional<std::string>("BNES"));
  const Protocol moved = withRuleMoved(defaultProtocol(), 6, 5);
  const Decision d = decide(moved, p, bnesPartners());
  CHECK(d.employer == std::optional<std::string>("CCG"));
  CHECK(d.decidingRule->position == 5);
  CHECK(d.decidingRule->kind == RuleKind::ProfessionalFit);
  CHECK(d.trace[5].kind == RuleKind::MajorityOfFunctions);
  CHECK(d.trace[5].status == RuleStatus::NotReached);
}

TEST_CASE("a DASS mapped to the NHS body is placed at the council's disposal",
          "[protocol][worked]") {
  Protocol p = defaultProtocol();
  p.rules[0].params.offices[StatutoryRole::DASS] = PartnerKind::Nhs;
  PostProposal dass = blankPost();
  dass.statutoryRole = StatutoryRole::DASS;
  const Decision d = decide(p, dass, bnesPartners());
  CHECK(d.employer == std::optional<std::string>("CCG"));
  CHECK(d.s113PlacementTo == std::optional<std::string>("BNES"));
}
