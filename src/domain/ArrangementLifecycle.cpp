#include "domain/ArrangementLifecycle.h"

#include <algorithm>

namespace s113 {

std::vector<PlacementStatus> placementNextStatuses(PlacementStatus from) {
  using S = PlacementStatus;
  switch (from) {
    case S::Proposed: return {S::Consulted, S::Terminated};
    case S::Consulted: return {S::Agreed, S::Terminated};
    case S::Agreed: return {S::Active, S::Terminated};
    case S::Active: return {S::ReviewDue, S::Ended, S::Terminated};
    case S::ReviewDue:
    case S::Extended: return {from == S::ReviewDue ? S::Extended : S::ReviewDue, S::Ended, S::Terminated};
    case S::Ended:
    case S::Terminated: return {};
  }
  return {};
}

bool placementTransitionAllowed(PlacementStatus from, PlacementStatus to) {
  if (from == to) return true;
  const auto next = placementNextStatuses(from);
  return std::find(next.begin(), next.end(), to) != next.end();
}

bool placementCommitted(PlacementStatus status) {
  return status != PlacementStatus::Proposed && status != PlacementStatus::Consulted;
}

bool placementFinished(PlacementStatus status) {
  return status == PlacementStatus::Ended || status == PlacementStatus::Terminated;
}

boost::optional<DisputeStage> nextDisputeStage(DisputeStage stage) {
  const auto& stages = spellings<DisputeStage>();  // in escalation order
  for (std::size_t i = 0; i + 1 < stages.size(); ++i)
    if (stages[i].value == stage) return stages[i + 1].value;
  return boost::none;
}

bool disputeStageAllowed(DisputeStage from, DisputeStage to) { return to == from || nextDisputeStage(from) == to; }

FteUnits placedFte(const OptionalBasisPoints& shareOfTime, const OptionalFte& daysPerWeek, FteUnits contractFte) {
  if (shareOfTime) return applyShare(contractFte, *shareOfTime);
  if (daysPerWeek)
    return FteUnits(static_cast<FteUnits::Value>(mulDivRoundHalfUp(daysPerWeek->value(), 1, kStandardWorkingDays)));
  return FteUnits(0);
}

}  // namespace s113
