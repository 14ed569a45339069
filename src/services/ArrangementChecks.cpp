#include "services/ArrangementChecks.h"

#include <map>
#include <set>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

const Date kOpenEnd(9999, 12, 31);

boost::optional<Record> liveRecord(Register& reg, const EntityDef& def, const std::string& key) {
  if (key.empty()) return boost::none;
  auto v = VersionStore(reg, def).latest(key);
  if (!v || v->deleted) return boost::none;
  return v->fields;
}

OptionalDate dateIn(const Record& record, const std::string& field) {
  try {
    return parseOptionalIsoDate(valueOf(record, field));
  } catch (...) {
    return boost::none;
  }
}

FteUnits fteIn(const Record& record, const std::string& field) {
  try {
    return parseFte(valueOf(record, field));
  } catch (...) {
    return 0;
  }
}

// The days a placement takes time from its contract: start to the day it
// ended (ended or terminated) or its planned end; open when neither is known.
boost::optional<Period> placementPeriod(const Record& p) {
  auto start = dateIn(p, "start_date");
  if (!start) return boost::none;
  OptionalDate end =
      placementFinished(valueOf(p, "status")) ? dateIn(p, "ended_on") : dateIn(p, "planned_end");
  Date last = end ? *end : kOpenEnd;
  if (last < *start) return boost::none;  // withdrawn before it started
  return Period{*start, last};
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
  auto contract = liveRecord(reg, contractDef(), valueOf(r, "contract"));
  if (!contract) return;
  const std::string employer = valueOf(*contract, "employer");
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
  if (start && from && *start < *from)
    problems.add("start_date", "starts " + formatIso(*start) + ", before agreement " + ref +
                                   " is in force (from " + formatIso(*from) + ")");
  if (to) {
    if (start && *start > *to)
      problems.add("start_date", "starts " + formatIso(*start) + ", after agreement " + ref +
                                     " ends (" + formatIso(*to) + ")");
    else if (!end)
      problems.add(endField, "agreement " + ref + " is in force only until " + formatIso(*to) +
                                 ": give an end on or before that date");
    else if (*end > *to)
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
  OptionalDate end = placementFinished(status) ? dateIn(r, "ended_on") : dateIn(r, "planned_end");
  checkAgreement(reg, r, valueOf(r, "employer"), valueOf(r, "receiving_partner"),
                 "receiving_partner", end, placementFinished(status) ? "ended_on" : "planned_end",
                 problems);

  auto contract = liveRecord(reg, contractDef(), valueOf(r, "contract"));
  if (contract) {
    auto cStart = dateIn(*contract, "start_date"), cEnd = dateIn(*contract, "end_date"),
         start = dateIn(r, "start_date");
    if (cStart && start && *start < *cStart)
      problems.add("start_date", "starts " + formatIso(*start) + ", before contract " +
                                     valueOf(r, "contract") + " starts (" + formatIso(*cStart) +
                                     ")");
    if (cEnd && end && *end > *cEnd)
      problems.add(placementFinished(status) ? "ended_on" : "planned_end",
                   "ends " + formatIso(*end) + ", after contract " + valueOf(r, "contract") +
                       " ends (" + formatIso(*cEnd) + ")");
  }

  // A contract's committed placements never exceed its FTE on any day.
  auto own = placementPeriod(r);
  if (contract && own && placementCommitted(status)) {
    const FteUnits contractFte = fteIn(*contract, "fte");
    struct Other {
      std::string key;
      Period period;
      FteUnits fte;
    };
    std::vector<Other> others;
    for (const auto& p : placementsOf(reg, valueOf(r, "contract"))) {
      if (p.key == edit.key || !placementCommitted(valueOf(p.fields, "status"))) continue;
      if (auto period = placementPeriod(p.fields))
        others.push_back({p.key, *period, placedFte(p.fields, contractFte)});
    }
    std::vector<Date> days{own->first};
    for (const auto& o : others)
      if (own->contains(o.period.first)) days.push_back(o.period.first);
    for (const auto& day : days) {
      FteUnits total = placedFte(r, contractFte);
      std::string with;
      for (const auto& o : others)
        if (o.period.contains(day)) {
          total += o.fte;
          with += (with.empty() ? "" : ", ") + o.key + " (" + fteText(o.fte) + ")";
        }
      if (total > contractFte) {
        auto person = liveRecord(reg, personDef(), valueOf(*contract, "person"));
        problems.add(valueOf(r, "share_of_time").empty() ? "days_per_week" : "share_of_time",
                     "with " + (with.empty() ? std::string("no other placement") : with) + ", " +
                         valueOf(*contract, "person") +
                         (person ? " (" + valueOf(*person, "name") + ")" : "") +
                         " would be placed for " + fteText(total) + " on " + formatIso(day) +
                         ", more than the " + fteText(contractFte) + " of contract " +
                         valueOf(r, "contract"));
        break;
      }
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
      if (contract && valueOf(*contract, "employer") == council) continue;
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
  if (auto p = liveRecord(reg, partnerDef(), council); p && valueOf(*p, "kind") != "council")
    problems.add("council_partner", council + " is not a council");
  if (auto p = liveRecord(reg, partnerDef(), nhs); p && valueOf(*p, "kind") != "nhs")
    problems.add("nhs_partner", nhs + " is not an NHS body");
  checkAgreement(reg, r, "", council, "council_partner", dateIn(r, "end_date"), "end_date",
                 problems);
  if (auto agreement = liveRecord(reg, agreementDef(), valueOf(r, "agreement"))) {
    std::set<std::string> parties{valueOf(*agreement, "party_a"), valueOf(*agreement, "party_b")};
    if (!nhs.empty() && !parties.count(nhs))
      problems.add("nhs_partner", nhs + " is not a party to agreement " + valueOf(r, "agreement"));
  }
  const std::string holder = valueOf(r, "holder_contract");
  auto contract = liveRecord(reg, contractDef(), holder);
  if (contract) {
    const std::string employer = valueOf(*contract, "employer");
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

}  // namespace

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

std::vector<std::string> arrangementWarningsAsOf(Register& reg, const Date& asOf) {
  std::vector<std::string> warnings;
  for (const auto& p : VersionStore(reg, placementDef()).allLatestLive()) {
    const Record& r = p.fields;
    const std::string name = recordLabel(placementDef(), p.key);
    if (placementFinished(valueOf(r, "status"))) continue;
    auto start = dateIn(r, "start_date"), planned = dateIn(r, "planned_end"),
         review = dateIn(r, "next_review");
    if (valueOf(r, "kind") == "secondment" && start) {
      if (!planned)
        warnings.push_back(
            name +
            ": planned_end: a secondment with no planned end (secondments beyond 2 years "
            "should be reviewed)");
      else if (*planned >= *start + boost::gregorian::years(2))
        warnings.push_back(name + ": planned_end: secondment planned beyond 2 years (" +
                           formatIso(*start) + " to " + formatIso(*planned) + ")");
    }
    if (planned && *planned < asOf)
      warnings.push_back(name + ": planned_end: planned to end " + formatIso(*planned) +
                         " but still " + valueOf(r, "status") +
                         " (record that it ended, or extend it)");
    if (review && *review < asOf)
      warnings.push_back(name + ": next_review: the review date " + formatIso(*review) +
                         " has passed");
  }
  for (const auto& a : VersionStore(reg, agreementDef()).allLatestLive()) {
    auto review = dateIn(a.fields, "next_review"), to = dateIn(a.fields, "in_force_to");
    if (review && *review < asOf && (!to || *to >= asOf))
      warnings.push_back(recordLabel(agreementDef(), a.key) +
                         ": next_review: the annual review due " + formatIso(*review) +
                         " is overdue");
  }
  return warnings;
}

}  // namespace s113
