#include "services/Hooks.h"

namespace s113 {

// Decisions are not in the register yet.
void addDemoDecisions(RecordService&) {}

}  // namespace s113
