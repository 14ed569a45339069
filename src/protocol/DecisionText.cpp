#include "protocol/DecisionText.h"

#include <sstream>

namespace s113 {

std::string statusWords(RuleStatus status) {
  switch (status) {
    case RuleStatus::Decided:
      return "decided";
    case RuleStatus::NotApplicable:
      return "not applicable";
    case RuleStatus::Skipped:
      return "skipped (disabled)";
    case RuleStatus::NotReached:
      return "not reached";
  }
  return "?";
}

std::string outcomeWords(const Decision& decision, const Partners& partners) {
  if (!decision.employer) return "Refer to the joint HR group";
  return describePartner(partners, *decision.employer);
}

std::string renderDecisionText(const Decision& d, const Partners& partners) {
  std::ostringstream out;
  const std::string kindWords = d.proposalKind == ProposalKind::NewPost          ? "new post"
                                : d.proposalKind == ProposalKind::Reorganisation ? "reorganisation"
                                                                                 : "replacement";
  out << "Employer decision for post " << d.postRef;
  if (!d.postTitle.empty()) out << " \"" << d.postTitle << "\"";
  out << " (" << kindWords << ")\n";
  out << "Protocol: " << d.protocolName << " (version " << d.protocolVersion << ")\n\n";

  out << "Outcome: " << outcomeWords(d, partners);
  out << (d.employer ? " employs.\n" : ".\n");
  if (d.s113PlacementTo)
    out << "S113 placement: the post-holder is placed at the disposal of "
        << describePartner(partners, *d.s113PlacementTo) << " under s113.\n";

  if (const RuleTrace* t = d.decidingTrace()) {
    out << "Decided by rule " << t->position << ", " << t->title << "\n";
    out << "  Source: " << t->source << "\n";
    out << "  Why: " << t->explanation << "\n";
    if (!t->facts.empty()) {
      out << "  Facts used:\n";
      for (const auto& [name, value] : t->facts) out << "    - " << name << ": " << value << "\n";
    }
  } else {
    out << "No rule decided: the decision is recorded by hand after the joint HR group and the "
           "forum have considered it.\n";
  }

  out << "\nRules, in order:\n";
  for (const auto& t : d.trace) {
    out << "  " << t.position << ". " << t.title << " [" << statusWords(t.status) << "]\n";
    out << "     " << t.explanation << "\n";
  }

  out << "\nOpen process conditions:\n";
  if (d.openConditions.empty()) out << "  None: every process condition is met.\n";
  for (const auto& c : d.openConditions) out << "  - " << c.text << "\n";
  return out.str();
}

}  // namespace s113
