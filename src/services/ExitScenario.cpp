#include "services/ExitScenario.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/RechargeCatalog.h"
#include "domain/Validation.h"
#include "domain/entities/Agreement.h"
#include "domain/entities/Contract.h"
#include "domain/entities/CostSharingAgreement.h"
#include "domain/entities/JointPost.h"
#include "domain/entities/Placement.h"
#include "domain/entities/Post.h"
#include "domain/entities/RechargeAgreement.h"
#include "domain/entities/SingleManagerContract.h"
#include "services/TypedRecords.h"
#include "storage/TypedStore.h"

namespace s113 {
namespace {

// The same day `months` months earlier, clamped to the length of that month
// (31 August - 6 months = 28/29 February).
Date monthsBefore(const Date& d, int months) {
  int total = static_cast<int>(d.year()) * 12 + (static_cast<int>(d.month()) - 1) - months;
  int year = total / 12, month = total % 12 + 1;
  int last = boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
  return Date(year, month, std::min<int>(d.day(), last));
}

// A person's name, without their notes (which a reviewer reads blank).
struct PersonName {
  std::string person;
  std::string name;
};

template <class Visitor>
void describe(Visitor& v, PersonName& p) {
  v.key("ref", p.person);
  v.text("name", "Name", p.name, Required::Yes);
}

// "40%" or "2 days a week": the time a placement takes, as its record gives it.
std::string placedTimeText(const Placement& p) {
  if (p.shareOfTime) return formatPercent(*p.shareOfTime) + "%";
  return (p.daysPerWeek ? formatFte(*p.daysPerWeek) : std::string()) + " days a week";
}

bool routeOne(const SingleManagerContract& m) {
  return m.route == SingleManagerRoute::EmployAndSubcontract;
}

// Builds the scenario in named steps: the arrangements under the agreement
// that stop (each adding the person it places), the posts that revert, the
// recharges tied to any of them, and last the people with their notice.
class ScenarioBuilder {
 public:
  ScenarioBuilder(Register& reg, const std::string& agreementRef, const Date& endsOn) : reg_(reg) {
    s_.agreement = agreementRef;
    s_.endsOn = endsOn;
  }

  ExitScenario build() {
    readAgreement();
    readContractsAndNames();
    addPlacements();
    addSingleManagerContracts();
    addJointPosts();
    addRevertingPosts();
    addRecharges();
    addPeople();
    return s_;
  }

 private:
  const std::string& agreementRef() const { return s_.agreement; }
  const Date& endsOn() const { return s_.endsOn; }
  bool underAgreement(const RecordKey& agreement) const {
    return agreement.value == agreementRef();
  }

  // Still running on the end date: no end, or an end on or after it.
  bool runsOn(const OptionalDate& end) const { return !end || *end >= endsOn(); }

  void readAgreement() {
    auto agreement = latestLive<Agreement>(reg_, agreementDef(), agreementRef());
    if (!agreement) throw NotFound("agreement " + agreementRef() + " does not exist.");
    s_.title = agreement->title;
    if (endsOn() < agreement->inForceFrom)
      throw ValidationError(recordLabel(agreementDef(), agreementRef()), "in_force_from",
                            "is in force only from " + formatIso(agreement->inForceFrom) +
                                ": it cannot end on " + formatIso(endsOn()));
    s_.agreementNoticeMonths = static_cast<int>(agreement->noticeMonths);
    s_.agreementNoticeBy = monthsBefore(endsOn(), s_.agreementNoticeMonths);
  }

  void readContractsAndNames() {
    // Without the salaries (ContractTerms), so that a reviewer can run it too.
    forEachLiveView<ContractTerms>(reg_, contractDef(), [&](ContractTerms&& c) {
      const std::string key = c.ref;
      contracts_.emplace(key, std::move(c));
    });
    forEachLiveView<PersonName>(reg_, personDef(),
                                [&](PersonName&& p) { names_[p.person] = std::move(p.name); });
  }

