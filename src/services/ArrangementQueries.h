// The arrangements in force on a date, read from the register "as at" that
// date: the version of each record effective on the day, kept when its
// status and period say it runs on that day.
#pragma once
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/entities/JointPost.h"
#include "domain/entities/Placement.h"
#include "domain/entities/SingleManagerContract.h"
#include "storage/Register.h"

namespace s113 {

struct ArrangementsInForce {
  Date asAt;
  std::vector<Placement> placements;                          // committed, started, not yet ended
  std::vector<SingleManagerContract> singleManagerContracts;  // active, started, not yet ended
  std::vector<JointPost> jointPosts;                          // approved or active, started, not yet ended
};

ArrangementsInForce arrangementsInForce(Register& reg, const Date& asAt);

// One line per arrangement: "placement PL-001  C-0009 BCCG -> BNES 100% active".
std::string arrangementsInForceText(const ArrangementsInForce& inForce);

}  // namespace s113
