#include "services/DecisionRepeat.h"

#include <algorithm>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "domain/Errors.h"

namespace s113 {
namespace {

namespace pt = boost::posix_time;

std::string employerWords(const std::optional<std::string>& employer) {
  return employer ? *employer + " employs" : "refer to the joint HR group";
}

}  // namespace

std::optional<DecisionRow> repeatedDecision(const std::vector<DecisionRow>& recorded,
                                            const DecisionRow& candidate, const pt::ptime& now,
                                            const pt::time_duration& window) {
  std::optional<DecisionRow> latest;
  for (const DecisionRow& row : recorded) {
    if (row.postRef != candidate.postRef || row.proposalKind != candidate.proposalKind ||
        row.decidedOn != candidate.decidedOn || row.employer() != candidate.employer())
      continue;
    const pt::ptime& at = row.recordedAt.utc();
    if (at > now || now - at > window) continue;
    if (!latest || row.number > latest->number) latest = row;
  }
  return latest;
}

void refuseRepeatedDecision(Register& reg, const DecisionRow& candidate) {
  const pt::ptime now = Timestamp::now().utc();
  const auto earlier =
      repeatedDecision(DecisionStore(reg).list(candidate.postRef), candidate, now);
  if (!earlier) return;
  const long seconds = (now - earlier->recordedAt.utc()).total_seconds();
  std::string kind = toString(candidate.proposalKind);
  std::replace(kind.begin(), kind.end(), '_', ' ');
  throw ValidationError("decision on post " + candidate.postRef, "decision",
                        "the same decision (" + employerWords(candidate.employer()) + ", " + kind +
                            ") was recorded " + std::to_string(seconds) +
                            (seconds == 1 ? " second" : " seconds") + " ago as " + earlier->key +
                            " by " + earlier->decidedBy + "; nothing was recorded again");
}

}  // namespace s113
