// The forum pack's view of recorded employer decisions (services/
// DecisionService.h): decisions and overrides recorded after the previous
// meeting, and decisions the forum has not yet been consulted on.
#pragma once
#include <string>

#include "reports/ReportDocument.h"
#include "storage/Register.h"

namespace s113::reports {

// Adds a table of the decisions recorded after `after` (an ISO timestamp, ""
// for all) and up to `upTo` to `section`, or a note when the register holds
// no decisions yet.
void addDecisionsSince(Register& reg, const std::string& after, const std::string& upTo,
                       Section& section);
// Adds a row per recorded decision (up to `upTo`) with no forum consultation.
void addDecisionsAwaitingForum(Register& reg, const std::string& upTo, Table& table);

}  // namespace s113::reports
