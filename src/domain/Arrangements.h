// The arrangement entities (issue 3): S113 placements and secondments,
// single-manager contracts, joint posts, consultations on a change to the
// management structure of an S113 post, conflicts of interest and disputes.
// Each is an EntityDef (see Record.h) defined in ArrangementCatalog.cpp, in
// dependency order; the rules that need the register live in
// services/ArrangementChecks.cpp.
// Each entity is also a type (domain/entities/) whose description builds its
// EntityDef; ArrangementLifecycle.h holds the lifecycle and FTE rules.
#pragma once
#include <string>
#include <vector>

#include "domain/ArrangementLifecycle.h"
#include "domain/Money.h"
#include "domain/EntityDef.h"

namespace s113 {

const EntityDef& placementDef();
const EntityDef& singleManagerContractDef();
const EntityDef& jointPostDef();
const EntityDef& structureConsultationDef();
const EntityDef& conflictOfInterestDef();
const EntityDef& disputeDef();

// The lifecycle rules (ArrangementLifecycle.h) for a status or stage in its
// exchange spelling, for the edges that hold the spelling: the cross-field
// checks of a record being validated and the command line's options. A
// blank or unknown spelling is in no stage of the lifecycle: not committed,
// not finished, with nowhere to move.
bool placementTransitionAllowed(const std::string& from, const std::string& to);
std::vector<std::string> placementNextStatuses(const std::string& from);
bool placementCommitted(const std::string& status);
bool placementFinished(const std::string& status);
bool disputeStageAllowed(const std::string& from, const std::string& to);

}  // namespace s113
