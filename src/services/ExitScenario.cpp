#include "services/ExitScenario.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "storage/VersionStore.h"

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

// Stored records were validated when saved, so a value that does not parse
// means the register was changed outside the program: say which record and
// field rather than guess.
int integerIn(const EntityDef& def, const std::string& key, const Record& r,
              const std::string& field, int fallback) {
  const std::string v = valueOf(r, field);
  if (v.empty()) return fallback;
  try {
    return std::stoi(v);
  } catch (const std::exception&) {
    throw ValidationError(recordLabel(def, key), field, "holds \"" + v + "\", not a whole number");
  }
}

OptionalDate dateIn(const EntityDef& def, const std::string& key, const Record& r,
                    const std::string& field) {
  try {
    return parseOptionalIsoDate(valueOf(r, field));
  } catch (const std::exception&) {
    throw ValidationError(recordLabel(def, key), field,
                          "holds \"" + valueOf(r, field) + "\", not a date");
  }
}

std::map<std::string, Record> latestByKey(Register& reg, const EntityDef& def) {
  std::map<std::string, Record> out;
  for (auto& v : VersionStore(reg, def).allLatestLive()) out[v.key] = v.fields;
  return out;
}

// Builds the scenario in named steps: the arrangements under the agreement
// that stop (each adding the person it places), the posts that revert, the
// recharges tied to any of them, and last the people with their notice.
class ScenarioBuilder {
 public:
  ScenarioBuilder(Register& reg, const std::string& agreementRef, const Date& endsOn)
      : reg_(reg), when_{endsOn, boost::none} {
    s_.agreement = agreementRef;
    s_.endsOn = endsOn;
  }

