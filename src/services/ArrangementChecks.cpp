#include "services/ArrangementChecks.h"

#include <algorithm>
#include <map>
#include <optional>

#include "domain/ArrangementLifecycle.h"
#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "domain/entities/Agreement.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Dispute.h"
#include "domain/entities/JointPost.h"
#include "domain/entities/Partner.h"
#include "domain/entities/Person.h"
#include "domain/entities/Placement.h"
#include "domain/entities/Post.h"
#include "domain/entities/SingleManagerContract.h"
#include "domain/entities/StructureConsultation.h"
#include "services/Attention.h"
#include "services/TypedRecords.h"
#include "storage/Locks.h"
#include "storage/TypedStore.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

// The last day of an arrangement with no end date.
const Date kOpenEnd(9999, 12, 31);

// What the FTE rule reads of each version of a contract.
struct ContractFteVersion {
  std::string ref;
  FteUnits fte{0};
};

template <class Visitor>
void describe(Visitor& v, ContractFteVersion& c) {
  v.key("ref", c.ref);
  v.fte("fte", "FTE", c.fte);
}

// The live record `ref` names, as an Entity or a view of it; none when it
// names none (without a query) or the record is deleted.
template <typename Entity>
std::optional<Entity> liveRef(Register& reg, const EntityDef& def, const RecordKey& ref) {
  if (ref.empty()) return std::nullopt;
  return latestLive<Entity>(reg, def, ref.value);
}

// The placement rules below read a Placement or a PlacementTime alike.

// The field holding a placement's last day: the day it ended (ended or
// terminated), else its planned end.
template <class P>
const char* placementEndField(const P& p) {
  return placementFinished(p.status) ? "ended_on" : "planned_end";
}

// A placement's last day; none when open-ended.
template <class P>
const OptionalDate& placementEnd(const P& p) {
  return placementFinished(p.status) ? p.endedOn : p.plannedEnd;
}

// The days a placement takes time from its contract: start to its last day,
// open-ended to kOpenEnd; none when it was withdrawn before it started.
template <class P>
boost::optional<Period> placementPeriod(const P& p) {
  const Date last = placementEnd(p).value_or(kOpenEnd);
  if (last < p.start) return boost::none;
  return Period{p.start, last};
}

// The date rules below are shared by the check of an arrangement and the
// re-check of the arrangements of an edited contract or agreement, so that
// the two directions cannot disagree.

// Something ending on `end` (none: open-ended) goes on after `last`, the
// day a contract ends: a placement of a fixed-term contract must end with it.
bool endsAfter(const OptionalDate& end, const OptionalDate& last) {
  return last && (!end || *end > *last);
}

// Something running from `start` to `end` (none: open-ended) goes on after
// `last`, the day an agreement stops being in force: it must lie wholly inside.
bool outlasts(const Date& start, const OptionalDate& end, const OptionalDate& last) {
  return last && (start > *last || !end || *end > *last);
}

// "2014-04-01 to 2015-03-31" / "from 2014-04-01 with no end".
std::string runText(const Date& start, const OptionalDate& end) {
  return end ? formatIso(start) + " to " + formatIso(*end)
             : "from " + formatIso(start) + " with no end";
}

std::string fteText(FteUnits fte) { return formatFte(fte) + " FTE"; }

// Collects problems, thrown together at the end.
class Problems {
 public:
  Problems(const EntityDef& def, const std::string& key) : name_(recordLabel(def, key)) {}
  void add(const std::string& field, const std::string& message) {
    errors_.emplace_back(name_, field, message);
  }
  void throwIfAny() {
    if (!errors_.empty()) throw ValidationErrors(std::move(errors_));
  }

 private:
  std::string name_;
  std::vector<ValidationError> errors_;
};

// The employer of the contract is the employer of the arrangement.
void checkEmployerOfContract(const std::optional<ContractTerms>& contract,
                             const RecordKey& employer, Problems& problems) {
  if (!contract || employer == contract->employer) return;
  problems.add("employer", "is " + employer.value + " but contract " + contract->ref +
                               " is employed by " + contract->employer.value +
                               ": under s113 the employer never changes");
}

