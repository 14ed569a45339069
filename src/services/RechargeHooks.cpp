#include "services/Hooks.h"

namespace s113 {

// Recharge agreements are not in the register yet.
void rechargeCrossChecks(Register&, const Edit&) {}
void addDemoRecharges(RecordService&) {}

}  // namespace s113
