// An HR protocol as data: numbered rules applied in order of position, the
// first rule that decides choosing the employer of a post. A protocol is
// versioned; an edit produces a new version and never changes an old one.
//
// Example:
//   Protocol p = defaultProtocol();          // version 1, rules 1..8
//   const Rule* r = p.findRule(5);           // majority_of_functions
//   r->params.threshold == BasisPoints(5000)
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/Enums.h"
#include "domain/Money.h"
#include "protocol/RuleKind.h"

namespace s113 {

// The parameters of one rule, by its kind; the members another kind does
// not use stay empty. Stored as one text column ("key=value;key=value",
// RuleParams.h, which also checks them).
//   statutory_office       offices: the partner kind each office belongs to
//   professional_fit       registrations: the partner kind each one fits
//   pension_protection     schemes: the partner kind that protects each one
//   majority_of_functions  threshold: the share of the split that decides
struct RuleParams {
  std::map<StatutoryRole, PartnerKind> offices;
  std::map<Registration, PartnerKind> registrations;
  std::map<PensionScheme, PartnerKind> schemes;
  std::optional<BasisPoints> threshold;

  bool empty() const { return offices.empty() && registrations.empty() && schemes.empty() && !threshold; }
  bool operator==(const RuleParams& other) const {
    return offices == other.offices && registrations == other.registrations && schemes == other.schemes &&
           threshold == other.threshold;
  }
  bool operator!=(const RuleParams& other) const { return !(*this == other); }
};

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
