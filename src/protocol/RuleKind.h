// The kinds of rule an HR protocol is made of. Each kind has one stable
// spelling used in the database (protocol_rules.rule_kind), files and the CLI:
// "statutory_office", "designated_post", "existing_staff", "replacement",
// "majority_of_functions", "professional_fit", "pension_protection",
// "unresolved". Convert with toString/parseEnum from domain/Enums.h.
#pragma once
#include <string>
#include <vector>

#include "domain/Enums.h"

namespace s113 {

enum class RuleKind {
  StatutoryOffice,
  DesignatedPost,
  ExistingStaff,
  Replacement,
  MajorityOfFunctions,
  ProfessionalFit,
  PensionProtection,
  Unresolved
};

template <>
const std::vector<EnumSpelling<RuleKind>>& spellings<RuleKind>();

// True when `kind` is one of the enumerators above (guards values cast from
// integers or read from elsewhere).
bool isKnownRuleKind(RuleKind kind);

}  // namespace s113
