#include "protocol/ProtocolEdits.h"

#include "domain/Errors.h"
#include "protocol/ProtocolValidation.h"
#include "protocol/RuleParams.h"

namespace s113 {
namespace {

Protocol nextVersionOf(const Protocol& base) {
  Protocol next = base;
  next.version = base.version + 1;
  next.rules = rulesInOrder(base);
  return next;
}

Rule& ruleAt(Protocol& protocol, int position) {
  for (auto& rule : protocol.rules)
    if (rule.position == position) return rule;
  throw ValidationError("protocol version " + std::to_string(protocol.version - 1), "position",
                        "no rule at position " + std::to_string(position));
}

Rule& firstOfKind(Protocol& protocol, RuleKind kind) {
  for (auto& rule : protocol.rules)  // already in order of position
    if (rule.kind == kind) return rule;
  throw ValidationError("protocol version " + std::to_string(protocol.version - 1), "rule_kind",
                        "the protocol has no " + toString(kind) + " rule");
}

Protocol checked(Protocol protocol) {
  validate(protocol);
  return protocol;
}

}  // namespace

Protocol withRuleEnabled(const Protocol& base, int position, bool enabled) {
  Protocol next = nextVersionOf(base);
  ruleAt(next, position).enabled = enabled;
  return checked(std::move(next));
}

Protocol withRuleMoved(const Protocol& base, int fromPosition, int toPosition) {
  Protocol next = nextVersionOf(base);
  const int count = static_cast<int>(next.rules.size());
  if (toPosition < 1 || toPosition > count)
    throw ValidationError("protocol version " + std::to_string(base.version), "position",
                          "must be between 1 and " + std::to_string(count));
  std::size_t from = 0;
  while (from < next.rules.size() && next.rules[from].position != fromPosition) ++from;
  if (from == next.rules.size()) ruleAt(next, fromPosition);  // throws: no such rule
  Rule moving = next.rules[from];
  next.rules.erase(next.rules.begin() + static_cast<std::ptrdiff_t>(from));
  next.rules.insert(next.rules.begin() + (toPosition - 1), moving);
  for (std::size_t i = 0; i < next.rules.size(); ++i)
    next.rules[i].position = static_cast<int>(i) + 1;
  return checked(std::move(next));
}

Protocol withThreshold(const Protocol& base, BasisPoints threshold) {
  Protocol next = nextVersionOf(base);
  firstOfKind(next, RuleKind::MajorityOfFunctions).params.threshold = threshold;
  return checked(std::move(next));
}

Protocol withProfessionMapping(const Protocol& base, Registration registration,
                               std::optional<PartnerKind> partnerKind) {
  if (registration == Registration::None)
    throw ValidationError("protocol version " + std::to_string(base.version), "registration",
                          "choose a registration to map");
  Protocol next = nextVersionOf(base);
  Rule& rule = firstOfKind(next, RuleKind::ProfessionalFit);
  if (partnerKind)
    rule.params.registrations[registration] = *partnerKind;
  else
    rule.params.registrations.erase(registration);
  return checked(std::move(next));
}

Protocol withName(const Protocol& base, const std::string& name) {
  Protocol next = nextVersionOf(base);
  next.name = name;
  return checked(std::move(next));
}

}  // namespace s113
