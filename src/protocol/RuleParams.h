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
//   encodeParams({{"threshold_bp", "5000"}}) == "threshold_bp=5000"
//   decodeParams(RuleKind::MajorityOfFunctions, 5, "threshold_bp=0")
//     throws ValidationError{"protocol rule 5 (majority_of_functions)", "threshold_bp", ...}
#pragma once
#include <optional>
#include <string>

#include "domain/Enums.h"
#include "domain/Money.h"
#include "protocol/Protocol.h"

namespace s113 {

constexpr const char* kThresholdParam = "threshold_bp";

// Params -> text. Throws ValidationError (record "rule parameters") when a key
// or value is empty or holds '=' or ';'.
std::string encodeParams(const RuleParams& params);

// Text -> params for the rule at `position` of `kind`, validated with
// validateParams. Throws ValidationError naming the rule and the param.
RuleParams decodeParams(RuleKind kind, int position, const std::string& text);

// Checks every key and value is allowed for `kind` (see above) and that
// required keys are present. Throws ValidationError whose record is
// "protocol rule N (kind)" and whose field is the param key.
void validateParams(RuleKind kind, int position, const RuleParams& params);

// The threshold of a majority_of_functions rule (basis points). Throws
// ValidationError when missing or malformed.
BasisPoints thresholdOf(const Rule& rule);

// The partner kind a mapping rule assigns to `key` (e.g. "DASS", "nursing",
// "NHSPS"); none when the rule has no such key.
std::optional<PartnerKind> mappedPartnerKind(const Rule& rule, const std::string& key);

}  // namespace s113
