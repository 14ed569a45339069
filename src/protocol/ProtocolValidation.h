// Whole-protocol validation: what storage checks before saving a version and
// the edit functions check before returning one.
#pragma once
#include "protocol/Protocol.h"

namespace s113 {

// Refuses (ValidationError, record "protocol version N" or "protocol rule N
// (kind)") a version below 1, an empty name, no rules, a position below 1, a
// duplicate position, an unknown rule kind, an empty title or source, and
// parameters the kind does not accept (including a threshold outside
// (0, 10000]).
void validate(const Protocol& protocol);

}  // namespace s113