// `partner`, named in `field`, is a party to the agreement.
void checkParty(const Agreement& agreement, const RecordKey& partner, const std::string& field,
                Problems& problems) {
  if (!partner.empty() && partner != agreement.partyA && partner != agreement.partyB)
    problems.add(field, partner.value + " is not a party to agreement " + agreement.ref);
}

// [start, end] lies inside the period the agreement is in force; `endField`
// holds `end`.
void checkInForce(const Agreement& agreement, const Date& start, const OptionalDate& end,
                  const std::string& endField, Problems& problems) {
  const std::string& ref = agreement.ref;
  const OptionalDate& to = agreement.inForceTo;
  if (start < agreement.inForceFrom)
    problems.add("start_date", "starts " + formatIso(start) + ", before agreement " + ref +
                                   " is in force (from " + formatIso(agreement.inForceFrom) + ")");
  if (!outlasts(start, end, to)) return;
  if (start > *to)
    problems.add("start_date", "starts " + formatIso(start) + ", after agreement " + ref +
                                   " ends (" + formatIso(*to) + ")");
  else if (!end)
    problems.add(endField, "agreement " + ref + " is in force only until " + formatIso(*to) +
                               ": give an end on or before that date");
  else
    problems.add(endField, "ends " + formatIso(*end) + ", after agreement " + ref + " ends (" +
                               formatIso(*to) + ")");
}

// The council statutory role of the joint post, or that of its post, is the DASS.
bool holdsDass(Register& reg, const JointPost& jointPost) {
  if (jointPost.councilStatutoryRole == StatutoryRole::DASS) return true;
  auto post = liveRef<Post>(reg, postDef(), jointPost.post);
  return post && post->statutoryRole == StatutoryRole::DASS;
}

// The live placements of a contract (newest versions), in key order.
std::vector<Placement> placementsOf(Register& reg, const std::string& contract) {
  return liveWhere<Placement>(reg, placementDef(), "contract", contract);
}

// The FTE of a contract on each day: the version in force that day (the
// highest version whose valid_from is on or before it; before the first
// valid_from, the first version). A placement made when the contract was
// larger is measured against what it was then, not against a later cut.
class ContractFte {
 public:
  // (history(), not a row read, so that an import's read-ahead can answer it.)
  ContractFte(Register& reg, const std::string& contract) {
    for (const auto& v : fteStore(reg).history(contract))
      if (!v.deleted)
        versions_.push_back({v.version, v.validFrom,
                             fromValues<ContractFteVersion>(contractDef(), v.key, v.fields,
                                                            recordLabel(contractDef(), v.key)).fte});
  }
  ContractFte() = default;
  // One FTE for every day (a contract edit's new FTE from its valid_from).
  explicit ContractFte(FteUnits fte) { versions_.push_back({1, Date(1900, 1, 1), fte}); }

  // Reads only the FTE of the contract versions (ContractFteVersion).
  static VersionStore fteStore(Register& reg) {
    return VersionStore(reg, contractDef(),
                        viewFieldNames(contractDef(), fieldsOf<ContractFteVersion>()));
  }
  // The next version of the contract's history (oldest first), a row of fteStore's.
  void add(const StoredVersion& v, const soci::row& row, std::size_t firstField) {
    if (v.deleted) return;
    versions_.push_back({v.version, v.validFrom,
                         readRow<ContractFteVersion>(row, firstField, contractDef(), v.key).fte});
  }

  FteUnits on(const Date& day) const {
    const Step* best = nullptr;
    for (const auto& step : versions_)
      if (step.validFrom <= day && (!best || step.version > best->version)) best = &step;
    if (!best && !versions_.empty()) best = &versions_.front();
    return best ? best->fte : FteUnits(0);
  }
  // The days the FTE may change.
  std::vector<Date> changeDays() const {
    std::vector<Date> days;
    for (const auto& step : versions_) days.push_back(step.validFrom);
    return days;
  }

 private:
  struct Step {
    int version;
    Date validFrom;
    FteUnits fte;
  };
  std::vector<Step> versions_;
};

