// Applies an HR protocol to a post proposal. Pure: no storage, no clock.
//
// Example:
//   Partners partners = {{"BNES", "Bath and North East Somerset Council", PartnerKind::Council},
//                        {"CCG", "B&NES Clinical Commissioning Group", PartnerKind::Nhs}};
//   PostProposal p; p.postRef = "JC-001"; p.statutoryRole = StatutoryRole::DASS;
//   Decision d = decide(defaultProtocol(), p, partners);   // d.employer == "BNES"
#pragma once
#include "protocol/Decision.h"
#include "protocol/PostProposal.h"
#include "protocol/Protocol.h"

namespace s113 {

// Evaluates the enabled rules in order of position; the first that decides
// wins and later rules are listed as not reached. Every rule appears in the
// trace. When no rule decides, the employer is none (refer to the joint HR
// group) and decidingRule is none. Throws ValidationError when the protocol,
// the partners (one council, one NHS body) or the proposal's partner codes
// are invalid.
Decision decide(const Protocol& protocol, const PostProposal& proposal, const Partners& partners);

// The process conditions of `proposal` not yet met, each with its sentence.
std::vector<OpenCondition> openConditionsOf(const PostProposal& proposal);

}  // namespace s113
