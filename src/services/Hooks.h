// The points where each group of records (arrangements, recharges,
// decisions, the forum's records) plugs its own rules into the shared services, each implemented
// in that group's own files.
#pragma once
#include <string>
#include <vector>

#include "services/RecordService.h"
#include "services/RegisterCheck.h"

namespace s113 {

// Checks that need the register (sums across records, lifecycle order).
// Throw ValidationErrors naming the record and field. Run inside the write's
// transaction, after the record's own validation.
void arrangementCrossChecks(Register& reg, const Edit& edit);
void rechargeCrossChecks(Register& reg, const Edit& edit);
void forumCrossChecks(Register& reg, const Edit& edit);  // ForumHooks.cpp
void payrollCrossChecks(Register& reg, const Edit& edit);  // PayrollHooks.cpp

// Recharge agreements that still cover a record (they name it by kind and
// reference, not by foreign key), as record labels; a record they cover
// cannot be deleted.
std::vector<std::string> rechargesCovering(Register& reg, const EntityDef& def, const std::string& key);

// Warnings (not refusals) that `check` lists.
void arrangementWarnings(Register& reg, CheckReport& report);

// Sample records for `demo`, queued on the sample's history (each with the
// day it was recorded, services/DemoHistory.h) after the core records.
class DemoHistory;
void addDemoArrangements(DemoHistory& history);
void addDemoRecharges(DemoHistory& history);
void addDemoDecisions(DemoHistory& history);
void addDemoForum(DemoHistory& history);  // after the decisions it refers to
void addDemoPayroll(DemoHistory& history);  // PayrollDemo.cpp

}  // namespace s113
