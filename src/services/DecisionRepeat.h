// A decision recorded twice by accident (a second click on Record, a command
// run again) is refused: recording the same outcome for the same post and
// proposal kind on the same decision day within a minute of the last one
// says nothing new. A changed
// view - another kind, another employer, an override - is still recorded.
//
// Example:
//   repeatedDecision(store.list(row.postRef), row, now)  // the D-BN-001-3 recorded 12 s ago
//   refuseRepeatedDecision(reg, row)  // ValidationError naming it; nothing is written
#pragma once
#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <optional>
#include <vector>

#include "storage/DecisionStore.h"
#include "storage/Register.h"

namespace s113 {

// How long after a decision the same decision counts as a repeat.
inline const boost::posix_time::seconds kRepeatWindow{60};

// The decision among `recorded` that `candidate` repeats: same post, same
// proposal kind, same decision day, same employer standing (the override's
// or the protocol's),
// recorded no more than `window` before `now` (UTC). None when it is new.
std::optional<DecisionRow> repeatedDecision(
    const std::vector<DecisionRow>& recorded, const DecisionRow& candidate,
    const boost::posix_time::ptime& now,
    const boost::posix_time::time_duration& window = kRepeatWindow);

// Throws ValidationError (field "decision") when `candidate` repeats a
// decision of the register recorded a moment ago (now = the clock's UTC).
void refuseRepeatedDecision(Register& reg, const DecisionRow& candidate);

}  // namespace s113
