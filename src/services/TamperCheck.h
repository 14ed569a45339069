// The part of `check` that finds a register edited outside the program: the
// audit log's hash chain (storage/AuditChain.h), the append-only triggers
// (storage/AppendOnly.h), and an audit row for every version of every record
// and every recorded decision. Each problem is one error of the report, the
// chain's first break naming its row.
#pragma once
#include "services/RegisterCheck.h"

namespace s113 {

void tamperChecks(Register& reg, CheckReport& report);

}  // namespace s113
