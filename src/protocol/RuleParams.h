// Rule parameters in their one-column text form and their validation.
//
// Text form: "key=value;key=value", keys in sorted order, no spaces; an empty
// string holds no parameters. Keys and values may not contain '=' or ';'.
// What each kind accepts:
//   statutory_office     statutory role (DASS, DCS, DPH, S151,
//                        HEAD_OF_PAID_SERVICE, NHS_ACCOUNTABLE_OFFICER)
//                        -> partner kind (council | nhs)
//   professional_fit     registration (social_work, nursing, allied_health,
//                        medical) -> partner kind
//   pension_protection   pension scheme (LGPS, NHSPS) -> partner kind
//   majority_of_functions threshold_bp -> 1..10000 (required)
//   the others           no parameters
//
// Example:
//   RuleParams p;  p.threshold = BasisPoints(5000);
//   encodeParams(p) == "threshold_bp=5000"
//   decodeParams(RuleKind::MajorityOfFunctions, 5, "threshold_bp=0")
//     throws ValidationError{"protocol rule 5 (majority_of_functions)", "threshold_bp", ...}
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/Enums.h"
#include "domain/Money.h"
#include "protocol/Protocol.h"

namespace s113 {

constexpr const char* kThresholdParam = "threshold_bp";

// Each parameter as its key and value in the text form, in sorted key
// order: what encodeParams joins, and what documents list.
std::vector<std::pair<std::string, std::string>> paramTexts(const RuleParams& params);

// Params -> text.
std::string encodeParams(const RuleParams& params);

// Text -> params for the rule at `position` of `kind`, validated with
// validateParams. Throws ValidationError naming the rule and the param.
RuleParams decodeParams(RuleKind kind, int position, const std::string& text);

// Checks that `kind` uses every parameter given (see above), that a mapping
// names no "none", and that a majority rule has a threshold above 0 and at
// most 10000. Throws ValidationError whose record is "protocol rule N
// (kind)" and whose field is the param key.
void validateParams(RuleKind kind, int position, const RuleParams& params);

// The threshold of a majority_of_functions rule. Throws ValidationError
// when it has none.
BasisPoints thresholdOf(const Rule& rule);

// The partner kind a mapping rule assigns to an office, a registration or a
// pension scheme; none when the rule maps no such thing.
std::optional<PartnerKind> mappedPartnerKind(const Rule& rule, StatutoryRole office);
std::optional<PartnerKind> mappedPartnerKind(const Rule& rule, Registration registration);
std::optional<PartnerKind> mappedPartnerKind(const Rule& rule, PensionScheme scheme);

}  // namespace s113
