#include "services/ArrangementQueries.h"

#include <sstream>

#include "domain/ArrangementLifecycle.h"
#include "domain/Arrangements.h"
#include "storage/TypedStore.h"

namespace s113 {
namespace {

bool runsOn(const Date& start, const OptionalDate& end, const Date& day) {
  return start <= day && (!end || *end >= day);
}

bool inForceOn(const Placement& p, const Date& day) {
  const OptionalDate& end = placementFinished(p.status) ? p.endedOn : p.plannedEnd;
  return placementCommitted(p.status) && runsOn(p.start, end, day);
}

// Every record of `def` in force as at `day` that `keep` keeps.
template <typename Entity, typename Keep>
std::vector<Entity> asAtKept(Register& reg, const EntityDef& def, const Date& day, Keep keep) {
  std::vector<Entity> kept;
  for (auto& e : liveEntities<Entity>(reg, def, day))
    if (keep(e)) kept.push_back(std::move(e));
  return kept;
}

std::string shareText(const Placement& p) {
  return p.shareOfTime ? formatPercent(*p.shareOfTime) + "%"
                       : (p.daysPerWeek ? formatFte(*p.daysPerWeek) : std::string()) + " days/week";
}

}  // namespace

ArrangementsInForce arrangementsInForce(Register& reg, const Date& asAt) {
  ArrangementsInForce out;
  out.asAt = asAt;
  out.placements = asAtKept<Placement>(reg, placementDef(), asAt, [&](const Placement& p) { return inForceOn(p, asAt); });
  out.singleManagerContracts =
      asAtKept<SingleManagerContract>(reg, singleManagerContractDef(), asAt, [&](const SingleManagerContract& s) {
        return s.status != SingleManagerStatus::Proposed && runsOn(s.start, s.end, asAt);
      });
  out.jointPosts = asAtKept<JointPost>(reg, jointPostDef(), asAt, [&](const JointPost& j) {
    return j.status != JointPostStatus::Proposed && runsOn(j.start, j.end, asAt);
  });
  return out;
}

std::string arrangementsInForceText(const ArrangementsInForce& in) {
  std::ostringstream out;
  out << "Arrangements in force on " << formatIso(in.asAt) << "\n";
  for (const auto& p : in.placements)
    out << "placement " << p.ref << "\t" << p.contract.value << "\t" << p.employer.value << " -> "
        << p.receivingPartner.value << "\t" << shareText(p) << "\t" << toString(p.kind) << "\t"
        << toString(p.status) << "\n";
  for (const auto& s : in.singleManagerContracts)
    out << "single_manager_contract " << s.ref << "\t" << s.contract.value << "\t" << toString(s.route) << "\t"
        << s.employer.value << " / " << s.otherPartner.value << "\thost " << s.hostPartner.value << "\t"
        << toString(s.status) << "\n";
  for (const auto& j : in.jointPosts)
    out << "joint_post " << j.ref << "\t" << j.post.value << "\t" << j.councilRole << " / " << j.nhsRole
        << "\tlead " << j.leadEmployer.value << "\t" << formatSplit(j.costShare) << "\t" << toString(j.status)
        << "\n";
  return out.str();
}

}  // namespace s113
