#include "protocol/Decision.h"

namespace s113 {

template <>
const std::vector<EnumSpelling<RuleStatus>>& spellings<RuleStatus>() {
  static const std::vector<EnumSpelling<RuleStatus>> v = {
      {RuleStatus::Decided, "decided"},
      {RuleStatus::NotApplicable, "not_applicable"},
      {RuleStatus::Skipped, "skipped"},
      {RuleStatus::NotReached, "not_reached"}};
  return v;
}

const RuleTrace* Decision::decidingTrace() const {
  if (!decidingRule) return nullptr;
  for (const auto& t : trace)
    if (t.position == decidingRule->position) return &t;
  return nullptr;
}

}  // namespace s113
