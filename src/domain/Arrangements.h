// The arrangement entities (issue 3): S113 placements and secondments,
// single-manager contracts, joint posts, consultations on a change to the
// management structure of an S113 post, conflicts of interest and disputes.
// Each is an EntityDef (see Record.h) defined in ArrangementCatalog.cpp, in
// dependency order; the rules that need the register live in
// services/ArrangementChecks.cpp.
//
// Shares of time: a placement gives either share_of_time (a percentage of the
// contract) or days_per_week (days of a five-day full-time week). Either way
// the FTE placed is what the FTE check adds up:
//   share_of_time:  share x contract FTE      (40% of a 1.0 contract = 0.4)
//   days_per_week:  days / 5                  (2 days a week = 0.4)
#pragma once
#include <string>
#include <vector>

#include "domain/Money.h"
#include "domain/Record.h"

namespace s113 {

const EntityDef& placementDef();
const EntityDef& singleManagerContractDef();
const EntityDef& jointPostDef();
const EntityDef& structureConsultationDef();
const EntityDef& conflictOfInterestDef();
const EntityDef& disputeDef();

// Placement lifecycle:
//   proposed -> consulted -> agreed -> active -> review_due -> extended
//   active | review_due | extended -> ended | terminated (terminated needs a reason)
//   proposed | consulted | agreed -> terminated (withdrawn before it started)
//   extended -> review_due (a further review)
const std::vector<std::string>& placementStatuses();
bool placementTransitionAllowed(const std::string& from, const std::string& to);
// The statuses `from` may move to (for messages and the CLI).
std::vector<std::string> placementNextStatuses(const std::string& from);
// agreed or later: the placement is committed and counts towards the FTE.
bool placementCommitted(const std::string& status);
// ended or terminated.
bool placementFinished(const std::string& status);

// Dispute escalation: joint_hr_group -> joint_committee -> chief_executives
// -> arbitration, one stage at a time, never back.
const std::vector<std::string>& disputeStages();
bool disputeStageAllowed(const std::string& from, const std::string& to);

// The FTE a placement takes from its contract (ten-thousandths), from its
// share_of_time or days_per_week and the contract's FTE; 0 when neither parses.
FteUnits placedFte(const Record& placement, FteUnits contractFte);
// The fields of a placement that placedFte reads, alone: what a check of the
// whole register keeps of each placement instead of the whole record.
Record placedTimeOf(const Record& placement);

constexpr int kStandardWorkingDays = 5;

}  // namespace s113