// A committed placement's claim on its contract: the days it runs and the
// time it takes (a share of time scales with the contract's FTE that day).
struct Commitment {
  std::string key;
  Period period;
  OptionalBasisPoints shareOfTime;
  OptionalFte daysPerWeek;
  FteUnits fteOn(const ContractFte& contract, const Date& day) const {
    return placedFte(shareOfTime, daysPerWeek, contract.on(day));
  }
};

// A placement's claim on its contract; none when it is not committed or was
// withdrawn before it started.
template <class P>
boost::optional<Commitment> commitmentOf(const P& p) {
  if (!placementCommitted(p.status)) return boost::none;
  auto period = placementPeriod(p);
  if (!period) return boost::none;
  return Commitment{p.ref, *period, p.shareOfTime, p.daysPerWeek};
}

std::vector<Commitment> commitmentsOf(const std::vector<Placement>& placements) {
  std::vector<Commitment> out;
  for (const auto& p : placements)
    if (auto c = commitmentOf(p)) out.push_back(std::move(*c));
  return out;
}

std::vector<Commitment> runningOn(const std::vector<Commitment>& all, const Date& day) {
  std::vector<Commitment> out;
  for (const auto& c : all)
    if (c.period.contains(day)) out.push_back(c);
  return out;
}

FteUnits totalFte(const std::vector<Commitment>& all, const ContractFte& contract,
                  const Date& day) {
  FteUnits total{0};
  for (const auto& c : all) total += c.fteOn(contract, day);
  return total;
}

// The first day in `window` on which `all` add up to more than the contract's
// FTE that day. The total only rises on a day a placement starts and the FTE
// only falls on a day a contract version takes effect, so only those days and
// the window's first need trying.
boost::optional<Date> firstDayOver(const std::vector<Commitment>& all, const ContractFte& contract,
                                   const Period& window) {
  std::vector<Date> days{window.first};
  for (const auto& c : all)
    if (window.contains(c.period.first)) days.push_back(c.period.first);
  for (const auto& day : contract.changeDays())
    if (window.contains(day)) days.push_back(day);
  std::sort(days.begin(), days.end());
  for (const auto& day : days)
    if (totalFte(runningOn(all, day), contract, day) > contract.on(day)) return day;
  return boost::none;
}

// One of `placements` is committed, unfinished and places the person at
// `council`'s disposal.
bool placedAtDisposalOf(const std::vector<Placement>& placements, const RecordKey& council) {
  return std::any_of(placements.begin(), placements.end(), [&](const Placement& p) {
    return p.receivingPartner == council && placementCommitted(p.status) &&
           !placementFinished(p.status);
  });
}

// A placement only moves along its lifecycle.
void checkStatusMove(PlacementStatus from, PlacementStatus to, Problems& problems) {
  if (placementTransitionAllowed(from, to)) return;
  std::string next;
  for (auto s : placementNextStatuses(from)) next += (next.empty() ? "" : ", ") + toString(s);
  problems.add("status", "cannot move from " + toString(from) + " to " + toString(to) + " (from " +
                             toString(from) +
                             (next.empty() ? " it is final" : " it moves to " + next) + ")");
}

// The placement lies inside its contract.
void checkInsideContract(const Placement& p, const ContractTerms& contract, Problems& problems) {
  if (p.start < contract.start)
    problems.add("start_date", "starts " + formatIso(p.start) + ", before contract " +
                                   contract.ref + " starts (" + formatIso(contract.start) + ")");
  const OptionalDate& end = placementEnd(p);
  if (endsAfter(end, contract.end))
    problems.add(placementEndField(p),
                 (end ? "ends " + formatIso(*end) + ", after" : "has no end, but") +
                     std::string(" contract ") + contract.ref + " ends (" +
                     formatIso(*contract.end) + ")");
}

