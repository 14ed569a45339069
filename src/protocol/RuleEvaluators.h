// Internal: how each rule kind looks at a post proposal. Used by
// DecisionEngine.cpp only; not part of the public API.
#pragma once
#include <optional>
#include <string>

#include "protocol/Decision.h"
#include "protocol/PostProposal.h"
#include "protocol/Protocol.h"

namespace s113::detail {

// What one enabled rule concluded. decided with no employer = refer to the
// joint HR group.
struct RuleOutcome {
  bool decided = false;
  std::optional<std::string> employer;
  std::optional<std::string> s113PlacementTo;
  std::string explanation;
  Facts facts;
};

RuleOutcome evaluateRule(const Rule& rule, const PostProposal& proposal, const Partners& partners);

RuleOutcome evaluateStatutoryOffice(const Rule& rule, const PostProposal& proposal,
                                    const Partners& partners);
RuleOutcome evaluateProfessionalFit(const Rule& rule, const PostProposal& proposal,
                                    const Partners& partners);
RuleOutcome evaluatePensionProtection(const Rule& rule, const PostProposal& proposal,
                                      const Partners& partners);
RuleOutcome evaluateDesignatedPost(const PostProposal& proposal, const Partners& partners);
RuleOutcome evaluateExistingStaff(const PostProposal& proposal, const Partners& partners);
RuleOutcome evaluateReplacement(const PostProposal& proposal, const Partners& partners);
RuleOutcome evaluateMajorityOfFunctions(const Rule& rule, const PostProposal& proposal,
                                        const Partners& partners);
RuleOutcome evaluateUnresolved();

// "60%" from basis points.
std::string percentText(BasisPoints bp);
// "council" / "NHS body": how a partner kind reads in a sentence.
std::string partnerKindWords(PartnerKind kind);

}  // namespace s113::detail
