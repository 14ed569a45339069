// Sample decisions for `demo`: the employer decisions the B&NES partnership
// recorded on its joint posts, one of them an override with its reason.
#include "services/DecisionService.h"
#include "services/DemoHistory.h"
#include "services/Hooks.h"

namespace s113 {

void addDemoDecisions(DemoHistory& history) {
  Register& reg = history.service().reg();
  // Recorded by the CCG's HR officer for the joint HR group, on the day decided.
  auto record = [&](const DecisionRequest& request, std::optional<DecisionOverride> override) {
    history.queue(demoRecordedOn(*request.on), kCcgHr,
                  [&reg, request, override] { recordDecisionInTransaction(reg, request, override); });
  };

  // The joint DASS post: a statutory office, so the council employs (rule 1).
  DecisionRequest dass;
  dass.postRef = "BN-001";
  dass.kind = ProposalKind::NewPost;
  dass.officerConsulted = true;
  dass.gradedInBoth = true;
  dass.fundingSharesAgreed = true;
  dass.forumConsultedOn = Date(2013, 4, 10);
  dass.on = Date(2013, 4, 15);
  record(dass, std::nullopt);

  // Replacing the CCG-employed community equipment manager: a like-for-like
  // replacement keeps the CCG as employer (rule 4), although the council holds
  // 60% of the post's functions.
  DecisionRequest equipment;
  equipment.postRef = "BN-036";
  equipment.kind = ProposalKind::Replacement;
  equipment.expectedAppointeePool = PensionScheme::NHSPS;
  equipment.officerConsulted = true;
  equipment.gradedInBoth = true;
  equipment.fundingSharesAgreed = true;
  equipment.on = Date(2014, 5, 12);
  record(equipment, std::nullopt);

  // The proposed dementia commissioning post splits its functions 50/50 and
  // needs no registration: the protocol refers it to the joint HR group, which
  // chose the council. Recorded as an override with the group's reason.
  DecisionRequest dementia;
  dementia.postRef = "BN-037";
  dementia.kind = ProposalKind::NewPost;
  dementia.gradedInBoth = true;
  dementia.fundingSharesAgreed = true;
  dementia.forumConsultedOn = Date(2014, 6, 11);
  dementia.on = Date(2014, 6, 16);
  record(
      dementia,
      DecisionOverride{"BNES",
                       "Joint HR group, 9 June 2014: the post leads the council's dementia "
                       "strategy and is graded on NJC; the CCG agreed council employment with the "
                       "post-holder placed at its disposal under s113."});
}

}  // namespace s113
