// The lines of many agreements costed on the machine's cores. Costing is
// exact arithmetic on fractions and most of a year's schedule; agreements
// are costed independently of each other, so chunks of them are costed side
// by side while the lines reach the caller in order.
#pragma once
#include <vector>

#include "recharge/Schedule.h"

namespace s113 {

// What forEachLineOf gives for each agreement in turn, in the same order and
// on the calling thread (`agreements` validated by the caller). At most a
// few chunks of agreements' lines are held at once, so a register of any
// size streams. An agreement that cannot be costed throws as forEachLineOf
// does, once the lines of the chunks before its own have been visited.
void forEachLineOfAll(const std::vector<RechargeTerms>& agreements, const FinancialYear& year,
                      const NiRateTable& niRates, const LineVisitor& visit);

}  // namespace s113
