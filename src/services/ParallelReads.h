// Read-only work spread over the machine's cores: `check` reads every record,
// the audit log and the arrangements, pieces of work that need nothing from
// each other, so each runs on one of a few connections to the register (the
// caller's own and readers opened beside it, Register::openReader) in its
// own thread. A job writes only into what it alone holds (its own part of a
// report), so the caller gathers the results in an order of its choosing.
#pragma once
#include <functional>
#include <vector>

#include "storage/Register.h"

namespace s113 {

using ReadJob = std::function<void(Register&)>;

// Runs every job once, taken in order by the first connection free. Runs them
// all on `reg` alone, in order, when the machine has one core or when other
// connections would not see what `reg` sees (Register::readersSeeWhatThisSees).
// When jobs throw, the one first in order is rethrown once all have ended.
void runReadJobs(Register& reg, const std::vector<ReadJob>& jobs);

// How many connections runReadJobs uses for `jobs` jobs on `reg` (1: `reg` alone).
std::size_t readConnectionsFor(const Register& reg, std::size_t jobs);

}  // namespace s113
