#include "services/Hooks.h"

namespace s113 {

// Arrangements are not in the register yet.
void arrangementCrossChecks(Register&, const Edit&) {}
void arrangementWarnings(Register&, CheckReport&) {}
void addDemoArrangements(RecordService&) {}

}  // namespace s113