// A contract's committed placements, `own` (the edited placement `p`'s) and
// those of `others`, never exceed its FTE on any day `p` runs: it is not to
// blame for days it does not.
void checkFteOfContract(Register& reg, const Placement& p, const Commitment& own,
                        const ContractTerms& contract, const std::vector<Placement>& others,
                        Problems& problems) {
  const ContractFte contractFte(reg, contract.ref);
  const auto otherCommitments = commitmentsOf(others);
  auto all = otherCommitments;
  all.push_back(own);
  auto day = firstDayOver(all, contractFte, own.period);
  if (!day) return;
  std::string with;
  for (const auto& o : runningOn(otherCommitments, *day))
    with += (with.empty() ? "" : ", ") + o.key + " (" + fteText(o.fteOn(contractFte, *day)) + ")";
  auto person = liveRef<Person>(reg, personDef(), contract.person);
  problems.add(p.shareOfTime ? "share_of_time" : "days_per_week",
               "with " + (with.empty() ? std::string("no other placement") : with) + ", " +
                   contract.person.value + (person ? " (" + person->name + ")" : "") +
                   " would be placed for " +
                   fteText(totalFte(runningOn(all, *day), contractFte, *day)) + " on " +
                   formatIso(*day) + ", more than the " + fteText(contractFte.on(*day)) +
                   " of contract " + contract.ref);
}

// Ending the placement that makes an NHS employee the council's DASS: some
// joint post on the contract still needs the holder to be a council officer.
void checkDassStaysCouncilOfficer(Register& reg, const Placement& p,
                                  const std::optional<ContractTerms>& contract,
                                  const std::vector<Placement>& others, Problems& problems) {
  for (const auto& jp :
       liveWhere<JointPost>(reg, jointPostDef(), "holder_contract", p.contract.value)) {
    if (jp.status == JointPostStatus::Ended || !holdsDass(reg, jp)) continue;
    if (contract && contract->employer == jp.councilPartner) continue;
    if (!placedAtDisposalOf(others, jp.councilPartner))
      problems.add("status", "joint post " + jp.ref +
                                 " holds the DASS role through this placement: ending it would "
                                 "leave the holder no longer a council officer (end or change "
                                 "the joint post first)");
  }
}

void checkPlacement(Register& reg, const Edit& edit) {
  const auto p = editedAs<Placement>(edit);
  Problems problems(*edit.def, edit.key);
  const auto before =
      edit.baseVersion > 0 ? latestLive<Placement>(reg, placementDef(), edit.key) : std::nullopt;
  if (before) checkStatusMove(before->status, p.status, problems);
  const auto contract = liveRef<ContractTerms>(reg, contractDef(), p.contract);
  checkEmployerOfContract(contract, p.employer, problems);
  if (auto agreement = liveRef<Agreement>(reg, agreementDef(), p.agreement)) {
    checkParty(*agreement, p.employer, "employer", problems);
    checkParty(*agreement, p.receivingPartner, "receiving_partner", problems);
    checkInForce(*agreement, p.start, placementEnd(p), placementEndField(p), problems);
  }
  if (contract) checkInsideContract(p, *contract, problems);
  // The FTE rule (for a committed placement of a live contract) and the DASS
  // rule (for a placement finishing) read the contract's other placements:
  // once, and only when one of them applies.
  const auto own = contract ? commitmentOf(p) : boost::none;
  const bool finishing =
      before && placementFinished(p.status) && !placementFinished(before->status);
  if (own || finishing) {
    std::vector<Placement> others = placementsOf(reg, p.contract.value);
    others.erase(std::remove_if(others.begin(), others.end(),
                                [&](const Placement& o) { return o.ref == p.ref; }),
                 others.end());
    if (own) checkFteOfContract(reg, p, *own, *contract, others, problems);
    if (finishing) checkDassStaysCouncilOfficer(reg, p, contract, others, problems);
  }
  problems.throwIfAny();
}

