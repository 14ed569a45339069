// Admin edits of a protocol. Each takes a version and returns a NEW protocol
// (version + 1, same name unless renamed) that passes validate(); the version
// given is never changed. Storage saves the result as a new version row set.
//
// Example:
//   Protocol v2 = withThreshold(defaultProtocol(), 6500);   // v2.version == 2
#pragma once
#include <optional>

#include "domain/Enums.h"
#include "domain/Money.h"
#include "protocol/Protocol.h"

namespace s113 {

// Enables or disables the rule at `position`. Throws ValidationError when
// there is no such rule.
Protocol withRuleEnabled(const Protocol& base, int position, bool enabled);

// Moves the rule at `fromPosition` so it is evaluated at `toPosition`
// (1..number of rules); the rules are renumbered 1..n in their new order.
Protocol withRuleMoved(const Protocol& base, int fromPosition, int toPosition);

// Sets the threshold of the first majority_of_functions rule; (0, 10000].
Protocol withThreshold(const Protocol& base, BasisPoints threshold);

// Maps a registration to a partner kind in the first professional_fit rule;
// none removes the mapping.
Protocol withProfessionMapping(const Protocol& base, Registration registration,
                               std::optional<PartnerKind> partnerKind);

// Renames the new version (e.g. "Default protocol, threshold 65%").
Protocol withName(const Protocol& base, const std::string& name);

}  // namespace s113