  // The person on `contractRef`, added the first time an arrangement names it.
  AffectedPerson& affected(const RecordKey& contractRef) {
    auto& p = byContract_[contractRef.value];
    if (p.contract.empty()) {
      p.contract = contractRef.value;
      if (auto c = contracts_.find(p.contract); c != contracts_.end()) {
        p.person = c->second.person.value;
        p.staysWith = c->second.employer.value;
        p.substantivePost = c->second.post.value;
      }
      if (auto name = names_.find(p.person); name != names_.end()) p.name = name->second;
    }
    return p;
  }

  void addArrangement(AffectedPerson& person, StoppingArrangement a) {
    a.noticeBy = monthsBefore(endsOn(), a.noticeMonths);
    person.arrangements.push_back(std::move(a));
  }

  // The arrangement's own notice when it has one, else the agreement's.
  void setNotice(StoppingArrangement& a, const EntityDef& def, const OptionalInteger& ownNotice) {
    a.noticeMonths = ownNotice ? static_cast<int>(*ownNotice) : s_.agreementNoticeMonths;
    a.noticeFrom = ownNotice ? def.name : "agreement";
  }

  void addPlacements() {
    for (const auto& p : liveEntities<Placement>(reg_, placementDef(), endsOn())) {
      if (!underAgreement(p.agreement) || placementFinished(p.status) || !runsOn(p.plannedEnd))
        continue;
      stoppingPlacements_.insert(p.ref);
      s_.arrangements.push_back({"placement", p.ref, "placed with " + p.receivingPartner.value});
      addArrangement(affected(p.contract), placementArrangement(p));
    }
  }

  StoppingArrangement placementArrangement(const Placement& p) {
    StoppingArrangement a;
    a.entity = "placement";
    a.key = p.ref;
    a.description = placedTimeText(p) + " placed with " + p.receivingPartner.value + " (" +
                    toString(p.kind) + ", " + toString(p.status) + ")";
    setNotice(a, placementDef(), p.terminationNoticeMonths);
    a.returnToPost = p.returnToPost.value_or(false);
    const std::string& employer = p.employer.value;
    if (p.start > endsOn())
      a.note = "never starts: the placement was due to start " + formatIso(p.start);
    else
      a.note = a.returnToPost ? "returns to their substantive post with " + employer
                              : "no right to return to post: " + employer +
                                    " redeploys or consults under its own policies";
    return a;
  }

  void addSingleManagerContracts() {
    for (const auto& m :
         liveEntities<SingleManagerContract>(reg_, singleManagerContractDef(), endsOn())) {
      if (!underAgreement(m.agreement) || m.status == SingleManagerStatus::Ended || !runsOn(m.end))
        continue;
      stoppingManagers_.insert(m.ref);
      const std::string& other = m.otherPartner.value;
      s_.arrangements.push_back({"single_manager_contract", m.ref,
                                 routeOne(m) ? "route 1: services sub-contracted to " + other
                                             : "route 2: seconded to " + other});
      if (!m.post.empty()) revertingPosts_.insert(m.post.value);
      addArrangement(affected(m.contract), managerArrangement(m));
    }
  }

  StoppingArrangement managerArrangement(const SingleManagerContract& m) {
    const std::string &employer = m.employer.value, &other = m.otherPartner.value;
    StoppingArrangement a;
    a.entity = "single_manager_contract";
    a.key = m.ref;
    const std::string fee = m.annualFee ? formatMoney(*m.annualFee) : std::string();
    a.description = routeOne(m) ? "single manager, employed by " + employer +
                                      ", services sub-contracted to " + other + " for a fee of " +
                                      fee + " a year"
                                : "single manager seconded from " + employer + " to " + other;
    setNotice(a, singleManagerContractDef(), m.endNoticeMonths);
    a.note = "manages only " + employer + "'s services and budget; " + other +
             "'s budget returns to " + other;
    return a;
  }

  void addJointPosts() {
    for (const auto& j : liveEntities<JointPost>(reg_, jointPostDef(), endsOn())) {
      if (!underAgreement(j.agreement) || j.status == JointPostStatus::Ended || !runsOn(j.end))
        continue;
      stoppingJoint_.insert(j.ref);
      revertingPosts_.insert(j.post.value);
      s_.arrangements.push_back(
          {"joint_post", j.ref, j.councilRole + " / " + j.nhsRole + ": the joint role ends"});
      if (!j.holderContract.empty()) addJointRole(j, affected(j.holderContract));
    }
  }