void checkSingleManagerContract(Register& reg, const Edit& edit) {
  const auto s = editedAs<SingleManagerContract>(edit);
  Problems problems(*edit.def, edit.key);
  checkEmployerOfContract(liveRef<ContractTerms>(reg, contractDef(), s.contract), s.employer,
                          problems);
  if (auto agreement = liveRef<Agreement>(reg, agreementDef(), s.agreement)) {
    checkParty(*agreement, s.employer, "employer", problems);
    checkParty(*agreement, s.otherPartner, "other_partner", problems);
    checkInForce(*agreement, s.start, s.end, "end_date", problems);
  }
  if (auto placement = liveRef<Placement>(reg, placementDef(), s.placement)) {
    if (placement->contract != s.contract)
      problems.add("placement", "placement " + s.placement.value + " seconds contract " +
                                    placement->contract.value + ", not the manager's contract " +
                                    s.contract.value);
    if (placement->receivingPartner != s.otherPartner)
      problems.add("placement", "placement " + s.placement.value + " places the manager with " +
                                    placement->receivingPartner.value +
                                    ", not with the other partner " + s.otherPartner.value);
  }
  problems.throwIfAny();
}

void checkJointPost(Register& reg, const Edit& edit) {
  const auto j = editedAs<JointPost>(edit);
  Problems problems(*edit.def, edit.key);
  const RecordKey& council = j.councilPartner;
  if (auto p = liveRef<Partner>(reg, partnerDef(), council); p && p->kind != PartnerKind::Council)
    problems.add("council_partner", council.value + " is not a council");
  if (auto p = liveRef<Partner>(reg, partnerDef(), j.nhsPartner); p && p->kind != PartnerKind::Nhs)
    problems.add("nhs_partner", j.nhsPartner.value + " is not an NHS body");
  if (auto agreement = liveRef<Agreement>(reg, agreementDef(), j.agreement)) {
    checkParty(*agreement, council, "council_partner", problems);
    checkInForce(*agreement, j.start, j.end, "end_date", problems);
    checkParty(*agreement, j.nhsPartner, "nhs_partner", problems);
  }
  if (auto contract = liveRef<ContractTerms>(reg, contractDef(), j.holderContract)) {
    const RecordKey& employer = contract->employer;
    if (employer != j.leadEmployer)
      problems.add("lead_employer", "is " + j.leadEmployer.value + " but the holder's contract " +
                                        contract->ref + " is employed by " + employer.value);
    if (holdsDass(reg, j) && employer != council &&
        !placedAtDisposalOf(placementsOf(reg, contract->ref), council))
      problems.add("holder_contract",
                   "the DASS must remain a council officer: contract " + contract->ref +
                       " is employed by " + employer.value + " and is not placed at " +
                       council.value + "'s disposal under s113 (record an agreed placement first)");
  }
  problems.throwIfAny();
}

void checkStructureConsultation(Register& reg, const Edit& edit) {
  const auto sc = editedAs<StructureConsultation>(edit);
  Problems problems(*edit.def, edit.key);
  if (auto post = liveRef<Post>(reg, postDef(), sc.post)) {
    if (post->kind == PostKind::Single)
      problems.add("post",
                   "post " + sc.post.value + " is a single-employer post, not an S113 post");
    if (!post->agreement.empty() && post->agreement != sc.agreement)
      problems.add("agreement",
                   "post " + sc.post.value + " is under agreement " + post->agreement.value);
  }
  problems.throwIfAny();
}

void checkDispute(Register& reg, const Edit& edit) {
  if (edit.baseVersion == 0) return;
  auto before = latestLive<Dispute>(reg, disputeDef(), edit.key);
  if (!before) return;
  const auto d = editedAs<Dispute>(edit);
  if (disputeStageAllowed(before->stage, d.stage)) return;
  Problems problems(*edit.def, edit.key);
  problems.add(
      "stage",
      "cannot move from " + toString(before->stage) + " to " + toString(d.stage) +
          ": a dispute escalates one stage at a time (joint_hr_group -> joint_committee -> "
          "chief_executives -> arbitration) and never back");
  problems.throwIfAny();
}

// The re-checks of an edited contract or agreement: the rules above, seen
// from the record the arrangements depend on, each refusal naming the edited
// field and the arrangement it would break. Only an edit that changes the
// fields a rule reads is re-checked by it, so a record whose arrangements
// were already out of line can still be corrected in other ways. A new
// record has nothing depending on it yet.

