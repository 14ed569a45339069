#include "protocol/DecisionEngine.h"

#include "protocol/ProtocolValidation.h"
#include "protocol/RuleEvaluators.h"

namespace s113 {
namespace detail {

RuleOutcome evaluateRule(const Rule& rule, const PostProposal& proposal, const Partners& partners) {
  switch (rule.kind) {
    case RuleKind::StatutoryOffice:
      return evaluateStatutoryOffice(rule, proposal, partners);
    case RuleKind::DesignatedPost:
      return evaluateDesignatedPost(proposal, partners);
    case RuleKind::ExistingStaff:
      return evaluateExistingStaff(proposal, partners);
    case RuleKind::Replacement:
      return evaluateReplacement(proposal, partners);
    case RuleKind::MajorityOfFunctions:
      return evaluateMajorityOfFunctions(rule, proposal, partners);
    case RuleKind::ProfessionalFit:
      return evaluateProfessionalFit(rule, proposal, partners);
    case RuleKind::PensionProtection:
      return evaluatePensionProtection(rule, proposal, partners);
    case RuleKind::Unresolved:
      return evaluateUnresolved();
  }
  return {};  // unreachable: validate() refuses unknown kinds
}

}  // namespace detail

std::vector<OpenCondition> openConditionsOf(const PostProposal& proposal) {
  std::vector<OpenCondition> open;
  if (!proposal.officerConsulted)
    open.push_back({"officer_consulted",
                    "The officer has not yet been consulted: s113 requires consultation with the "
                    "officer before they are placed at the other partner's disposal."});
  if (!proposal.gradedInBoth)
    open.push_back({"graded_in_both", "The post has not yet been graded in both organisations."});
  if (!proposal.fundingSharesAgreed)
    open.push_back({"funding_shares_agreed",
                    "The partners have not yet agreed the funding shares for the post."});
  if (!proposal.forumConsulted)
    open.push_back({"forum_consulted", "The Joint Staff Forum has not yet been consulted."});
  return open;
}

Decision decide(const Protocol& protocol, const PostProposal& proposal, const Partners& partners) {
  validate(protocol);
  validatePartners(partners);
  validateProposal(proposal, partners);

  Decision decision;
  decision.protocolVersion = protocol.version;
  decision.protocolName = protocol.name;
  decision.postRef = proposal.postRef;
  decision.postTitle = proposal.title;
  decision.proposalKind = proposal.kind;

  std::string decidedBy;  // "rule 2 (Designated post)" once decided
  for (const Rule& rule : rulesInOrder(protocol)) {
    RuleTrace t;
    t.position = rule.position;
    t.kind = rule.kind;
    t.title = rule.title;
    t.source = rule.source;
    t.enabled = rule.enabled;
    if (!decidedBy.empty()) {
      t.status = RuleStatus::NotReached;
      t.explanation = "Not reached: " + decidedBy + " decided first." +
                      (rule.enabled ? "" : " This rule is also disabled.");
    } else if (!rule.enabled) {
      t.status = RuleStatus::Skipped;
      t.explanation = "Skipped: this rule is disabled in protocol version " +
                      std::to_string(protocol.version) + ".";
    } else {
      detail::RuleOutcome out = detail::evaluateRule(rule, proposal, partners);
      t.status = out.decided ? RuleStatus::Decided : RuleStatus::NotApplicable;
      t.explanation = std::move(out.explanation);
      t.facts = std::move(out.facts);
      if (out.decided) {
        decision.employer = out.employer;
        decision.s113PlacementTo = out.s113PlacementTo;
        decision.decidingRule = DecidingRule{rule.position, rule.kind};
        decidedBy = "rule " + std::to_string(rule.position) + " (" + rule.title + ")";
      }
    }
    decision.trace.push_back(std::move(t));
  }
  decision.openConditions = openConditionsOf(proposal);
  return decision;
}

}  // namespace s113