  void addJointRole(const JointPost& j, AffectedPerson& person) {
    const std::string &council = j.councilPartner.value, &nhs = j.nhsPartner.value;
    const std::string& lead = j.leadEmployer.value;
    const std::string& other = lead == council ? nhs : council;
    StoppingArrangement a;
    a.entity = "joint_post";
    a.key = j.ref;
    a.description = "joint post " + j.post.value + ": " + j.councilRole + " (" + council +
                    ") and " + j.nhsRole + " (" + nhs + ")";
    a.noticeMonths = s_.agreementNoticeMonths;
    a.noticeFrom = "agreement";
    a.note = "keeps only the role with " + lead + "; the role with " + other + " ends";
    if (j.councilStatutoryRole == StatutoryRole::DASS && person.staysWith != council)
      a.note += "; no longer a council officer, so " + council + " must designate another DASS";
    addArrangement(person, std::move(a));
  }

  // Posts shared or hosted under the agreement revert to their employer, and
  // so do the posts of the single-manager contracts and joint posts that stop.
  void addRevertingPosts() {
    for (auto& p : liveEntities<Post>(reg_, postDef(), endsOn())) {
      const bool shared =
          underAgreement(p.agreement) && (p.kind != PostKind::Single || p.host != p.employer);
      if (!shared && !revertingPosts_.count(p.ref)) continue;
      if (p.status == PostStatus::Deleted) continue;
      revertingPosts_.insert(p.ref);
      s_.posts.push_back({p.ref, std::move(p.title), p.kind, p.host.value,
                          std::move(p.functionalSplit), p.employer.value});
    }
  }

  // Whether the record a recharge covers stops: an arrangement that stops, a
  // post that reverts, or the contract of a person affected.
  bool stops(CoversKind kind, const std::string& key) const {
    if (key.empty()) return false;
    switch (kind) {
      case CoversKind::Placement:
        return stoppingPlacements_.count(key) > 0;
      case CoversKind::SingleManagerContract:
        return stoppingManagers_.count(key) > 0;
      case CoversKind::JointPost:
        return stoppingJoint_.count(key) > 0;
      case CoversKind::Post:
        return revertingPosts_.count(key) > 0;
      case CoversKind::Contract:
        return byContract_.count(key) > 0;
      case CoversKind::Other:
        return false;
    }
    return false;
  }

  // Recharge and cost-sharing agreements that cover anything that stops
  // (covers_kind + covers_ref); their other references are to partners and
  // to the contract whose salary is the cost, which do not stop. One that
  // ended before the end date is left out.
  void addRecharges() {
    addRechargesOf<RechargeAgreement>(rechargeAgreementDef());
    addRechargesOf<CostSharingAgreement>(costSharingAgreementDef());
  }

  template <typename Entity>
  void addRechargesOf(const EntityDef& def) {
    for (const auto& r : liveEntities<Entity>(reg_, def, endsOn())) {
      const AgreementCost& cost = r.cost;
      if (runsOn(cost.end) && stops(cost.coversKind, cost.coversRef))
        s_.recharges.push_back(
            {def.name, r.ref, "covers " + toString(cost.coversKind) + " " + cost.coversRef});
    }
  }

  void addPeople() {
    for (auto& [contract, person] : byContract_) {
      for (const auto& a : person.arrangements)
        person.noticeMonths = std::max(person.noticeMonths, a.noticeMonths);
      person.noticeBy = monthsBefore(endsOn(), person.noticeMonths);
      s_.people.push_back(person);
    }
    std::sort(s_.people.begin(), s_.people.end(),
              [](const AffectedPerson& a, const AffectedPerson& b) { return a.person < b.person; });
  }