// "placement PL-1 commits 0.6 FTE" / "placements PL-1 (0.3 FTE), PL-2 (0.4 FTE) commit 0.7 FTE".
std::string commitText(const std::vector<Commitment>& running, const ContractFte& contract,
                       const Date& day) {
  if (running.size() == 1)
    return recordLabel(placementDef(), running[0].key) + " commits " +
           fteText(running[0].fteOn(contract, day));
  std::string list;
  for (const auto& c : running)
    list += (list.empty() ? "" : ", ") + c.key + " (" + fteText(c.fteOn(contract, day)) + ")";
  return "placements " + list + " commit " + fteText(totalFte(running, contract, day));
}

// The contract's new FTE must hold its committed placements. It applies from
// the day the edit takes effect: placements that finished before then drew on
// the FTE the contract had at the time.
void recheckContractFte(const ContractTerms& contract, const Date& validFrom,
                        const std::vector<Placement>& placements, Problems& problems) {
  const ContractFte fte(contract.fte);
  const auto all = commitmentsOf(placements);
  if (auto day = firstDayOver(all, fte, Period{validFrom, kOpenEnd}))
    problems.add("fte", commitText(runningOn(all, *day), fte, *day) + " from " + formatIso(*day) +
                            "; the contract would have " + fteText(contract.fte));
}

// The contract's new start and end must still hold every placement of it.
void recheckContractPeriod(const ContractTerms& contract, const std::vector<Placement>& placements,
                           Problems& problems) {
  for (const auto& p : placements) {
    const std::string name = recordLabel(placementDef(), p.ref);
    const OptionalDate& end = placementEnd(p);
    if (p.start < contract.start)
      problems.add("start_date", name + " starts " + formatIso(p.start) +
                                     "; the contract would start " + formatIso(contract.start));
    if (endsAfter(end, contract.end))
      problems.add("end_date", name + " runs " + runText(p.start, end) +
                                   "; the contract would end " + formatIso(contract.end));
  }
}

// The employer an arrangement names, which must be its contract's: the
// arrangement, the field and the partner.
struct EmployerNamed {
  std::string name;
  const char* field;
  RecordKey employer;
};

EmployerNamed employerNamedBy(const Placement& p) {
  return {recordLabel(placementDef(), p.ref), "employer", p.employer};
}
EmployerNamed employerNamedBy(const SingleManagerContract& s) {
  return {recordLabel(singleManagerContractDef(), s.ref), "employer", s.employer};
}
EmployerNamed employerNamedBy(const JointPost& j) {
  return {recordLabel(jointPostDef(), j.ref), "lead_employer", j.leadEmployer};
}

void refuseOtherEmployer(const EmployerNamed& named, const RecordKey& employer,
                         Problems& problems) {
  if (named.employer == employer) return;
  problems.add(
      "employer",
      named.name + " has " + named.field + " " + named.employer.value +
          ": under s113 the employer never changes (end the arrangement, or make a new contract)");
}

// A contract's new employer must still be the employer of every
// arrangement that depends on it: under s113 the employer never changes.
void recheckContractEmployer(Register& reg, const ContractTerms& contract,
                             const std::vector<Placement>& placements, Problems& problems) {
  for (const auto& p : placements)
    refuseOtherEmployer(employerNamedBy(p), contract.employer, problems);
  for (const auto& s :
       liveWhere<SingleManagerContract>(reg, singleManagerContractDef(), "contract", contract.ref))
    refuseOtherEmployer(employerNamedBy(s), contract.employer, problems);
  for (const auto& j : liveWhere<JointPost>(reg, jointPostDef(), "holder_contract", contract.ref))
    refuseOtherEmployer(employerNamedBy(j), contract.employer, problems);
}

void recheckContract(Register& reg, const Edit& edit) {
  const auto stored = latestLive<ContractTerms>(reg, contractDef(), edit.key);
  if (!stored) return;
  const auto contract = editedAs<ContractTerms>(edit);
  const bool fteChanged = contract.fte != stored->fte;
  const bool periodChanged = contract.start != stored->start || contract.end != stored->end;
  const bool employerChanged = contract.employer != stored->employer;
  if (!fteChanged && !periodChanged && !employerChanged) return;
  const auto placements = placementsOf(reg, edit.key);
  Problems problems(*edit.def, edit.key);
  if (fteChanged) recheckContractFte(contract, edit.validFrom, placements, problems);
  if (periodChanged) recheckContractPeriod(contract, placements, problems);
  if (employerChanged) recheckContractEmployer(reg, contract, placements, problems);
  problems.throwIfAny();
}

