#include "protocol/RuleKind.h"

namespace s113 {

template <>
const std::vector<EnumSpelling<RuleKind>>& spellings<RuleKind>() {
  static const std::vector<EnumSpelling<RuleKind>> v = {
      {RuleKind::StatutoryOffice, "statutory_office"},
      {RuleKind::DesignatedPost, "designated_post"},
      {RuleKind::ExistingStaff, "existing_staff"},
      {RuleKind::Replacement, "replacement"},
      {RuleKind::MajorityOfFunctions, "majority_of_functions"},
      {RuleKind::ProfessionalFit, "professional_fit"},
      {RuleKind::PensionProtection, "pension_protection"},
      {RuleKind::Unresolved, "unresolved"}};
  return v;
}

bool isKnownRuleKind(RuleKind kind) {
  for (const auto& s : spellings<RuleKind>())
    if (s.value == kind) return true;
  return false;
}

}  // namespace s113
