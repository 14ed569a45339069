// The arrangement entities (see Arrangements.h), described once: fields,
// types and each entity's own cross-field rules. schema/0004_arrangements.sql
// holds the matching tables.
#include <algorithm>
#include <stdexcept>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Enums.h"
#include "domain/Split.h"
#include "domain/Validation.h"
#include "domain/entities/ConflictOfInterest.h"
#include "domain/entities/Dispute.h"
#include "domain/entities/JointPost.h"
#include "domain/entities/Placement.h"
#include "domain/entities/SingleManagerContract.h"
#include "domain/entities/StructureConsultation.h"

namespace s113 {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void notNegativeInteger(const RecordChecker& c, const std::string& field) {
  if (auto n = c.integerOf(field); n && *n < 0) c.fail(field, "cannot be negative");
}

// An approval, a resolution or an outcome needs both its text and its date.
void together(const RecordChecker& c, const std::string& textField, const std::string& dateField,
              const std::string& what) {
  if (c.blank(textField) != c.blank(dateField))
    c.fail(c.blank(textField) ? textField : dateField,
           what + " needs both " + textField + " and " + dateField);
}

// Exactly one of `fields` is given: what the record is about.
void exactlyOne(const RecordChecker& c, const std::vector<std::string>& fields) {
  int given = 0;
  std::string list;
  for (const auto& f : fields) {
    if (!c.blank(f)) ++given;
    list += (list.empty() ? "" : ", ") + f;
  }
  if (given != 1)
    c.fail(fields.front(), "give exactly one of " + list + " (the arrangement this is about); " +
                               std::to_string(given) + " given");
}

// The partners of a split are among `allowed`.
void splitWithin(const RecordChecker& c, const std::string& field,
                 const std::vector<std::string>& allowed) {
  for (const auto& share : c.splitOf(field))
    if (!contains(allowed, share.partner))
      c.fail(field, "names " + share.partner + ", which is not a party to this arrangement");
}

}  // namespace

bool placementTransitionAllowed(const std::string& from, const std::string& to) {
  if (from == to) return true;
  auto a = findEnum<PlacementStatus>(from), b = findEnum<PlacementStatus>(to);
  return a && b && placementTransitionAllowed(*a, *b);
}

std::vector<std::string> placementNextStatuses(const std::string& from) {
  std::vector<std::string> next;
  if (auto status = findEnum<PlacementStatus>(from))
    for (auto s : placementNextStatuses(*status)) next.push_back(toString(s));
  return next;
}

bool placementCommitted(const std::string& status) {
  auto s = findEnum<PlacementStatus>(status);
  return s && placementCommitted(*s);
}

bool placementFinished(const std::string& status) {
  auto s = findEnum<PlacementStatus>(status);
  return s && placementFinished(*s);
}

bool disputeStageAllowed(const std::string& from, const std::string& to) {
  auto a = findEnum<DisputeStage>(from), b = findEnum<DisputeStage>(to);
  return a && b && disputeStageAllowed(*a, *b);
}

const EntityDef& placementDef() {
  static const EntityDef def{
      "placement",
      "S113 placement / secondment",
      "placements",
      "ref",
      "placements.csv",
      fieldsOf<Placement>(),
      [](const RecordChecker& c, const std::string&) {
        c.differ("employer", "receiving_partner",
                 "the receiving partner must differ from the employer");
        const bool share = !c.blank("share_of_time"), days = !c.blank("days_per_week");
        if (share && days)
          c.fail("days_per_week", "give either share_of_time or days_per_week, not both");
        else if (!share && !days)
          c.fail("share_of_time",
                 "is required: give share_of_time (a percentage) or days_per_week");
        c.percentInRange("share_of_time");
        if (auto d = c.fteOf("days_per_week");
            d && (*d <= FteUnits(0) || *d > kFullTime * kStandardWorkingDays))
          c.fail("days_per_week", "must be over 0 and at most 5");
        c.endNotBeforeStart("start_date", "planned_end");
        c.endNotBeforeStart("start_date", "next_review");
        notNegativeInteger(c, "termination_notice_months");
        const auto status = c.choiceOf<PlacementStatus>("status");
        if (!status) return;
        if (*status != PlacementStatus::Proposed && c.blank("officer_consulted_on"))
          c.fail("officer_consulted_on",
                 "a placement cannot be " + toString(*status) +
                     " before the officer has been consulted: give officer_consulted_on");
        const bool terminated = *status == PlacementStatus::Terminated;
        if (terminated && c.blank("termination_reason"))
          c.fail("termination_reason", "a terminated placement needs the reason");
        if (!terminated && !c.blank("termination_reason"))
          c.fail("termination_reason", "is only given when the placement is terminated");
        if (placementFinished(*status) && c.blank("ended_on"))
          c.fail("ended_on", "an " + toString(*status) + " placement needs the date it ended");
        if (!placementFinished(*status) && !c.blank("ended_on"))
          c.fail("ended_on", "is only given once the placement has ended or been terminated");
        if (*status == PlacementStatus::Ended) c.endNotBeforeStart("start_date", "ended_on");
      }};
  return def;
}

