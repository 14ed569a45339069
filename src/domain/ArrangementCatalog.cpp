// The arrangement entities (see Arrangements.h), described once: fields,
// types and each entity's own cross-field rules. schema/0004_arrangements.sql
// holds the matching tables.
#include <initializer_list>
#include <string>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Enums.h"
#include "domain/Split.h"
#include "domain/EntityRules.h"
#include "domain/entities/ConflictOfInterest.h"
#include "domain/entities/Dispute.h"
#include "domain/entities/JointPost.h"
#include "domain/entities/Placement.h"
#include "domain/entities/SingleManagerContract.h"
#include "domain/entities/StructureConsultation.h"

namespace s113 {
namespace {

// Exactly one of `about` is given: the arrangement the record is about.
template <typename E>
void exactlyOne(const Faults<E>& f, std::initializer_list<const RecordKey*> about) {
  int given = 0;
  std::string list;
  for (const RecordKey* key : about) {
    if (!key->empty()) ++given;
    list += (list.empty() ? "" : ", ") + f.fieldOf(*key);
  }
  if (given != 1)
    f.fail(**about.begin(), "give exactly one of " + list + " (the arrangement this is about); " +
                                std::to_string(given) + " given");
}

// The partners of a split are the arrangement's two parties.
template <typename E>
void splitWithin(const Faults<E>& f, const FunctionalSplit& split, const RecordKey& a, const RecordKey& b) {
  for (const auto& share : split)
    if (share.partner != a.value && share.partner != b.value)
      f.fail(split, "names " + share.partner + ", which is not a party to this arrangement");
}

// A member naming a partner, when given, names one of the arrangement's two.
template <typename E>
void oneOfParties(const Faults<E>& f, const RecordKey& member, const RecordKey& a, const RecordKey& b,
                  const std::string& message) {
  if (!member.empty() && member != a && member != b) f.fail(member, message);
}

// A placement's share of the contract's time: a percentage or days a week.
void checkPlacementTime(const Placement& p, const Faults<Placement>& f) {
  if (p.shareOfTime && p.daysPerWeek)
    f.fail(p.daysPerWeek, "give either share_of_time or days_per_week, not both");
  else if (!p.shareOfTime && !p.daysPerWeek)
    f.fail(p.shareOfTime, "is required: give share_of_time (a percentage) or days_per_week");
  f.percentInRange(p.shareOfTime);
  if (p.daysPerWeek && (*p.daysPerWeek <= FteUnits(0) || *p.daysPerWeek > kFullTime * kStandardWorkingDays))
    f.fail(p.daysPerWeek, "must be over 0 and at most 5");
}

// What a placement's status needs: consultation first, a reason for a
// termination, the day it ended once it has.
void checkPlacementStatus(const Placement& p, const Faults<Placement>& f) {
  if (p.status != PlacementStatus::Proposed && !p.officerConsultedOn)
    f.fail(p.officerConsultedOn, "a placement cannot be " + toString(p.status) +
                                     " before the officer has been consulted: give officer_consulted_on");
  const bool terminated = p.status == PlacementStatus::Terminated;
  if (terminated && p.terminationReason.empty())
    f.fail(p.terminationReason, "a terminated placement needs the reason");
  if (!terminated && !p.terminationReason.empty())
    f.fail(p.terminationReason, "is only given when the placement is terminated");
  const bool finished = placementFinished(p.status);
  if (finished && !p.endedOn) f.fail(p.endedOn, "an " + toString(p.status) + " placement needs the date it ended");
  if (!finished && p.endedOn) f.fail(p.endedOn, "is only given once the placement has ended or been terminated");
  if (p.status == PlacementStatus::Ended) f.endNotBeforeStart(p.start, p.endedOn);
}

void checkPlacement(const Placement& p, const Faults<Placement>& f) {
  f.differ(p.employer, p.receivingPartner, "the receiving partner must differ from the employer");
  checkPlacementTime(p, f);
  f.endNotBeforeStart(p.start, p.plannedEnd);
  f.endNotBeforeStart(p.start, p.nextReview);
  f.notNegative(p.terminationNoticeMonths);
  checkPlacementStatus(p, f);
}

// Route 1 employs and sub-contracts for a fee; route 2 seconds the manager.
void checkSingleManagerRoute(const SingleManagerContract& s, const Faults<SingleManagerContract>& f) {
  if (s.route == SingleManagerRoute::EmployAndSubcontract) {
    if (!s.annualFee) f.fail(s.annualFee, "route 1 (employ and sub-contract) needs the fee the other partner pays");
    if (!s.placement.empty())
      f.fail(s.placement, "route 1 keeps the manager with the employer: no secondment is given");
  } else if (s.route == SingleManagerRoute::Secondment) {
    if (s.placement.empty()) f.fail(s.placement, "route 2 (secondment) needs the placement that seconds the manager");
    if (s.annualFee) f.fail(s.annualFee, "a fee is for route 1 (employ and sub-contract); route 2 is recharged");
  }
}

void checkSingleManager(const SingleManagerContract& s, const Faults<SingleManagerContract>& f) {
  f.differ(s.employer, s.otherPartner, "the other partner must differ from the employer");
  oneOfParties(f, s.hostPartner, s.employer, s.otherPartner, "must be the employer or the other partner");
  splitWithin(f, s.timeSplit, s.employer, s.otherPartner);
  checkSingleManagerRoute(s, f);
  for (const OptionalPence* money : {&s.annualFee, &s.employerBudget, &s.otherPartnerBudget}) f.notNegative(*money);
  f.notNegative(s.endNoticeMonths);
  f.endNotBeforeStart(s.start, s.end);
  if (s.status == SingleManagerStatus::Ended && !s.end) f.fail(s.end, "an ended single-manager contract needs its end date");
}

// The statutory roles each side of a joint post can hold.
void checkJointPostRoles(const JointPost& j, const Faults<JointPost>& f) {
  if (j.councilStatutoryRole == StatutoryRole::NhsAccountableOfficer)
    f.fail(j.councilStatutoryRole, "the NHS accountable officer is a role in the NHS body");
  if (j.nhsStatutoryRole != StatutoryRole::None && j.nhsStatutoryRole != StatutoryRole::NhsAccountableOfficer)
    f.fail(j.nhsStatutoryRole,
           "a council statutory office (" + toString(j.nhsStatutoryRole) + ") is held in the council role");
}

void checkJointPost(const JointPost& j, const Faults<JointPost>& f) {
  f.differ(j.councilPartner, j.nhsPartner, "the council and the NHS body must be different partners");
  oneOfParties(f, j.leadEmployer, j.councilPartner, j.nhsPartner,
               "must be the council or the NHS body of the joint post");
  splitWithin(f, j.costShare, j.councilPartner, j.nhsPartner);
  checkJointPostRoles(j, f);
  f.bothOrNeither(j.councilApprovedBy, j.councilApprovedOn, "the council's approval");
  f.bothOrNeither(j.nhsApprovedBy, j.nhsApprovedOn, "the NHS body's approval");
  if (j.status == JointPostStatus::Approved || j.status == JointPostStatus::Active)
    for (const OptionalDate* approved : {&j.councilApprovedOn, &j.nhsApprovedOn})
      if (!*approved)
        f.fail(*approved, "a joint post is " + toString(j.status) + " only once both partners have approved it");
  f.endNotBeforeStart(j.start, j.end);
  if (j.status == JointPostStatus::Ended && !j.end) f.fail(j.end, "an ended joint post needs its end date");
}

void checkConsultation(const StructureConsultation& c, const Faults<StructureConsultation>& f) {
  f.endNotBeforeStart(c.proposedOn, c.partyAConsultedOn);
  f.endNotBeforeStart(c.proposedOn, c.partyBConsultedOn);
  if (!c.implementedOn) return;
  for (const OptionalDate* consulted : {&c.partyAConsultedOn, &c.partyBConsultedOn}) {
    if (!*consulted)
      f.fail(*consulted, "both partners must be consulted before a change to an S113 post's management is implemented");
    else
      f.endNotBeforeStart(*consulted, c.implementedOn);
  }
}

void checkConflict(const ConflictOfInterest& c, const Faults<ConflictOfInterest>& f) {
  exactlyOne(f, {&c.jointPost, &c.singleManagerContract, &c.placement});
  f.bothOrNeither(c.resolution, c.resolvedOn, "a resolution");
  f.endNotBeforeStart(c.declaredOn, c.resolvedOn);
}

void checkDispute(const Dispute& d, const Faults<Dispute>& f) {
  exactlyOne(f, {&d.placement, &d.singleManagerContract, &d.jointPost, &d.structureConsultation});
  f.bothOrNeither(d.outcome, d.resolvedOn, "an outcome");
  f.endNotBeforeStart(d.raisedOn, d.stageReachedOn);
  f.endNotBeforeStart(d.raisedOn, d.resolvedOn);
}

}  // namespace

const EntityDef& placementDef() {
  static const EntityDef def{"placement", "S113 placement / secondment", "placements", "ref", "placements.csv",
                             fieldsOf<Placement>(), rulesOf(checkPlacement)};
  return def;
}

const EntityDef& singleManagerContractDef() {
  static const EntityDef def{"single_manager_contract",      "Single-manager contract",
                             "single_manager_contracts",     "ref",
                             "single_manager_contracts.csv", fieldsOf<SingleManagerContract>(),
                             rulesOf(checkSingleManager)};
  return def;
}

const EntityDef& jointPostDef() {
  static const EntityDef def{"joint_post", "Joint post", "joint_posts", "ref", "joint_posts.csv",
                             fieldsOf<JointPost>(), rulesOf(checkJointPost)};
  return def;
}

const EntityDef& structureConsultationDef() {
  static const EntityDef def{"structure_consultation",      "Consultation on a management-structure change",
                             "structure_consultations",     "ref",
                             "structure_consultations.csv", fieldsOf<StructureConsultation>(),
                             rulesOf(checkConsultation)};
  return def;
}

const EntityDef& conflictOfInterestDef() {
  static const EntityDef def{"conflict_of_interest",      "Conflict of interest",
                             "conflicts_of_interest",     "ref",
                             "conflicts_of_interest.csv", fieldsOf<ConflictOfInterest>(),
                             rulesOf(checkConflict)};
  return def;
}

const EntityDef& disputeDef() {
  static const EntityDef def{"dispute", "Dispute", "disputes", "ref", "disputes.csv", fieldsOf<Dispute>(),
                             rulesOf(checkDispute)};
  return def;
}

std::vector<const EntityDef*> arrangementEntities() {
  return {&placementDef(),          &singleManagerContractDef(),
          &jointPostDef(),          &structureConsultationDef(),
          &conflictOfInterestDef(), &disputeDef()};
}

}  // namespace s113
