#include "protocol/Protocol.h"

#include <algorithm>

namespace s113 {

const Rule* Protocol::findRule(int position) const {
  for (const auto& rule : rules)
    if (rule.position == position) return &rule;
  return nullptr;
}

const Rule* Protocol::firstRuleOfKind(RuleKind kind) const {
  const Rule* found = nullptr;
  for (const auto& rule : rules)
    if (rule.kind == kind && (!found || rule.position < found->position)) found = &rule;
  return found;
}

std::vector<Rule> rulesInOrder(const Protocol& protocol) {
  std::vector<Rule> rules = protocol.rules;
  std::stable_sort(rules.begin(), rules.end(),
                   [](const Rule& a, const Rule& b) { return a.position < b.position; });
  return rules;
}

std::string ruleLabel(int position, RuleKind kind) {
  return "rule " + std::to_string(position) + " (" + toString(kind) + ")";
}

}  // namespace s113
