#include "protocol/ProtocolValidation.h"

#include <set>

#include "domain/Errors.h"
#include "protocol/RuleParams.h"

namespace s113 {

void validate(const Protocol& protocol) {
  const std::string record = "protocol version " + std::to_string(protocol.version);
  if (protocol.version < 1) throw ValidationError(record, "version", "must be 1 or more");
  if (protocol.name.empty()) throw ValidationError(record, "name", "must not be empty");
  if (protocol.rules.empty()) throw ValidationError(record, "rules", "a protocol needs rules");
  std::set<int> positions;
  for (const auto& rule : protocol.rules) {
    const std::string ruleRecord = "protocol rule " + std::to_string(rule.position);
    if (rule.position < 1) throw ValidationError(ruleRecord, "position", "must be 1 or more");
    if (!positions.insert(rule.position).second)
      throw ValidationError(ruleRecord, "position", "used by more than one rule");
    if (!isKnownRuleKind(rule.kind))
      throw ValidationError(ruleRecord, "rule_kind",
                            "unknown rule kind; expected one of: " + allowedValues<RuleKind>());
    if (rule.title.empty())
      throw ValidationError("protocol " + ruleLabel(rule.position, rule.kind), "title",
                            "must not be empty");
    if (rule.source.empty())
      throw ValidationError("protocol " + ruleLabel(rule.position, rule.kind), "source",
                            "must not be empty");
    validateParams(rule.kind, rule.position, rule.params);
  }
}

}  // namespace s113
