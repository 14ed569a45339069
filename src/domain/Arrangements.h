// The arrangement entities (issue 3): S113 placements and secondments,
// single-manager contracts, joint posts, consultations on a change to the
// management structure of an S113 post, conflicts of interest and disputes.
// Each is an EntityDef (see EntityDef.h) defined in ArrangementCatalog.cpp, in
// dependency order; the rules that need the register live in
// services/ArrangementChecks.cpp.
// Each entity is also a type (domain/entities/) whose description builds its
// EntityDef; ArrangementLifecycle.h holds the lifecycle and FTE rules.
#pragma once
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

}  // namespace s113
