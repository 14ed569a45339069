#include "protocol/ProtocolComparison.h"

#include "protocol/DecisionEngine.h"

namespace s113 {

std::vector<OutcomeChange> wouldChange(const Protocol& oldProtocol, const Protocol& newProtocol,
                                       const std::vector<PostProposal>& proposals,
                                       const Partners& partners) {
  std::vector<OutcomeChange> changes;
  for (const auto& proposal : proposals) {
    const Decision before = decide(oldProtocol, proposal, partners);
    const Decision after = decide(newProtocol, proposal, partners);
    if (before.employer == after.employer) continue;
    changes.push_back({proposal.postRef, before.employer, after.employer, before.decidingRule,
                       after.decidingRule});
  }
  return changes;
}

}  // namespace s113
