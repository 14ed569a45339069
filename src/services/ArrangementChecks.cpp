#include "services/ArrangementChecks.h"

#include "services/Attention.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Partner.h"
#include "domain/entities/Person.h"
#include "storage/Locks.h"
#include "services/StoredValues.h"
#include "services/TypedRecords.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

boost::optional<Record> liveRecord(Register& reg, const EntityDef& def, const std::string& key) {
  if (key.empty()) return boost::none;
  auto v = VersionStore(reg, def).latest(key);
  if (!v || v->deleted) return boost::none;
  return v->fields;
}

// The field holding a placement's last day: the day it ended (ended or
// terminated), else its planned end.
std::string placementEndField(const Record& p) {
  return placementFinished(valueOf(p, "status")) ? "ended_on" : "planned_end";
}

// A placement's last day; none when open-ended.
OptionalDate placementEnd(const Record& p) { return dateIn(p, placementEndField(p)); }

// The days a placement takes time from its contract: start to its last day;
// open when that is not known.
boost::optional<Period> placementPeriod(const Record& p) {
  auto start = dateIn(p, "start_date");
  if (!start) return boost::none;
  OptionalDate end = placementEnd(p);
  Date last = end ? *end : kOpenEnd;
  if (last < *start) return boost::none;  // withdrawn before it started
  return Period{*start, last};
}

// The date rules below are shared by the check of an arrangement and the
// re-check of the arrangements of an edited contract or agreement, so that
// the two directions cannot disagree.

// `start` falls before `first`; an unknown date never does.
bool startsBefore(const OptionalDate& start, const OptionalDate& first) {
  return start && first && *start < *first;
}

// Something ending on `end` (none: open-ended) goes on after `last`, the
// day a contract ends: a placement of a fixed-term contract must end with it.
bool endsAfter(const OptionalDate& end, const OptionalDate& last) {
  return last && (!end || *end > *last);
}

// Something running from `start` to `end` (none: open-ended) goes on after
// `last`, the day an agreement stops being in force: it must lie wholly inside.
bool outlasts(const OptionalDate& start, const OptionalDate& end, const OptionalDate& last) {
  return last && ((start && *start > *last) || !end || *end > *last);
}