  ExitScenario build() {
    readAgreement();
    contracts_ = latestByKey(reg_, contractDef());
    people_ = latestByKey(reg_, personDef());
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

  // Still running on the end date: not finished and not ended before it.
  bool runsOn(const EntityDef& def, const std::string& key, const Record& r,
              const std::string& endField) const {
    auto end = dateIn(def, key, r, endField);
    return !end || *end >= endsOn();
  }

  void readAgreement() {
    auto agreement = VersionStore(reg_, agreementDef()).latest(agreementRef());
    if (!agreement || agreement->deleted)
      throw NotFound("agreement " + agreementRef() + " does not exist.");
    const Record& r = agreement->fields;
    s_.title = valueOf(r, "title");
    if (auto from = dateIn(agreementDef(), agreementRef(), r, "in_force_from");
        from && endsOn() < *from)
      throw ValidationError(recordLabel(agreementDef(), agreementRef()), "in_force_from",
                            "is in force only from " + formatIso(*from) +
                                ": it cannot end on " + formatIso(endsOn()));
    s_.agreementNoticeMonths = integerIn(agreementDef(), agreementRef(), r, "notice_months", 0);
    s_.agreementNoticeBy = monthsBefore(endsOn(), s_.agreementNoticeMonths);
  }

  AffectedPerson& affected(const std::string& contractRef) {
    auto& p = byContract_[contractRef];
    if (p.contract.empty()) {
      p.contract = contractRef;
      const Record& c = contracts_[contractRef];
      p.person = valueOf(c, "person");
      p.name = valueOf(people_[p.person], "name");
      p.staysWith = valueOf(c, "employer");
      p.substantivePost = valueOf(c, "post");
    }
    return p;
  }

  void addArrangement(AffectedPerson& person, StoppingArrangement a) {
    a.noticeBy = monthsBefore(endsOn(), a.noticeMonths);
    person.arrangements.push_back(std::move(a));
  }

  // The arrangement's own notice when it has one, else the agreement's.
  void setNotice(StoppingArrangement& a, const EntityDef& def, const Record& r,
                 const std::string& noticeField) {
    const bool own = !valueOf(r, noticeField).empty();
    a.noticeMonths = own ? integerIn(def, a.key, r, noticeField, 0) : s_.agreementNoticeMonths;
    a.noticeFrom = own ? def.name : "agreement";
  }

  void addPlacements() {
    for (const auto& v : VersionStore(reg_, placementDef()).asAt(when_)) {
      const Record& r = v.fields;
      if (valueOf(r, "agreement") != agreementRef() || placementFinished(valueOf(r, "status")))
        continue;
      if (!runsOn(placementDef(), v.key, r, "planned_end")) continue;
      stoppingPlacements_.insert(v.key);
      s_.arrangements.push_back(
          {"placement", v.key, "placed with " + valueOf(r, "receiving_partner")});
      addArrangement(affected(valueOf(r, "contract")), placementArrangement(v.key, r));
    }
  }

  StoppingArrangement placementArrangement(const std::string& key, const Record& r) {
    StoppingArrangement a;
    a.entity = "placement";
    a.key = key;
    std::string share = valueOf(r, "share_of_time").empty()
                            ? valueOf(r, "days_per_week") + " days a week"
                            : valueOf(r, "share_of_time") + "%";
    a.description = share + " placed with " + valueOf(r, "receiving_partner") + " (" +
                    valueOf(r, "kind") + ", " + valueOf(r, "status") + ")";
    setNotice(a, placementDef(), r, "termination_notice_months");
    a.returnToPost = valueOf(r, "return_to_post") == "true";
    auto start = dateIn(placementDef(), key, r, "start_date");
    if (start && *start > endsOn())
      a.note = "never starts: the placement was due to start " + formatIso(*start);
    else
      a.note = a.returnToPost ? "returns to their substantive post with " + valueOf(r, "employer")
                              : "no right to return to post: " + valueOf(r, "employer") +
                                    " redeploys or consults under its own policies";
    return a;
  }

  void addSingleManagerContracts() {
    const EntityDef& def = singleManagerContractDef();
    for (const auto& v : VersionStore(reg_, def).asAt(when_)) {
      const Record& r = v.fields;
      if (valueOf(r, "agreement") != agreementRef() || valueOf(r, "status") == "ended" ||
          !runsOn(def, v.key, r, "end_date"))
        continue;
      stoppingManagers_.insert(v.key);
      const bool route1 = valueOf(r, "route") == "employ_and_subcontract";
      s_.arrangements.push_back(
          {"single_manager_contract", v.key,
           route1 ? "route 1: services sub-contracted to " + valueOf(r, "other_partner")
                  : "route 2: seconded to " + valueOf(r, "other_partner")});
      if (!valueOf(r, "post").empty()) revertingPosts_.insert(valueOf(r, "post"));
      StoppingArrangement a;
      a.entity = "single_manager_contract";
      a.key = v.key;
      a.description = route1 ? "single manager, employed by " + valueOf(r, "employer") +
                                   ", services sub-contracted to " + valueOf(r, "other_partner") +
                                   " for a fee of " + valueOf(r, "annual_fee") + " a year"
                             : "single manager seconded from " + valueOf(r, "employer") + " to " +
                                   valueOf(r, "other_partner");
      setNotice(a, def, r, "end_notice_months");
      a.note = "manages only " + valueOf(r, "employer") + "'s services and budget; " +
               valueOf(r, "other_partner") + "'s budget returns to " + valueOf(r, "other_partner");
      addArrangement(affected(valueOf(r, "contract")), std::move(a));
    }
  }

  void addJointPosts() {
    const EntityDef& def = jointPostDef();
    for (const auto& v : VersionStore(reg_, def).asAt(when_)) {
      const Record& r = v.fields;
      if (valueOf(r, "agreement") != agreementRef() || valueOf(r, "status") == "ended" ||
          !runsOn(def, v.key, r, "end_date"))
        continue;
      stoppingJoint_.insert(v.key);
      revertingPosts_.insert(valueOf(r, "post"));
      s_.arrangements.push_back(
          {"joint_post", v.key,
           valueOf(r, "council_role") + " / " + valueOf(r, "nhs_role") + ": the joint role ends"});
      const std::string holder = valueOf(r, "holder_contract");
      if (!holder.empty()) addJointRole(v.key, r, affected(holder));
    }
  }

  void addJointRole(const std::string& key, const Record& r, AffectedPerson& person) {
    const std::string lead = valueOf(r, "lead_employer");
    const std::string other = lead == valueOf(r, "council_partner") ? valueOf(r, "nhs_partner")
                                                                    : valueOf(r, "council_partner");
    StoppingArrangement a;
    a.entity = "joint_post";
    a.key = key;
    a.description = "joint post " + valueOf(r, "post") + ": " + valueOf(r, "council_role") + " (" +
                    valueOf(r, "council_partner") + ") and " + valueOf(r, "nhs_role") + " (" +
                    valueOf(r, "nhs_partner") + ")";
    a.noticeMonths = s_.agreementNoticeMonths;
    a.noticeFrom = "agreement";
    a.note = "keeps only the role with " + lead + "; the role with " + other + " ends";
    if (valueOf(r, "council_statutory_role") == "DASS" &&
        person.staysWith != valueOf(r, "council_partner"))
      a.note += "; no longer a council officer, so " + valueOf(r, "council_partner") +
                " must designate another DASS";
    addArrangement(person, std::move(a));
  }

  // Posts shared or hosted under the agreement revert to their employer.
  void addRevertingPosts() {
    for (const auto& v : VersionStore(reg_, postDef()).asAt(when_)) {
      const Record& r = v.fields;
      const bool underAgreement =
          valueOf(r, "agreement") == agreementRef() &&
          (valueOf(r, "kind") != "single" || valueOf(r, "host") != valueOf(r, "employer"));
      if (!underAgreement && !revertingPosts_.count(v.key)) continue;
      if (valueOf(r, "status") == "deleted") continue;
      revertingPosts_.insert(v.key);
      s_.posts.push_back({v.key, valueOf(r, "title"), valueOf(r, "kind"), valueOf(r, "host"),
                          valueOf(r, "functional_split"), valueOf(r, "employer")});
    }
  }

  bool stops(const std::string& entity, const std::string& key) const {
    if (key.empty()) return false;
    if (entity == "placement") return stoppingPlacements_.count(key) > 0;
    if (entity == "single_manager_contract") return stoppingManagers_.count(key) > 0;
    if (entity == "joint_post") return stoppingJoint_.count(key) > 0;
    if (entity == "post") return revertingPosts_.count(key) > 0;
    if (entity == "agreement") return key == agreementRef();
    if (entity == "contract") return byContract_.count(key) > 0;
    return false;
  }

  // Recharge records tied to anything that stops: through a reference field,
  // or through what they cover (covers_kind + covers_ref). A recharge that
  // ended before the end date is left out.
  void addRecharges() {
    for (const EntityDef* def : rechargeEntities()) {
      for (const auto& v : VersionStore(reg_, *def).asAt(when_)) {
        if (!runsOn(*def, v.key, v.fields, "end_date")) continue;
        if (auto reason = rechargeTie(*def, v.fields))
          s_.recharges.push_back({def->name, v.key, *reason});
      }
    }
  }

  boost::optional<std::string> rechargeTie(const EntityDef& def, const Record& r) const {
    const std::string coversKind = valueOf(r, "covers_kind"), coversRef = valueOf(r, "covers_ref");
    if (stops(coversKind, coversRef)) return "covers " + coversKind + " " + coversRef;
    for (const auto& field : def.fields) {
      const std::string value = valueOf(r, field.name);
      if (field.type == FieldType::Ref && field.refEntity != "contract" &&
          stops(field.refEntity, value))
        return field.name + " " + value;
    }
    return boost::none;
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
  const AsAt when_;
  ExitScenario s_;
  std::map<std::string, Record> contracts_, people_;
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
    out << "  " << p.post << " " << p.title << " (" << p.kind << ", hosted by " << p.host
        << (p.functionalSplit.empty() ? "" : ", split " + p.functionalSplit) << "): reverts to "
        << p.revertsTo << "\n";
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
                     {"kind", p.kind},
                     {"host", p.host},
                     {"functional_split", p.functionalSplit},
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