const EntityDef& singleManagerContractDef() {
  static const EntityDef def{
      "single_manager_contract",
      "Single-manager contract",
      "single_manager_contracts",
      "ref",
      "single_manager_contracts.csv",
      fieldsOf<SingleManagerContract>(),
      [](const RecordChecker& c, const std::string&) {
        c.differ("employer", "other_partner", "the other partner must differ from the employer");
        const std::string host = c.get("host_partner");
        if (!host.empty() && host != c.get("employer") && host != c.get("other_partner"))
          c.fail("host_partner", "must be the employer or the other partner");
        splitWithin(c, "time_split", {c.get("employer"), c.get("other_partner")});
        const auto route = c.choiceOf<SingleManagerRoute>("route");
        if (route == SingleManagerRoute::EmployAndSubcontract) {
          if (c.blank("annual_fee"))
            c.fail("annual_fee",
                   "route 1 (employ and sub-contract) needs the fee the other partner pays");
          if (!c.blank("placement"))
            c.fail("placement",
                   "route 1 keeps the manager with the employer: no secondment is given");
        } else if (route == SingleManagerRoute::Secondment) {
          if (c.blank("placement"))
            c.fail("placement",
                   "route 2 (secondment) needs the placement that seconds the manager");
          if (!c.blank("annual_fee"))
            c.fail("annual_fee",
                   "a fee is for route 1 (employ and sub-contract); route 2 is recharged");
        }
        for (const char* money : {"annual_fee", "employer_budget", "other_partner_budget"})
          c.notNegativeMoney(money);
        notNegativeInteger(c, "end_notice_months");
        c.endNotBeforeStart("start_date", "end_date");
        if (c.choiceOf<SingleManagerStatus>("status") == SingleManagerStatus::Ended && c.blank("end_date"))
          c.fail("end_date", "an ended single-manager contract needs its end date");
      }};
  return def;
}

const EntityDef& jointPostDef() {
  static const EntityDef def{
      "joint_post",
      "Joint post",
      "joint_posts",
      "ref",
      "joint_posts.csv",
      fieldsOf<JointPost>(),
      [](const RecordChecker& c, const std::string&) {
        c.differ("council_partner", "nhs_partner",
                 "the council and the NHS body must be different partners");
        const std::string lead = c.get("lead_employer");
        if (!lead.empty() && lead != c.get("council_partner") && lead != c.get("nhs_partner"))
          c.fail("lead_employer", "must be the council or the NHS body of the joint post");
        splitWithin(c, "cost_share", {c.get("council_partner"), c.get("nhs_partner")});
        if (c.choiceOf<StatutoryRole>("council_statutory_role") == StatutoryRole::NhsAccountableOfficer)
          c.fail("council_statutory_role", "the NHS accountable officer is a role in the NHS body");
        const auto nhsRole = c.choiceOf<StatutoryRole>("nhs_statutory_role");
        if (nhsRole && *nhsRole != StatutoryRole::None && *nhsRole != StatutoryRole::NhsAccountableOfficer)
          c.fail("nhs_statutory_role",
                 "a council statutory office (" + toString(*nhsRole) + ") is held in the council role");
        together(c, "council_approved_by", "council_approved_on", "the council's approval");
        together(c, "nhs_approved_by", "nhs_approved_on", "the NHS body's approval");
        const auto status = c.choiceOf<JointPostStatus>("status");
        if (status == JointPostStatus::Approved || status == JointPostStatus::Active)
          for (const std::string side : {"council", "nhs"})
            if (c.blank(side + "_approved_on"))
              c.fail(side + "_approved_on",
                     "a joint post is " + toString(*status) + " only once both partners have approved it");
        c.endNotBeforeStart("start_date", "end_date");
        if (status == JointPostStatus::Ended && c.blank("end_date"))
          c.fail("end_date", "an ended joint post needs its end date");
      }};
  return def;
}

const EntityDef& structureConsultationDef() {
  static const EntityDef def{"structure_consultation",
                             "Consultation on a management-structure change",
                             "structure_consultations",
                             "ref",
                             "structure_consultations.csv",
                             fieldsOf<StructureConsultation>(),
                             [](const RecordChecker& c, const std::string&) {
                               c.endNotBeforeStart("proposed_on", "party_a_consulted_on");
                               c.endNotBeforeStart("proposed_on", "party_b_consulted_on");
                               if (c.blank("implemented_on")) return;
                               for (const std::string party : {"party_a", "party_b"}) {
                                 if (c.blank(party + "_consulted_on"))
                                   c.fail(party + "_consulted_on",
                                          "both partners must be consulted before a change to an "
                                          "S113 post's management is implemented");
                                 else
                                   c.endNotBeforeStart(party + "_consulted_on", "implemented_on");
                               }
                             }};
  return def;
}

const EntityDef& conflictOfInterestDef() {
  static const EntityDef def{
      "conflict_of_interest",
      "Conflict of interest",
      "conflicts_of_interest",
      "ref",
      "conflicts_of_interest.csv",
      fieldsOf<ConflictOfInterest>(),
      [](const RecordChecker& c, const std::string&) {
        exactlyOne(c, {"joint_post", "single_manager_contract", "placement"});
        together(c, "resolution", "resolved_on", "a resolution");
        c.endNotBeforeStart("declared_on", "resolved_on");
      }};
  return def;
}

const EntityDef& disputeDef() {
  static const EntityDef def{
      "dispute",
      "Dispute",
      "disputes",
      "ref",
      "disputes.csv",
      fieldsOf<Dispute>(),
      [](const RecordChecker& c, const std::string&) {
        exactlyOne(
            c, {"placement", "single_manager_contract", "joint_post", "structure_consultation"});
        together(c, "outcome", "resolved_on", "an outcome");
        c.endNotBeforeStart("raised_on", "stage_reached_on");
        c.endNotBeforeStart("raised_on", "resolved_on");
      }};
  return def;
}

std::vector<const EntityDef*> arrangementEntities() {
  return {&placementDef(),          &singleManagerContractDef(),
          &jointPostDef(),          &structureConsultationDef(),
          &conflictOfInterestDef(), &disputeDef()};
}

}  // namespace s113