// "2014-04-01 to 2015-03-31" / "from 2014-04-01 with no end".
std::string runText(const OptionalDate& start, const OptionalDate& end) {
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
void checkEmployerOfContract(Register& reg, const Record& r, Problems& problems) {
  auto contract = latestLive<Contract>(reg, contractDef(), valueOf(r, "contract"));
  if (!contract) return;
  const std::string& employer = contract->employer.value;
  if (valueOf(r, "employer") != employer)
    problems.add("employer", "is " + valueOf(r, "employer") + " but contract " +
                                 valueOf(r, "contract") + " is employed by " + employer +
                                 ": under s113 the employer never changes");
}

// Both partners are the parties of the agreement, and [start, end] lies inside
// the period it is in force.
void checkAgreement(Register& reg, const Record& r, const std::string& partnerA,
                    const std::string& partnerB, const std::string& partnerBField,
                    const OptionalDate& end, const std::string& endField, Problems& problems) {
  const std::string ref = valueOf(r, "agreement");
  auto agreement = liveRecord(reg, agreementDef(), ref);
  if (!agreement) return;
  std::set<std::string> parties{valueOf(*agreement, "party_a"), valueOf(*agreement, "party_b")};
  if (!partnerA.empty() && !parties.count(partnerA))
    problems.add("employer", partnerA + " is not a party to agreement " + ref);
  if (!partnerB.empty() && !parties.count(partnerB))
    problems.add(partnerBField, partnerB + " is not a party to agreement " + ref);
  auto from = dateIn(*agreement, "in_force_from"), to = dateIn(*agreement, "in_force_to");
  auto start = dateIn(r, "start_date");
  if (startsBefore(start, from))
    problems.add("start_date", "starts " + formatIso(*start) + ", before agreement " + ref +
                                   " is in force (from " + formatIso(*from) + ")");
  if (outlasts(start, end, to)) {
    if (start && *start > *to)
      problems.add("start_date", "starts " + formatIso(*start) + ", after agreement " + ref +
                                     " ends (" + formatIso(*to) + ")");
    else if (!end)
      problems.add(endField, "agreement " + ref + " is in force only until " + formatIso(*to) +
                                 ": give an end on or before that date");
    else
      problems.add(endField, "ends " + formatIso(*end) + ", after agreement " + ref + " ends (" +
                                 formatIso(*to) + ")");
  }
}

bool holdsDass(Register& reg, const Record& jointPost) {
  if (valueOf(jointPost, "council_statutory_role") == "DASS") return true;
  auto post = liveRecord(reg, postDef(), valueOf(jointPost, "post"));
  return post && valueOf(*post, "statutory_role") == "DASS";
}

// Placements (newest versions) of a contract.
std::vector<StoredVersion> placementsOf(Register& reg, const std::string& contract) {
  std::vector<StoredVersion> out;
  VersionStore store(reg, placementDef());
  for (const auto& key : store.liveKeysWhere("contract", contract))
    if (auto v = store.latest(key)) out.push_back(*v);
  return out;
}

// The FTE of a contract on each day: the version in force that day (the
// highest version whose valid_from is on or before it; before the first
// valid_from, the first version). A placement made when the contract was
// larger is measured against what it was then, not against a later cut.
class ContractFte {
 public:
  ContractFte(Register& reg, const std::string& contract) {
    for (const auto& v : VersionStore(reg, contractDef()).history(contract)) add(v);
  }
  ContractFte() = default;
  // The next version of the contract's history (oldest first).
  void add(const StoredVersion& v) {
    if (!v.deleted) versions_.push_back({v.version, v.validFrom, fteIn(v.fields, "fte")});
  }
  // One FTE for every day (a contract edit's new FTE from its valid_from).
  explicit ContractFte(FteUnits fte) { versions_.push_back({1, Date(1900, 1, 1), fte}); }

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
// placement itself (a share of time scales with the contract's FTE that day).
struct Commitment {
  Commitment(std::string placement, Period when, const Record& placementFields)
      : key(std::move(placement)), period(when), time(placedTimeOf(placementFields)) {}
  std::string key;
  Period period;
  Record time;  // placedTimeOf: a check of the whole register holds every committed placement
  FteUnits fteOn(const ContractFte& contract, const Date& day) const {
    return placedFte(time, contract.on(day));
  }
};

// The committed placements of `contract` other than `except`.
std::vector<Commitment> commitmentsOf(Register& reg, const std::string& contract,
                                      const std::string& except) {
  std::vector<Commitment> out;
  for (const auto& p : placementsOf(reg, contract)) {
    if (p.key == except || !placementCommitted(valueOf(p.fields, "status"))) continue;
    if (auto period = placementPeriod(p.fields)) out.push_back({p.key, *period, p.fields});
  }
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

// The key of a committed, unfinished placement of `contract` at `council`'s
// disposal, leaving out `except`; "" when there is none.
std::string placementAtDisposal(Register& reg, const std::string& contract,
                                const std::string& council, const std::string& except) {
  for (const auto& p : placementsOf(reg, contract)) {
    if (p.key == except) continue;
    const std::string status = valueOf(p.fields, "status");
    if (valueOf(p.fields, "receiving_partner") == council && placementCommitted(status) &&
        !placementFinished(status))
      return p.key;
  }
  return "";
}

void checkPlacement(Register& reg, const Edit& edit) {
  const Record& r = edit.fields;
  Problems problems(*edit.def, edit.key);
  const std::string status = valueOf(r, "status");
  auto before = edit.baseVersion > 0 ? liveRecord(reg, placementDef(), edit.key) : boost::none;
  const std::string oldStatus = before ? valueOf(*before, "status") : "";
  if (before && !placementTransitionAllowed(oldStatus, status)) {
    std::string next;
    for (const auto& s : placementNextStatuses(oldStatus)) next += (next.empty() ? "" : ", ") + s;
    problems.add("status", "cannot move from " + oldStatus + " to " + status + " (from " +
                               oldStatus +
                               (next.empty() ? " it is final" : " it moves to " + next) + ")");
  }
  checkEmployerOfContract(reg, r, problems);
  OptionalDate end = placementEnd(r);
  checkAgreement(reg, r, valueOf(r, "employer"), valueOf(r, "receiving_partner"),
                 "receiving_partner", end, placementEndField(r), problems);

  auto contract = latestLive<Contract>(reg, contractDef(), valueOf(r, "contract"));
  if (contract) {
    const OptionalDate cStart = contract->start, cEnd = contract->end, start = dateIn(r, "start_date");
    if (startsBefore(start, cStart))
      problems.add("start_date", "starts " + formatIso(*start) + ", before contract " +
                                     valueOf(r, "contract") + " starts (" + formatIso(*cStart) +
                                     ")");
    if (endsAfter(end, cEnd))
      problems.add(placementEndField(r),
                   (end ? "ends " + formatIso(*end) + ", after" : "has no end, but") + " contract " +
                       valueOf(r, "contract") + " ends (" + formatIso(*cEnd) + ")");
  }

  // A contract's committed placements never exceed its FTE on any day.
  auto own = placementPeriod(r);
  if (contract && own && placementCommitted(status)) {
    const ContractFte contractFte(reg, valueOf(r, "contract"));
    const auto others = commitmentsOf(reg, valueOf(r, "contract"), edit.key);
    auto all = others;
    all.push_back({edit.key, *own, r});
    // Only the days this placement runs: it is not to blame for the others.
    if (auto day = firstDayOver(all, contractFte, *own)) {
      std::string with;
      for (const auto& o : runningOn(others, *day))
        with += (with.empty() ? "" : ", ") + o.key + " (" + fteText(o.fteOn(contractFte, *day)) + ")";
      auto person = latestLive<Person>(reg, personDef(), contract->person.value);
      problems.add(valueOf(r, "share_of_time").empty() ? "days_per_week" : "share_of_time",
                   "with " + (with.empty() ? std::string("no other placement") : with) + ", " +
                       contract->person.value +
                       (person ? " (" + person->name + ")" : "") +
                       " would be placed for " +
                       fteText(totalFte(runningOn(all, *day), contractFte, *day)) + " on " +
                       formatIso(*day) + ", more than the " + fteText(contractFte.on(*day)) +
                       " of contract " + valueOf(r, "contract"));
    }
  }

  // Ending the placement that makes an NHS employee the council's DASS.
  if (before && placementFinished(status) && !placementFinished(oldStatus)) {
    const std::string contractRef = valueOf(r, "contract");
    VersionStore joint(reg, jointPostDef());
    for (const auto& key : joint.liveKeysWhere("holder_contract", contractRef)) {
      auto jp = joint.latest(key);
      if (!jp || valueOf(jp->fields, "status") == "ended" || !holdsDass(reg, jp->fields)) continue;
      const std::string council = valueOf(jp->fields, "council_partner");
      if (contract && contract->employer.value == council) continue;
      if (placementAtDisposal(reg, contractRef, council, edit.key).empty())
        problems.add("status", "joint post " + key +
                                   " holds the DASS role through this placement: ending it would "
                                   "leave the holder no longer a council officer (end or change "
                                   "the joint post first)");
    }
  }
  problems.throwIfAny();
}

void checkSingleManagerContract(Register& reg, const Edit& edit) {
  const Record& r = edit.fields;
  Problems problems(*edit.def, edit.key);
  checkEmployerOfContract(reg, r, problems);
  checkAgreement(reg, r, valueOf(r, "employer"), valueOf(r, "other_partner"), "other_partner",
                 dateIn(r, "end_date"), "end_date", problems);
  if (auto placement = liveRecord(reg, placementDef(), valueOf(r, "placement"))) {
    if (valueOf(*placement, "contract") != valueOf(r, "contract"))
      problems.add("placement", "placement " + valueOf(r, "placement") + " seconds contract " +
                                    valueOf(*placement, "contract") +
                                    ", not the manager's contract " + valueOf(r, "contract"));
    if (valueOf(*placement, "receiving_partner") != valueOf(r, "other_partner"))
      problems.add("placement", "placement " + valueOf(r, "placement") +
                                    " places the manager with " +
                                    valueOf(*placement, "receiving_partner") +
                                    ", not with the other partner " + valueOf(r, "other_partner"));
  }
  problems.throwIfAny();
}

void checkJointPost(Register& reg, const Edit& edit) {
  const Record& r = edit.fields;
  Problems problems(*edit.def, edit.key);
  const std::string council = valueOf(r, "council_partner"), nhs = valueOf(r, "nhs_partner");
  if (auto p = latestLive<Partner>(reg, partnerDef(), council); p && p->kind != PartnerKind::Council)
    problems.add("council_partner", council + " is not a council");
  if (auto p = latestLive<Partner>(reg, partnerDef(), nhs); p && p->kind != PartnerKind::Nhs)
    problems.add("nhs_partner", nhs + " is not an NHS body");
  checkAgreement(reg, r, "", council, "council_partner", dateIn(r, "end_date"), "end_date",
                 problems);
  if (auto agreement = liveRecord(reg, agreementDef(), valueOf(r, "agreement"))) {
    std::set<std::string> parties{valueOf(*agreement, "party_a"), valueOf(*agreement, "party_b")};
    if (!nhs.empty() && !parties.count(nhs))
      problems.add("nhs_partner", nhs + " is not a party to agreement " + valueOf(r, "agreement"));
  }
  const std::string holder = valueOf(r, "holder_contract");
  auto contract = latestLive<Contract>(reg, contractDef(), holder);
  if (contract) {
    const std::string& employer = contract->employer.value;
    if (employer != valueOf(r, "lead_employer"))
      problems.add("lead_employer", "is " + valueOf(r, "lead_employer") +
                                        " but the holder's contract " + holder +
                                        " is employed by " + employer);
    if (holdsDass(reg, r) && employer != council &&
        placementAtDisposal(reg, holder, council, "").empty())
      problems.add("holder_contract",
                   "the DASS must remain a council officer: contract " + holder +
                       " is employed by " + employer + " and is not placed at " + council +
                       "'s disposal under s113 (record an agreed placement first)");
  }
  problems.throwIfAny();
}

void checkStructureConsultation(Register& reg, const Edit& edit) {
  const Record& r = edit.fields;
  Problems problems(*edit.def, edit.key);
  if (auto post = liveRecord(reg, postDef(), valueOf(r, "post"))) {
    if (valueOf(*post, "kind") == "single")
      problems.add("post",
                   "post " + valueOf(r, "post") + " is a single-employer post, not an S113 post");
    const std::string agreement = valueOf(*post, "agreement");
    if (!agreement.empty() && agreement != valueOf(r, "agreement"))
      problems.add("agreement", "post " + valueOf(r, "post") + " is under agreement " + agreement);
  }
  problems.throwIfAny();
}

void checkDispute(Register& reg, const Edit& edit) {
  if (edit.baseVersion == 0) return;
  auto before = liveRecord(reg, disputeDef(), edit.key);
  if (!before) return;
  const std::string from = valueOf(*before, "stage"), to = valueOf(edit.fields, "stage");
  if (!disputeStageAllowed(from, to)) {
    Problems problems(*edit.def, edit.key);
    problems.add(
        "stage",
        "cannot move from " + from + " to " + to +
            ": a dispute escalates one stage at a time (joint_hr_group -> joint_committee -> "
            "chief_executives -> arbitration) and never back");
    problems.throwIfAny();
  }
}

// The re-checks of an edited contract or agreement: the rules above, seen
// from the record the arrangements depend on, each refusal naming the edited
// field and the arrangement it would break.

// Whether the edit changes any of `fields` of the stored record. Only such an
// edit is re-checked, so a record whose arrangements were already out of line
// can still be corrected in other ways. A new record has nothing depending on
// it yet.
bool changes(Register& reg, const Edit& edit, std::initializer_list<const char*> fields) {
  auto stored = liveRecord(reg, *edit.def, edit.key);
  if (!stored) return false;
  for (const char* field : fields)
    if (valueOf(*stored, field) != valueOf(edit.fields, field)) return true;
  return false;
}

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
void recheckContractFte(Register& reg, const Edit& edit, Problems& problems) {
  const FteUnits fte = fteIn(edit.fields, "fte");
  const ContractFte contract(fte);
  const auto all = commitmentsOf(reg, edit.key, "");
  if (auto day = firstDayOver(all, contract, Period{edit.validFrom, kOpenEnd}))
    problems.add("fte", commitText(runningOn(all, *day), contract, *day) + " from " +
                            formatIso(*day) + "; the contract would have " + fteText(fte));
}

// The contract's new start and end must still hold every placement of it.
void recheckContractPeriod(Register& reg, const Edit& edit, Problems& problems) {
  auto first = dateIn(edit.fields, "start_date"), last = dateIn(edit.fields, "end_date");
  for (const auto& p : placementsOf(reg, edit.key)) {
    const std::string name = recordLabel(placementDef(), p.key);
    auto start = dateIn(p.fields, "start_date"), end = placementEnd(p.fields);
    if (startsBefore(start, first))
      problems.add("start_date", name + " starts " + formatIso(start) +
                                     "; the contract would start " + formatIso(first));
    if (endsAfter(end, last))
      problems.add("end_date", name + " runs " + runText(start, end) + "; the contract would end " +
                                   formatIso(last));
  }
}

// An arrangement made under an agreement, with the days it runs.
struct UnderAgreement {
  std::string name;
  OptionalDate start, end;
};

// The live arrangements that name `agreement` and must lie inside the period
// it is in force (as checkAgreement requires of each).
std::vector<UnderAgreement> arrangementsUnder(Register& reg, const std::string& agreement) {
  std::vector<UnderAgreement> out;
  for (const EntityDef* def : {&placementDef(), &singleManagerContractDef(), &jointPostDef()}) {
    VersionStore store(reg, *def);
    for (const auto& key : store.liveKeysWhere("agreement", agreement)) {
      auto v = store.latest(key);
      if (!v) continue;
      OptionalDate end =
          def == &placementDef() ? placementEnd(v->fields) : dateIn(v->fields, "end_date");
      out.push_back({recordLabel(*def, key), dateIn(v->fields, "start_date"), end});
    }
  }
  return out;
}

// The agreement's new period in force must still hold every arrangement under it.
void recheckAgreementPeriod(Register& reg, const Edit& edit, Problems& problems) {
  auto from = dateIn(edit.fields, "in_force_from"), to = dateIn(edit.fields, "in_force_to");
  for (const auto& a : arrangementsUnder(reg, edit.key)) {
    if (startsBefore(a.start, from))
      problems.add("in_force_from", a.name + " starts " + formatIso(a.start) +
                                        "; the agreement would be in force only from " +
                                        formatIso(from));
    if (outlasts(a.start, a.end, to))
      problems.add("in_force_to", a.name + " runs " + runText(a.start, a.end) +
                                      "; the agreement would end " + formatIso(to));
  }
}

// A contract's new employer must still be the employer of every
// arrangement that depends on it: under s113 the employer never changes.
void recheckContractEmployer(Register& reg, const Edit& edit, Problems& problems) {
  const std::string employer = valueOf(edit.fields, "employer");
  struct Use {
    const EntityDef* def;
    const char* refField;
    const char* employerField;
  };
  for (const Use& use : {Use{&placementDef(), "contract", "employer"},
                         Use{&singleManagerContractDef(), "contract", "employer"},
                         Use{&jointPostDef(), "holder_contract", "lead_employer"}}) {
    VersionStore store(reg, *use.def);
    for (const auto& key : store.liveKeysWhere(use.refField, edit.key)) {
      auto v = store.latest(key);
      if (!v || valueOf(v->fields, use.employerField) == employer) continue;
      problems.add("employer", recordLabel(*use.def, key) + " has " + use.employerField + " " +
                                   valueOf(v->fields, use.employerField) +
                                   ": under s113 the employer never changes (end the "
                                   "arrangement, or make a new contract)");
    }
  }
}

// The partners an arrangement names that must be parties to its agreement.
std::vector<std::string> partnersNamedBy(const EntityDef& def, const Record& r) {
  if (&def == &placementDef()) return {valueOf(r, "employer"), valueOf(r, "receiving_partner")};
  if (&def == &singleManagerContractDef()) return {valueOf(r, "employer"), valueOf(r, "other_partner")};
  return {valueOf(r, "council_partner"), valueOf(r, "nhs_partner")};
}

// An agreement's new parties must still include every partner an
// arrangement under it names.
void recheckAgreementParties(Register& reg, const Edit& edit, Problems& problems) {
  std::set<std::string> parties{valueOf(edit.fields, "party_a"), valueOf(edit.fields, "party_b")};
  auto stored = liveRecord(reg, agreementDef(), edit.key);
  const bool aChanged = !stored || valueOf(*stored, "party_a") != valueOf(edit.fields, "party_a");
  for (const EntityDef* def : {&placementDef(), &singleManagerContractDef(), &jointPostDef()}) {
    VersionStore store(reg, *def);
    for (const auto& key : store.liveKeysWhere("agreement", edit.key)) {
      auto v = store.latest(key);
      if (!v) continue;
      for (const auto& partner : partnersNamedBy(*def, v->fields))
        if (!partner.empty() && !parties.count(partner))
          problems.add(aChanged ? "party_a" : "party_b",
                       recordLabel(*def, key) + " names " + partner +
                           ", which would no longer be a party to the agreement");
    }
  }
}

}  // namespace

void lockWhatArrangementRulesRead(Register& reg, const Edit& edit) {
  if (!edit.def) return;
  const Record& r = edit.fields;
  // Always in this order (agreements, contracts, placements), so that two
  // writers never wait for each other the other way round.
  if (edit.def == &agreementDef()) lockForCheck(reg, agreementDef(), edit.key);
  if (edit.def == &placementDef() || edit.def == &singleManagerContractDef() ||
      edit.def == &jointPostDef())
    lockForCheck(reg, agreementDef(), valueOf(r, "agreement"));
  if (edit.def == &contractDef()) lockForCheck(reg, contractDef(), edit.key);
  if (edit.def == &placementDef() || edit.def == &singleManagerContractDef())
    lockForCheck(reg, contractDef(), valueOf(r, "contract"));
  if (edit.def == &jointPostDef()) lockForCheck(reg, contractDef(), valueOf(r, "holder_contract"));
  if (edit.def == &singleManagerContractDef())
    lockForCheck(reg, placementDef(), valueOf(r, "placement"));
}

// The whole register at once, in three reads whatever its size: every live
// placement (grouped by contract), the FTE history of every contract a
// placement names, and the live contracts' keys; then each contract's
// change days in memory (what commitmentsOf and ContractFte read per
// contract for a single edit).
std::vector<std::string> overCommittedContracts(Register& reg) {
  std::map<std::string, std::vector<Commitment>> byContract;
  // Only what placementPeriod and placedTimeOf read: the other columns are
  // most of a placement row, and SOCI converts every column it is sent.
  VersionStore(reg, placementDef(), {"contract", "share_of_time", "days_per_week", "start_date", "planned_end",
                                     "status", "ended_on"})
      .forEachLatestLive([&](const StoredVersion& p) {
    if (!placementCommitted(valueOf(p.fields, "status"))) return;
    if (auto period = placementPeriod(p.fields))
      byContract[valueOf(p.fields, "contract")].push_back({p.key, *period, p.fields});
  });
  std::map<std::string, ContractFte> ftes;
  VersionStore(reg, contractDef(), {"fte"})
      .forEachVersionOf("SELECT contract FROM " + placementDef().versionsTable(),
                        [&](const StoredVersion& v) { ftes[v.key].add(v); });
  std::vector<std::string> errors;
  VersionStore(reg, contractDef(), {}).forEachLatestLive([&](const StoredVersion& c) {
    auto all = byContract.find(c.key);
    if (all == byContract.end()) return;
    const ContractFte& fte = ftes[c.key];
    if (auto day = firstDayOver(all->second, fte, Period{Date(1900, 1, 1), kOpenEnd}))
      errors.push_back(recordLabel(contractDef(), c.key) + ": fte: " +
                       commitText(runningOn(all->second, *day), fte, *day) + " on " + formatIso(*day) +
                       ", more than the contract's " + fteText(fte.on(*day)));
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
  if (!edit.def) return;
  Problems problems(*edit.def, edit.key);
  if (edit.def == &contractDef()) {
    if (changes(reg, edit, {"fte"})) recheckContractFte(reg, edit, problems);
    if (changes(reg, edit, {"start_date", "end_date"})) recheckContractPeriod(reg, edit, problems);
    if (changes(reg, edit, {"employer"})) recheckContractEmployer(reg, edit, problems);
  } else if (edit.def == &agreementDef()) {
    if (changes(reg, edit, {"in_force_from", "in_force_to"}))
      recheckAgreementPeriod(reg, edit, problems);
    if (changes(reg, edit, {"party_a", "party_b"})) recheckAgreementParties(reg, edit, problems);
  }
  problems.throwIfAny();
}

std::vector<std::string> arrangementWarningsAsOf(Register& reg, const Date& asOf) {
  std::vector<std::string> warnings;
  for (const auto& w : needsAttention(reg, asOf))
    if (w.entity == placementDef().name || w.entity == agreementDef().name)
      warnings.push_back(w.text());
  return warnings;
}

}  // namespace s113
