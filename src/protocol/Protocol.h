// An HR protocol as data: numbered rules applied in order of position, the
// first rule that decides choosing the employer of a post. A protocol is
// versioned; an edit produces a new version and never changes an old one.
//
// Example:
//   Protocol p = defaultProtocol();          // version 1, rules 1..8
//   const Rule* r = p.findRule(5);           // majority_of_functions
//   r->params.at("threshold_bp") == "5000"
#pragma once
#include <map>
#include <string>
#include <vector>

#include "protocol/RuleKind.h"

namespace s113 {

// Parameters of one rule: key -> value, stored as one text column
// ("key=value;key=value", see RuleParams.h).
using RuleParams = std::map<std::string, std::string>;

struct Rule {
  int position = 0;  // 1-based order of evaluation; unique within a protocol
  RuleKind kind = RuleKind::Unresolved;
  bool enabled = true;
  RuleParams params;
  std::string title;   // short heading, e.g. "Majority of functions"
  std::string source;  // legal or document citation the rule rests on
};

struct Protocol {
  int version = 0;
  std::string name;
  std::vector<Rule> rules;  // kept in order of position

  // The rule at `position`, or nullptr.
  const Rule* findRule(int position) const;
  // The first rule (by position) of `kind`, or nullptr.
  const Rule* firstRuleOfKind(RuleKind kind) const;
};

// The rules of `protocol` sorted by position (a copy; the protocol may hold
// them in any order).
std::vector<Rule> rulesInOrder(const Protocol& protocol);

// "rule 5 (majority_of_functions)": how errors and texts name a rule.
std::string ruleLabel(int position, RuleKind kind);

}  // namespace s113
