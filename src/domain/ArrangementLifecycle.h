// How placements and disputes move through their closed lists
// (ArrangementEnums.h), and the FTE a placement takes from its contract.
//
// Placement lifecycle:
//   proposed -> consulted -> agreed -> active -> review_due -> extended
//   active | review_due | extended -> ended | terminated (terminated needs a reason)
//   proposed | consulted | agreed -> terminated (withdrawn before it started)
//   extended -> review_due (a further review)
// Dispute escalation: joint_hr_group -> joint_committee -> chief_executives
// -> arbitration, one stage at a time, never back.
#pragma once
#include <vector>

#include <boost/optional.hpp>

#include "domain/ArrangementEnums.h"
#include "domain/Money.h"
#include "domain/entities/Placement.h"

namespace s113 {

// Staying put is allowed.
bool placementTransitionAllowed(PlacementStatus from, PlacementStatus to);
// The statuses `from` may move to (for messages and the CLI), in lifecycle order.
std::vector<PlacementStatus> placementNextStatuses(PlacementStatus from);
// agreed or later: the placement is committed and counts towards the FTE.
bool placementCommitted(PlacementStatus status);
// ended or terminated.
bool placementFinished(PlacementStatus status);

// The stage after `stage`; none after arbitration.
boost::optional<DisputeStage> nextDisputeStage(DisputeStage stage);
// The same stage, or the next one.
bool disputeStageAllowed(DisputeStage from, DisputeStage to);

constexpr int kStandardWorkingDays = 5;

// The FTE a placement takes from its contract (ten-thousandths):
//   share_of_time:  share x contract FTE      (40% of a 1.0 contract = 0.4)
//   days_per_week:  days / 5                  (2 days a week = 0.4)
// 0 when it gives neither (validation refuses such a placement).
FteUnits placedFte(const OptionalBasisPoints& shareOfTime, const OptionalFte& daysPerWeek, FteUnits contractFte);
inline FteUnits placedFte(const Placement& placement, FteUnits contractFte) {
  return placedFte(placement.shareOfTime, placement.daysPerWeek, contractFte);
}

}  // namespace s113
