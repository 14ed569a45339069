// The arrangements in force on a date, read from the register "as at" that
// date (VersionStore::asAt): the version of each record effective on the day,
// kept when its status and period say it runs on that day.
#pragma once
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "storage/Register.h"
#include "storage/VersionStore.h"

namespace s113 {

struct ArrangementsInForce {
  Date asAt;
  std::vector<StoredVersion> placements;              // committed, started, not yet ended
  std::vector<StoredVersion> singleManagerContracts;  // active, started, not yet ended
  std::vector<StoredVersion> jointPosts;              // approved or active, started, not yet ended
};

ArrangementsInForce arrangementsInForce(Register& reg, const Date& asAt);

// One line per arrangement: "placement PL-001  C-0009 BCCG -> BNES 100% active".
std::string arrangementsInForceText(Register& reg, const ArrangementsInForce& inForce);

}  // namespace s113
