// A decision as the plain text a forum member reads (UK English): the outcome,
// the deciding rule with its source and the facts it used, every rule with its
// status and why, and the open process conditions.
#pragma once
#include <string>

#include "protocol/Decision.h"
#include "protocol/PostProposal.h"

namespace s113 {

std::string renderDecisionText(const Decision& decision, const Partners& partners);

// "decided", "not applicable", "skipped (disabled)", "not reached".
std::string statusWords(RuleStatus status);

// "Bath and North East Somerset Council (BNES)" or "Refer to the joint HR group".
std::string outcomeWords(const Decision& decision, const Partners& partners);

}  // namespace s113