// An arrangement made under an agreement: the days it runs, which must lie
// inside the period the agreement is in force, and the partners it names,
// which must be parties to it (as checkParty and checkInForce require of each).
struct UnderAgreement {
  std::string name;
  Date start;
  OptionalDate end;
  std::vector<RecordKey> partners;
};

UnderAgreement underAgreement(const Placement& p) {
  return {recordLabel(placementDef(), p.ref),
          p.start,
          placementEnd(p),
          {p.employer, p.receivingPartner}};
}
UnderAgreement underAgreement(const SingleManagerContract& s) {
  return {
      recordLabel(singleManagerContractDef(), s.ref), s.start, s.end, {s.employer, s.otherPartner}};
}
UnderAgreement underAgreement(const JointPost& j) {
  return {recordLabel(jointPostDef(), j.ref), j.start, j.end, {j.councilPartner, j.nhsPartner}};
}

template <typename Entity>
void addUnder(Register& reg, const EntityDef& def, const std::string& agreement,
              std::vector<UnderAgreement>& out) {
  for (const auto& e : liveWhere<Entity>(reg, def, "agreement", agreement))
    out.push_back(underAgreement(e));
}

// The live arrangements that name `agreement`: placements, single-manager
// contracts, joint posts.
std::vector<UnderAgreement> arrangementsUnder(Register& reg, const std::string& agreement) {
  std::vector<UnderAgreement> out;
  addUnder<Placement>(reg, placementDef(), agreement, out);
  addUnder<SingleManagerContract>(reg, singleManagerContractDef(), agreement, out);
  addUnder<JointPost>(reg, jointPostDef(), agreement, out);
  return out;
}

// The agreement's new period in force must still hold every arrangement under it.
void recheckAgreementPeriod(const Agreement& agreement, const std::vector<UnderAgreement>& under,
                            Problems& problems) {
  const Date& from = agreement.inForceFrom;
  const OptionalDate& to = agreement.inForceTo;
  for (const auto& a : under) {
    if (a.start < from)
      problems.add("in_force_from", a.name + " starts " + formatIso(a.start) +
                                        "; the agreement would be in force only from " +
                                        formatIso(from));
    if (outlasts(a.start, a.end, to))
      problems.add("in_force_to", a.name + " runs " + runText(a.start, a.end) +
                                      "; the agreement would end " + formatIso(to));
  }
}

// An agreement's new parties must still include every partner an
// arrangement under it names; the refusal names party_a when that changed.
void recheckAgreementParties(const Agreement& agreement, bool partyAChanged,
                             const std::vector<UnderAgreement>& under, Problems& problems) {
  for (const auto& a : under)
    for (const auto& partner : a.partners)
      if (!partner.empty() && partner != agreement.partyA && partner != agreement.partyB)
        problems.add(partyAChanged ? "party_a" : "party_b",
                     a.name + " names " + partner.value +
                         ", which would no longer be a party to the agreement");
}

void recheckAgreement(Register& reg, const Edit& edit) {
  const auto stored = latestLive<Agreement>(reg, agreementDef(), edit.key);
  if (!stored) return;
  const auto agreement = editedAs<Agreement>(edit);
  const bool periodChanged =
      agreement.inForceFrom != stored->inForceFrom || agreement.inForceTo != stored->inForceTo;
  const bool partyAChanged = agreement.partyA != stored->partyA;
  const bool partiesChanged = partyAChanged || agreement.partyB != stored->partyB;
  if (!periodChanged && !partiesChanged) return;
  const auto under = arrangementsUnder(reg, edit.key);
  Problems problems(*edit.def, edit.key);
  if (periodChanged) recheckAgreementPeriod(agreement, under, problems);
  if (partiesChanged) recheckAgreementParties(agreement, partyAChanged, under, problems);
  problems.throwIfAny();
}

