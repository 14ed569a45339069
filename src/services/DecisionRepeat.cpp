#include "services/DecisionRepeat.h"

#include <algorithm>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "domain/Errors.h"

namespace s113 {
namespace {

namespace pt = boost::posix_time;

// recorded_at is "2026-11-24T06:40:00Z"; none when it does not parse.
std::optional<pt::ptime> recordedTime(const std::string& recordedAt) {
  std::string text = recordedAt;
  if (!text.empty() && text.back() == 'Z') text.pop_back();
  try {
    return pt::from_iso_extended_string(text);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

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
    const auto at = recordedTime(row.recordedAt);
    if (!at || *at > now || now - *at > window) continue;
    if (!latest || row.number > latest->number) latest = row;
  }
  return latest;
}

void refuseRepeatedDecision(Register& reg, const DecisionRow& candidate) {
  const pt::ptime now = pt::second_clock::universal_time();
  const auto earlier =
      repeatedDecision(DecisionStore(reg).list(candidate.postRef), candidate, now);
  if (!earlier) return;
  const long seconds = (now - *recordedTime(earlier->recordedAt)).total_seconds();
  std::string kind = toString(candidate.proposalKind);
  std::replace(kind.begin(), kind.end(), '_', ' ');
  throw ValidationError("decision on post " + candidate.postRef, "decision",
                        "the same decision (" + employerWords(candidate.employer()) + ", " + kind +
                            ") was recorded " + std::to_string(seconds) +
                            (seconds == 1 ? " second" : " seconds") + " ago as " + earlier->key +
                            " by " + earlier->decidedBy + "; nothing was recorded again");
}

}  // namespace s113
