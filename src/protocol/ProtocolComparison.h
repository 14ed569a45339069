// What a protocol change would do to existing proposals: the posts whose
// outcome differs between two versions. Pure; storage supplies the proposals.
//
// Example:
//   auto changes = wouldChange(defaultProtocol(), withThreshold(defaultProtocol(), 6500),
//                              proposals, partners);
//   // a 60/40 council/NHS post: {postRef, oldEmployer "BNES", newEmployer none}
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "protocol/Decision.h"
#include "protocol/PostProposal.h"
#include "protocol/Protocol.h"

namespace s113 {

struct OutcomeChange {
  std::string postRef;
  std::optional<std::string> oldEmployer;  // none = refer to the joint HR group
  std::optional<std::string> newEmployer;
  std::optional<DecidingRule> oldRule;
  std::optional<DecidingRule> newRule;
};

// One entry per proposal (in the order given) whose employer differs between
// the two protocols. Throws ValidationError as decide() does.
std::vector<OutcomeChange> wouldChange(const Protocol& oldProtocol, const Protocol& newProtocol,
                                       const std::vector<PostProposal>& proposals,
                                       const Partners& partners);

}  // namespace s113