// The locks for an edit of each arrangement: its agreement, then its
// contract, then the placement it names.
void lockReadBy(Register& reg, const Placement& p) {
  lockForCheck(reg, agreementDef(), p.agreement.value);
  lockForCheck(reg, contractDef(), p.contract.value);
}
void lockReadBy(Register& reg, const SingleManagerContract& s) {
  lockForCheck(reg, agreementDef(), s.agreement.value);
  lockForCheck(reg, contractDef(), s.contract.value);
  lockForCheck(reg, placementDef(), s.placement.value);
}
void lockReadBy(Register& reg, const JointPost& j) {
  lockForCheck(reg, agreementDef(), j.agreement.value);
  lockForCheck(reg, contractDef(), j.holderContract.value);
}

}  // namespace

void lockWhatArrangementRulesRead(Register& reg, const Edit& edit) {
  if (!edit.def) return;
  // Always in this order (agreements, contracts, placements), so that two
  // writers never wait for each other the other way round.
  if (edit.def == &agreementDef())
    lockForCheck(reg, agreementDef(), edit.key);
  else if (edit.def == &contractDef())
    lockForCheck(reg, contractDef(), edit.key);
  else if (edit.def == &placementDef())
    lockReadBy(reg, editedAs<Placement>(edit));
  else if (edit.def == &singleManagerContractDef())
    lockReadBy(reg, editedAs<SingleManagerContract>(edit));
  else if (edit.def == &jointPostDef())
    lockReadBy(reg, editedAs<JointPost>(edit));
}

// The whole register at once, in three reads whatever its size: every live
// placement's time (grouped by contract), the FTE history of every contract
// a placement names, and the live contracts' keys; then each contract's
// change days in memory (what commitmentsOf and ContractFte read per
// contract for a single edit).
std::vector<std::string> overCommittedContracts(Register& reg) {
  std::map<std::string, std::vector<Commitment>> byContract;
  forEachLiveView<PlacementTime>(reg, placementDef(), [&](PlacementTime&& p) {
    if (auto c = commitmentOf(p)) byContract[p.contract.value].push_back(std::move(*c));
  });
  std::map<std::string, ContractFte> ftes;
  ContractFte::fteStore(reg).forEachVersionRowOf(
      "SELECT contract FROM " + placementDef().versionsTable(),
      [&](StoredVersion& v, const soci::row& row, std::size_t firstField) {
        ftes[v.key].add(v, row, firstField);
      });
  std::vector<std::string> errors;
  VersionStore(reg, contractDef(), {}).forEachLatestLive([&](const StoredVersion& c) {
    auto all = byContract.find(c.key);
    if (all == byContract.end()) return;
    const ContractFte& fte = ftes[c.key];
    if (auto day = firstDayOver(all->second, fte, Period{Date(1900, 1, 1), kOpenEnd}))
      errors.push_back(recordLabel(contractDef(), c.key) +
                       ": fte: " + commitText(runningOn(all->second, *day), fte, *day) + " on " +
                       formatIso(*day) + ", more than the contract's " + fteText(fte.on(*day)));
  });
  return errors;
}

void checkArrangementEdit(Register& reg, const Edit& edit) {
  if (!edit.def) return;
  if (edit.def == &placementDef())
    checkPlacement(reg, edit);
  else if (edit.def == &singleManagerContractDef())
    checkSingleManagerContract(reg, edit);
  else if (edit.def == &jointPostDef())
    checkJointPost(reg, edit);
  else if (edit.def == &structureConsultationDef())
    checkStructureConsultation(reg, edit);
  else if (edit.def == &disputeDef())
    checkDispute(reg, edit);
}

void checkDependentArrangements(Register& reg, const Edit& edit) {
  if (edit.def == &contractDef())
    recheckContract(reg, edit);
  else if (edit.def == &agreementDef())
    recheckAgreement(reg, edit);
}

std::vector<std::string> arrangementWarningsAsOf(Register& reg, const Date& asOf) {
  std::vector<std::string> warnings;
  for (const auto& w : needsAttention(reg, asOf))
    if (w.entity == placementDef().name || w.entity == agreementDef().name)
      warnings.push_back(w.text());
  return warnings;
}

}  // namespace s113