  Register& reg_;
  ExitScenario s_;
  std::map<std::string, ContractTerms> contracts_;
  std::map<std::string, std::string> names_;  // by person
  std::map<std::string, AffectedPerson> byContract_;
  std::set<std::string> stoppingPlacements_, stoppingManagers_, stoppingJoint_, revertingPosts_;
};

}  // namespace

ExitScenario buildExitScenario(Register& reg, const std::string& agreementRef, const Date& endsOn) {
  return ScenarioBuilder(reg, agreementRef, endsOn).build();
}

std::string exitScenarioText(const ExitScenario& s) {
  std::ostringstream out;
  out << "If agreement " << s.agreement << " (" << s.title << ") ends on " << formatIso(s.endsOn)
      << ":\n";
  out << "Notice of ending the agreement: " << s.agreementNoticeMonths << " months, to be given by "
      << formatIso(s.agreementNoticeBy) << ".\n\n";
  out << "People affected (" << s.people.size()
      << "): each stays with their employer (s113 never changes it)\n";
  for (const auto& p : s.people) {
    out << "  " << p.person << " " << p.name << ", contract " << p.contract << ": stays with "
        << p.staysWith
        << (p.substantivePost.empty() ? "" : ", substantive post " + p.substantivePost)
        << "; notice " << p.noticeMonths << " months, by " << formatIso(p.noticeBy) << "\n";
    for (const auto& a : p.arrangements)
      out << "    - " << a.entity << " " << a.key << ": " << a.description << "; " << a.note
          << " (notice " << a.noticeMonths << " months from the " << a.noticeFrom << ", by "
          << formatIso(a.noticeBy) << ")\n";
  }
  out << "\nPosts that revert to one partner (" << s.posts.size() << ")\n";
  for (const auto& p : s.posts)
    out << "  " << p.post << " " << p.title << " (" << toString(p.kind) << ", hosted by " << p.host
        << (p.functionalSplit.empty() ? "" : ", split " + formatSplit(p.functionalSplit))
        << "): reverts to " << p.revertsTo << "\n";
  out << "\nArrangements that stop (" << s.arrangements.size() << ")\n";
  for (const auto& a : s.arrangements)
    out << "  " << a.entity << " " << a.key << ": " << a.reason << "\n";
  out << "\nRecharges that stop (" << s.recharges.size() << ")\n";
  for (const auto& r : s.recharges)
    out << "  " << r.entity << " " << r.key << " (" << r.reason << ")\n";
  return out.str();
}

std::string exitScenarioJson(const ExitScenario& s) {
  using nlohmann::json;
  json people = json::array();
  for (const auto& p : s.people) {
    json arrangements = json::array();
    for (const auto& a : p.arrangements)
      arrangements.push_back({{"entity", a.entity},
                              {"key", a.key},
                              {"description", a.description},
                              {"notice_months", a.noticeMonths},
                              {"notice_from", a.noticeFrom},
                              {"notice_by", formatIso(a.noticeBy)},
                              {"return_to_post", a.returnToPost},
                              {"note", a.note}});
    people.push_back({{"person", p.person},
                      {"name", p.name},
                      {"contract", p.contract},
                      {"stays_with", p.staysWith},
                      {"substantive_post", p.substantivePost},
                      {"notice_months", p.noticeMonths},
                      {"notice_by", formatIso(p.noticeBy)},
                      {"arrangements", arrangements}});
  }
  json posts = json::array();
  for (const auto& p : s.posts)
    posts.push_back({{"post", p.post},
                     {"title", p.title},
                     {"kind", toString(p.kind)},
                     {"host", p.host},
                     {"functional_split", formatSplit(p.functionalSplit)},
                     {"reverts_to", p.revertsTo}});
  auto records = [](const std::vector<StoppingRecord>& list) {
    json out = json::array();
    for (const auto& r : list)
      out.push_back({{"entity", r.entity}, {"key", r.key}, {"reason", r.reason}});
    return out;
  };
  json doc{{"agreement", s.agreement},
           {"title", s.title},
           {"ends_on", formatIso(s.endsOn)},
           {"agreement_notice_months", s.agreementNoticeMonths},
           {"agreement_notice_by", formatIso(s.agreementNoticeBy)},
           {"people", people},
           {"posts", posts},
           {"arrangements", records(s.arrangements)},
           {"recharges", records(s.recharges)}};
  return doc.dump(2) + "\n";
}

}  // namespace s113
