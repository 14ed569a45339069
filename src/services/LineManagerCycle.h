// A post's line manager is another post; following line managers from any
// post must never come back to it (a post managing itself, directly or
// through a chain of any length).
#pragma once
#include "services/RecordService.h"

namespace s113 {

// Throws ValidationErrors naming the line_manager field and the chain when
// saving `edit` (a post) would close a loop. Other records pass.
void refuseLineManagerCycle(Register& reg, const Edit& edit);

}  // namespace s113
