// Rules that read who already employs: designated post, existing staff,
// replacement; and the final referral rule.
#include "protocol/RuleEvaluators.h"

namespace s113::detail {

RuleOutcome evaluateDesignatedPost(const PostProposal& proposal, const Partners& partners) {
  RuleOutcome out;
  if (!proposal.designatedEmployer) {
    out.facts.emplace_back("designated_employer", "none");
    out.explanation = "The agreement does not reserve this post to either partner.";
    return out;
  }
  out.facts.emplace_back("designated_employer", *proposal.designatedEmployer);
  out.decided = true;
  out.employer = *proposal.designatedEmployer;
  out.explanation = "The S113 agreement reserves this post to " +
                    describePartner(partners, *proposal.designatedEmployer) +
                    ", so that partner employs.";
  return out;
}

RuleOutcome evaluateExistingStaff(const PostProposal& proposal, const Partners& partners) {
  RuleOutcome out;
  out.facts.emplace_back("proposal_kind", toString(proposal.kind));
  out.facts.emplace_back("current_holder_employer", proposal.currentHolderEmployer
                                                        ? *proposal.currentHolderEmployer
                                                        : std::string("none"));
  if (proposal.kind == ProposalKind::Replacement) {
    out.explanation =
        "This is a replacement: the holder is leaving, so the outgoing holder's employer is "
        "considered by the replacement rule instead.";
    return out;
  }
  if (!proposal.currentHolderEmployer) {
    out.explanation = "No existing staff are in post (no current holder's employer recorded).";
    return out;
  }
  const std::string who = describePartner(partners, *proposal.currentHolderEmployer);
  out.decided = true;
  out.employer = *proposal.currentHolderEmployer;
  out.explanation = "The staff already in post are employed by " + who +
                    ". A reorganisation or s113 placement never changes the employer of people "
                    "already in post (there is no TUPE transfer under s113), so " +
                    who + " remains the employer.";
  return out;
}

RuleOutcome evaluateReplacement(const PostProposal& proposal, const Partners& partners) {
  RuleOutcome out;
  out.facts.emplace_back("proposal_kind", toString(proposal.kind));
  if (proposal.kind != ProposalKind::Replacement) {
    out.explanation =
        "This is not a replacement (it is a " +
        std::string(proposal.kind == ProposalKind::NewPost ? "new post" : "reorganisation") + ").";
    return out;
  }
  out.facts.emplace_back("outgoing_holder_employer", proposal.outgoingHolderEmployer
                                                         ? *proposal.outgoingHolderEmployer
                                                         : std::string("not recorded"));
  out.facts.emplace_back("reorganisation_decision_overrides",
                         proposal.reorganisationDecisionOverrides ? "yes" : "no");
  if (!proposal.outgoingHolderEmployer) {
    out.explanation =
        "No outgoing holder's employer is recorded, so the replacement rule cannot apply.";
    return out;
  }
  const std::string who = describePartner(partners, *proposal.outgoingHolderEmployer);
  if (proposal.reorganisationDecisionOverrides) {
    out.explanation =
        "A reorganisation decision says otherwise, so the replacement need not keep "
        "the outgoing holder's employer (" +
        who + "); the next rule decides.";
    return out;
  }
  out.decided = true;
  out.employer = *proposal.outgoingHolderEmployer;
  out.explanation =
      "A like-for-like replacement keeps the outgoing holder's employer: " + who + " employs.";
  return out;
}

RuleOutcome evaluateUnresolved() {
  RuleOutcome out;
  out.decided = true;
  out.explanation =
      "No earlier rule decided the employer: refer to the joint HR group. The Joint Staff Forum "
      "is consulted and the decision is recorded by hand.";
  return out;
}

}  // namespace s113::detail
